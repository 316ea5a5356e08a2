import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'
import { BRIEFING_DAYS, getBriefing, whenText, type BriefingItem } from '@/lib/data/briefing/briefing'

export const metadata: Metadata = { title: 'What needs you' }

const KIND: Record<BriefingItem['kind'], string> = {
  vote: 'Vote',
  consultation: 'Consultation',
  papers: 'Meeting papers',
  action: 'Your action',
}

export default async function BriefingPage() {
  const user = await requireUser()
  const items = await getBriefing(user)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">What needs you</h1>
        <p className="govuk-body">
          Everything waiting for you in the next {BRIEFING_DAYS} days, soonest first: votes you have not cast, consultations you
          have not answered (yours, and those of members you deputise for), papers for your next meetings and the actions you own
          that fall due.
        </p>
        {items.length === 0 ? (
          <p className="govuk-body">Nothing needs you in the next {BRIEFING_DAYS} days.</p>
        ) : (
          <ol className="govuk-list">
            {items.map((i, n) => (
              <li key={`${i.kind}-${i.link}-${n}`} className="govuk-!-margin-bottom-6">
                <span className="govuk-caption-m">
                  {KIND[i.kind]} · {i.area}
                </span>
                <h2 className="govuk-heading-s govuk-!-margin-bottom-1">{i.title}</h2>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  {i.overdue && <strong className="govuk-tag govuk-tag--red govuk-!-margin-right-2">Overdue</strong>}
                  {whenText(i)}
                  {i.note ? `. ${i.note}` : ''}
                </p>
                <Link href={i.link} className="govuk-link">
                  {i.linkText}
                  <span className="govuk-visually-hidden">: {i.title}</span>
                </Link>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  )
}
