import type { ReactNode } from 'react'

/** The GOV.UK success notification banner, announced when it appears after an action. */
export function SuccessBanner({ heading, children }: { heading: ReactNode; children?: ReactNode }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  )
}
