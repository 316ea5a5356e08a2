/** Shown on every page while fictional demo rows exist, so they can never pass as real. */
export function DemoBanner() {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="demo-data-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="demo-data-title">
          Demo data
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          This portal contains fictional demo activity (actions, measure values, funding and board work) for trying it out. It is
          not real data.
        </p>
      </div>
    </div>
  )
}
