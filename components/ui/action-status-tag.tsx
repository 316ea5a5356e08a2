import type { ActionStatus } from '@/lib/generated/prisma/enums'

// The words carry the meaning; colour only repeats it.
const TAGS: Record<ActionStatus, { text: string; colour: string }> = {
  NOT_STARTED: { text: 'Not started', colour: 'govuk-tag--grey' },
  ON_TRACK: { text: 'On track', colour: 'govuk-tag--green' },
  AT_RISK: { text: 'At risk', colour: 'govuk-tag--yellow' },
  OFF_TRACK: { text: 'Off track', colour: 'govuk-tag--red' },
  COMPLETE: { text: 'Complete', colour: 'govuk-tag--blue' },
  STOPPED: { text: 'Stopped', colour: 'govuk-tag--grey' },
}

export function ActionStatusTag({ status }: { status: ActionStatus | null }) {
  if (!status) return <strong className="govuk-tag govuk-tag--grey">No status reported</strong>
  const { text, colour } = TAGS[status]
  return <strong className={`govuk-tag ${colour}`}>{text}</strong>
}
