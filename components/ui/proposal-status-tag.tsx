import type { ProposalStatus } from '@/lib/generated/prisma/enums'

const TAGS: Record<ProposalStatus, { text: string; colour: string }> = {
  OPEN: { text: 'Waiting for an answer', colour: 'govuk-tag--blue' },
  ACCEPTED: { text: 'Accepted', colour: 'govuk-tag--green' },
  DECLINED: { text: 'Declined', colour: 'govuk-tag--red' },
  WITHDRAWN: { text: 'Withdrawn', colour: 'govuk-tag--grey' },
}

export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  return <strong className={`govuk-tag ${TAGS[status].colour}`}>{TAGS[status].text}</strong>
}
