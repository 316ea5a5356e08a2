'use client'

import Link from 'next/link'

/** Unexpected errors: the GOV.UK wording, never the error's own message. */
export default function ErrorPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later.</p>
        <p className="govuk-body">
          <Link href="/" className="govuk-link">
            Go to the list of Opportunity Areas
          </Link>
        </p>
      </div>
    </div>
  )
}
