export function SiteFooter() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              An independent, open-source portal about the Department for Education&apos;s Opportunity Areas programme (2016 to
              2022). Facts come from published public sources, each listed beside it.
            </p>
          </div>
        </div>
      </div>
    </footer>
  )
}
