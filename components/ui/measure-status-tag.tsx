import type { ComputedStatus } from '@/lib/measure-status'

// The words carry the meaning; colour only repeats it.
const TAGS: Record<ComputedStatus, { text: string; colour: string }> = {
  ON_TRACK: { text: 'On track', colour: 'govuk-tag--green' },
  AT_RISK: { text: 'At risk', colour: 'govuk-tag--yellow' },
  OFF_TRACK: { text: 'Off track', colour: 'govuk-tag--red' },
  TOO_EARLY: { text: 'Too early to judge', colour: 'govuk-tag--grey' },
  NO_TARGET: { text: 'No target to judge against', colour: 'govuk-tag--grey' },
}

export function MeasureStatusTag({ status, override }: { status: ComputedStatus; override?: string | null }) {
  const { text, colour } = TAGS[status]
  return (
    <>
      <strong className={`govuk-tag ${colour}`}>{text}</strong>
      {override !== undefined && override !== null && (
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">Set by hand: {override}</span>
      )}
    </>
  )
}
