import type { ReactNode } from 'react'
import { formatPartialDate } from '@/lib/format'
import { ORIGIN_LABELS } from '@/lib/plan-fields'
import { BOARD_ROLE_LABELS, SECTOR_LABELS, type BoardRoleName, type SectorName } from '@/lib/validation/board'

/** Words for a board's rows, shared by the signed-in board pages and the public board page. */

export const roleLabel = (r: BoardRoleName) => BOARD_ROLE_LABELS[r]
export const sectorLabel = (s: SectorName | null) => (s ? SECTOR_LABELS[s] : 'Sector not recorded')
export const originLabel = (o: keyof typeof ORIGIN_LABELS) => ORIGIN_LABELS[o]

/** "From 1 September 2020 to 31 August 2023", the published wording, or "Term not recorded". */
export function termLabel(m: { startsOn: string | null; endsOn: string | null; termLabel: string | null }): string {
  if (m.startsOn && m.endsOn) return `${formatPartialDate(m.startsOn)} to ${formatPartialDate(m.endsOn)}`
  if (m.startsOn) return `From ${formatPartialDate(m.startsOn)}`
  if (m.endsOn) return `Until ${formatPartialDate(m.endsOn)}`
  return m.termLabel ?? 'Term not recorded'
}

const ITEM_STATUS: Record<string, { text: string; colour: string }> = {
  BACKLOG: { text: 'In the backlog', colour: 'govuk-tag--grey' },
  SCHEDULED: { text: 'On the agenda', colour: 'govuk-tag--blue' },
  DISCUSSED: { text: 'Discussed', colour: 'govuk-tag--green' },
  DEFERRED: { text: 'Deferred', colour: 'govuk-tag--yellow' },
  DECLINED: { text: 'Declined', colour: 'govuk-tag--red' },
  WITHDRAWN: { text: 'Withdrawn', colour: 'govuk-tag--grey' },
}

export function ItemStatusTag({ status }: { status: string }) {
  const s = ITEM_STATUS[status] ?? { text: status, colour: 'govuk-tag--grey' }
  return <strong className={`govuk-tag ${s.colour}`}>{s.text}</strong>
}

export function DemoTag({ show }: { show: boolean }): ReactNode {
  return show ? <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-1">Demo</strong> : null
}
