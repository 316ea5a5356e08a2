import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Privacy notice' }

export default function PrivacyPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Privacy notice</h1>
        <h2 className="govuk-heading-l">Visitors</h2>
        <p className="govuk-body">
          We do not collect personal information from people who browse the public pages. The server keeps standard request logs
          (address requested, time, status) to keep the service running and secure.
        </p>
        <h2 className="govuk-heading-l">People named on the portal</h2>
        <p className="govuk-body">
          We name a board chair only where an Opportunity Area, council or newspaper has published their name in that role, and we
          link to that source. We show no contact details for anyone. Other officials are described by their role only.
        </p>
        <h2 className="govuk-heading-l">People who sign in</h2>
        <p className="govuk-body">
          For board members and DfE staff with an account we hold a name, an email address, a role, the areas they work on and a
          record of the changes they make. We use these only to run the portal and to keep an audit trail of changes to delivery
          plans. Passwords are stored only as a one-way hash.
        </p>
      </div>
    </div>
  )
}
