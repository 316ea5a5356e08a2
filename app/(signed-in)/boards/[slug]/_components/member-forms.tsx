'use client'

import { CheckboxField } from '@/components/forms/checkbox-field'
import { DateField } from '@/components/forms/date-field'
import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { SelectField } from '@/components/forms/select-field'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import { useFormFields } from '@/components/forms/use-form-fields'
import { BOARD_ROLE_LABELS, BOARD_ROLES, SECTOR_LABELS, SECTORS } from '@/lib/validation/board'
import { handleAddMember, handleEndTerm, handleSetDeputy } from '../server-actions'

type Option = { value: string; label: string }

const ROLE_OPTIONS = BOARD_ROLES.map((r) => ({ value: r, label: BOARD_ROLE_LABELS[r] }))
const SECTOR_OPTIONS = SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))

export function AddMemberForm({ slug, accounts }: { slug: string; accounts: Option[] }) {
  const f = useFormFields(
    handleAddMember.bind(null, slug),
    ['name', 'organisation', 'sector', 'role', 'startsOn', 'endsOn', 'userId', 'listedPublicly'],
    ['startsOn', 'endsOn'],
    { role: 'CHAIR' },
  )
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <TextField
        name="name"
        label="Name"
        autoComplete="off"
        maxLength={120}
        defaultValue={f.value('name')}
        error={f.err('name')}
      />
      <TextField
        name="organisation"
        label="Organisation (optional)"
        hint="The school, college, employer or body they come from"
        maxLength={160}
        defaultValue={f.value('organisation')}
        error={f.err('organisation')}
      />
      <SelectField
        name="sector"
        label="Sector they represent"
        options={SECTOR_OPTIONS}
        none="Select a sector"
        value={f.value('sector')}
        error={f.err('sector')}
      />
      <RadiosField name="role" legend="Role on the board" options={ROLE_OPTIONS} value={f.value('role')} error={f.err('role')} />
      <DateField
        name="startsOn"
        legend="Term started"
        hint="For example 1 9 2026"
        value={f.date('startsOn')}
        error={f.err('startsOn')}
      />
      <DateField
        name="endsOn"
        legend="Term ends (optional)"
        hint="Leave blank if the term has no set end"
        value={f.date('endsOn')}
        error={f.err('endsOn')}
      />
      <SelectField
        name="userId"
        label="Their portal account (optional)"
        hint="Linking an account lets the portal know who is on the board when they sign in"
        options={accounts}
        none="No account"
        value={f.value('userId')}
        error={f.err('userId')}
      />
      <CheckboxField
        name="listedPublicly"
        label="Name them on the public board page"
        hint="Only if they have agreed. Otherwise the public page counts them by sector, without their name. Contact details are never shown."
        checked={f.value('listedPublicly') === 'yes'}
        error={f.err('listedPublicly')}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Add member
      </button>
    </form>
  )
}

export function EndTermForm({ slug, id, version }: { slug: string; id: string; version: number }) {
  const f = useFormFields(handleEndTerm.bind(null, slug, id), ['endsOn', 'endedReason'], ['endsOn'])
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">End their term</h2>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <DateField
        name="endsOn"
        legend="Term ended on"
        hint="For example 31 8 2026"
        value={f.date('endsOn')}
        error={f.err('endsOn')}
      />
      <TextArea
        name="endedReason"
        label="Reason (optional)"
        hint="For example “Stood down on leaving the college”"
        value={f.value('endedReason')}
        error={f.err('endedReason')}
        maxLength={300}
      />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={f.pending} aria-disabled={f.pending}>
        End term
      </button>
    </form>
  )
}

export function DeputyForm({
  slug,
  id,
  version,
  deputies,
  deputyId,
}: {
  slug: string
  id: string
  version: number
  deputies: Option[]
  deputyId: string | null
}) {
  const f = useFormFields(handleSetDeputy.bind(null, slug, id), ['deputyId'])
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">Deputy</h2>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <SelectField
        name="deputyId"
        label="Who attends in their place"
        hint="A current member of the board"
        options={deputies}
        none="No deputy"
        value={f.value('deputyId', deputyId ?? '')}
        error={f.err('deputyId')}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={f.pending} aria-disabled={f.pending}>
        Save deputy
      </button>
    </form>
  )
}
