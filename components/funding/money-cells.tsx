import { NotPublished } from '@/components/ui/not-published'
import { formatPence } from '@/lib/format'
import type { TotalsDto } from '@/lib/data/funding/figures'

/** Allocated: unknown is said, never shown as £0. */
export function Allocated({ totals, none = 'None earmarked' }: { totals: TotalsDto; none?: string }) {
  return totals.allocatedPence === null ? <NotPublished>{none}</NotPublished> : <>{formatPence(totals.allocatedPence)}</>
}

/** Committed or spent: "None recorded" rather than £0 when nothing is. */
export function Recorded({ pence }: { pence: string }) {
  return pence === '0' ? <NotPublished>None recorded</NotPublished> : <>{formatPence(pence)}</>
}

/** Remaining, with an over-spend said in words as well as the minus sign. */
export function Remaining({ totals }: { totals: TotalsDto }) {
  if (totals.remainingPence === null) return <NotPublished>Not known</NotPublished>
  const over = BigInt(totals.remainingPence) < 0n
  return over ? (
    <strong className="app-over-spend">Over by {formatPence(totals.remainingPence.slice(1))}</strong>
  ) : (
    <>
      {formatPence(totals.remainingPence)}
      {totals.percentSpent !== null && <span className="govuk-hint govuk-!-margin-0"> ({totals.percentSpent}% spent)</span>}
    </>
  )
}
