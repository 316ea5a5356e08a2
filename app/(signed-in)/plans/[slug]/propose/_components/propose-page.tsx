import Link from 'next/link'
import type { ReactNode } from 'react'

/**
 * The page around a proposal form: what it is about, what happens next, the form, and anything
 * after it. Proposals may be made while the plan waits for the chair; answering them waits.
 */
export function ProposePage({
  slug,
  caption,
  title,
  lead,
  children,
  after,
}: {
  slug: string
  caption: string
  title: string
  /** What to do on this form. */
  lead: ReactNode
  children: ReactNode
  after?: ReactNode
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}`} className="govuk-back-link">
          Back to the working plan
        </Link>
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <div className="govuk-inset-text">
          {lead} Nothing changes until the delivery team or the chair accepts your proposal into the draft plan, and the chair
          approves the plan. You will see their answer on the proposal&rsquo;s page.
        </div>
        {children}
        {after}
      </div>
    </div>
  )
}
