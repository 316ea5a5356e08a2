import type { SourceStatus } from '@/lib/generated/prisma/enums'

const LABELS: Record<SourceStatus, { text: string; colour: string }> = {
  CONFIRMED: { text: 'Confirmed', colour: 'govuk-tag--green' },
  CONFIRMED_SECONDARY: { text: 'Secondary source', colour: 'govuk-tag--blue' },
  PARTIAL: { text: 'Partly supported', colour: 'govuk-tag--yellow' },
  CONFLICT: { text: 'Sources disagree', colour: 'govuk-tag--orange' },
  BASELINE_ONLY: { text: 'Baseline only', colour: 'govuk-tag--grey' },
  ROLE_ONLY: { text: 'Role only', colour: 'govuk-tag--grey' },
  NOT_CONFIRMED: { text: 'Not confirmed', colour: 'govuk-tag--red' },
  BACKGROUND_UNVERIFIED: { text: 'Unverified', colour: 'govuk-tag--red' },
}

export function SourceStatusTag({ status }: { status: SourceStatus }) {
  const { text, colour } = LABELS[status]
  return <strong className={`govuk-tag ${colour}`}>{text}</strong>
}
