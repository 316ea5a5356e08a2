import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Cookies' }

export default function CookiesPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Cookies</h1>
        <p className="govuk-body">
          Cookies are small files saved on your device by the websites you visit. This portal uses only cookies it needs to work,
          so it does not ask for your consent.
        </p>
        <h2 className="govuk-heading-l">Public pages</h2>
        <p className="govuk-body">
          Browsing the public pages sets no cookies at all. We do not use analytics, advertising or tracking cookies, and we do
          not load anything from other websites.
        </p>
        <h2 className="govuk-heading-l">Signing in</h2>
        <p className="govuk-body">
          Signing in, for board members and DfE staff, is being built. It will set one essential session cookie that keeps you
          signed in. It cannot be read by scripts on the page, will be sent only to this portal and will expire after 8 hours at
          most.
        </p>
      </div>
    </div>
  )
}
