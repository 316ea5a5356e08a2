import type { UserState } from '@/lib/data/accounts/users'

const TAGS: Record<UserState, { text: string; colour: string }> = {
  active: { text: 'Active', colour: 'govuk-tag--green' },
  invited: { text: 'Invited', colour: 'govuk-tag--blue' },
  'link expired': { text: 'Link expired', colour: 'govuk-tag--yellow' },
  disabled: { text: 'Disabled', colour: 'govuk-tag--grey' },
}

export function UserStateTag({ state }: { state: UserState }) {
  return <strong className={`govuk-tag ${TAGS[state].colour}`}>{TAGS[state].text}</strong>
}
