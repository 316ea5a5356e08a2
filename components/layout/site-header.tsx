import Link from 'next/link'

const NAV = [
  { href: '/', text: 'Areas' },
  { href: '/compare', text: 'Compare' },
  { href: '/open-data', text: 'Open data' },
  { href: '/search', text: 'Search' },
  // Public pages read no session, so this link does not change when you sign in.
  { href: '/account', text: 'Your account' },
]

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
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {NAV.map((item) => (
                  <li key={item.href} className="govuk-service-navigation__item">
                    <Link className="govuk-service-navigation__link" href={item.href}>
                      {item.text}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </div>
      </section>
    </header>
  )
}
