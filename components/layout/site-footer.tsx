import Link from 'next/link'

const LINKS = [
  { href: '/about', text: 'About' },
  { href: '/open-data', text: 'Open data and API' },
  { href: '/accessibility', text: 'Accessibility statement' },
  { href: '/cookies', text: 'Cookies' },
  { href: '/privacy', text: 'Privacy' },
]

export function SiteFooter() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              {LINKS.map((l) => (
                <li key={l.href} className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" href={l.href}>
                    {l.text}
                  </Link>
                </li>
              ))}
            </ul>
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
