import Link from 'next/link'

/** GOV.UK generic header (no crown: this is not a gov.uk service) and service navigation. */
export function SiteHeader() {
  return (
    <header>
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link href="/" className="govuk-generic-header__homepage-link">
              Opportunity Areas
            </Link>
          </div>
        </div>
      </div>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link href="/" className="govuk-service-navigation__link">
                Partnership portal
              </Link>
            </span>
          </div>
        </div>
      </section>
    </header>
  )
}
