'use client'

import './govuk.scss'

/** Replaces the root layout when it fails (for example, the database is down). */
export default function GlobalError() {
  return (
    <html lang="en" className="govuk-template">
      <head>
        <title>Sorry, there is a problem with the service – Opportunity Areas partnership portal</title>
      </head>
      <body className="govuk-template__body">
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
            <p className="govuk-body">Try again later.</p>
          </main>
        </div>
      </body>
    </html>
  )
}
