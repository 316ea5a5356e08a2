import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Accessibility statement' }

export default function AccessibilityPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Accessibility statement</h1>
        <p className="govuk-body">
          This statement covers the Opportunity Areas partnership portal. We want as many people as possible to be able to use it.
          You should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use the whole portal with a keyboard alone</li>
          <li>use it with a screen reader</li>
          <li>change colours, contrast and fonts in your browser</li>
        </ul>

        <h2 className="govuk-heading-l">How accessible this portal is</h2>
        <p className="govuk-body">
          We build it with the GOV.UK Design System&apos;s components and patterns, and every page is checked automatically
          against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA with axe in each test run. We also check pages
          with the keyboard and at narrow widths.
        </p>
        <p className="govuk-body">We know some parts are not fully accessible yet:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>wide tables scroll sideways inside their own box on small screens rather than reflowing</li>
          <li>
            documents we link to, such as delivery plans published as PDFs by other organisations, are not ours and may not be
            accessible
          </li>
          <li>the portal has not yet been tested by disabled users or audited by an accessibility specialist</li>
        </ul>

        <h2 className="govuk-heading-l">Compliance status</h2>
        <p className="govuk-body">
          This portal is partially compliant with WCAG version 2.2 AA, because of the issues listed above and because it has not
          yet been independently audited.
        </p>

        <h2 className="govuk-heading-l">Reporting problems</h2>
        <p className="govuk-body">
          The portal is in alpha. A contact address for reporting accessibility problems and asking for information in another
          format will be published before it goes live.
        </p>

        <h2 className="govuk-heading-l">Preparation of this statement</h2>
        <p className="govuk-body">This statement was prepared on 24 November 2026. It will be reviewed with every release.</p>
      </div>
    </div>
  )
}
