'use client'

import { ConflictTable } from '@/components/forms/conflict-table'
import { DateField } from '@/components/forms/date-field'
import { ErrorSummary } from '@/components/forms/error-summary'
import { ProposalWhy } from '@/components/forms/proposal-why'
import { RadiosField } from '@/components/forms/radios'
import { SelectField } from '@/components/forms/select-field'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import type { ActionForEdit, ActionPlanFields } from '@/lib/data/plan/actions'
import { type FormAction } from '@/lib/forms/state'
import { EVIDENCE_LABELS, EVIDENCE_STRENGTHS, LEGACY_LABELS, LEGACY_STATUSES } from '@/lib/plan-fields'
import type { FormMode } from './form-mode'
import { usePlanForm } from './use-plan-form'

/** Field order on the page, with the id the error summary links to. */
const FIELDS: [keyof ActionPlanFields, string, string][] = [
  ['priorityId', 'Priority', 'priorityId'],
  ['title', 'Title', 'title'],
  ['description', 'Description', 'description'],
  ['leadOrganisationId', 'Lead organisation', 'leadOrganisationId'],
  ['ownerId', 'Owner', 'ownerId'],
  ['startsOn', 'Start date', 'startsOn-day'],
  ['dueOn', 'Due date', 'dueOn-day'],
  ['evidenceStrand', 'Evidence strand', 'evidenceStrand'],
  ['evidenceStrength', 'Strength of evidence', `evidenceStrength-${EVIDENCE_STRENGTHS[0]}`],
  ['legacyStatus', 'After the programme funding', `legacyStatus-${LEGACY_STATUSES[0]}`],
]

const isoOf = (p: { day?: string; month?: string; year?: string }) =>
  p.year && p.month && p.day ? `${p.year.padStart(4, '0')}-${p.month.padStart(2, '0')}-${p.day.padStart(2, '0')}` : null

/** The action form: to edit an action in the draft, add one, or propose either (`mode`); `submit` sends it. */
export function ActionForm({ action, submit, mode }: { action: ActionForEdit; submit: FormAction; mode: FormMode }) {
  const { state, formAction, pending, v, err, summary, theirs, dateParts } = usePlanForm<ActionPlanFields>(submit)
  const propose = mode === 'propose'
  const f = action.fields
  const text = (name: keyof ActionPlanFields & string) => v?.[name] ?? (f[name] === null ? '' : String(f[name]))
  const date = (name: 'startsOn' | 'dueOn') => dateParts(name, f[name] ? new Date(f[name]) : null)
  const errors = summary(FIELDS.map(([name, , anchor]) => [name, anchor] as const))

  // After a conflict: what the other person saved, beside this user's answers, where they differ.
  const label = (name: keyof ActionPlanFields, value: unknown): string => {
    if (value === null || value === '' || value === undefined) return 'Not set'
    const s = String(value)
    const from = (list: { id: string; label: string }[]) => list.find((o) => o.id === s)?.label ?? s
    if (name === 'priorityId') return from(action.options.priorities)
    if (name === 'ownerId') return from(action.options.owners)
    if (name === 'leadOrganisationId') return from(action.options.organisations)
    if (name === 'evidenceStrength') return EVIDENCE_LABELS[s as keyof typeof EVIDENCE_LABELS] ?? s
    if (name === 'legacyStatus') return LEGACY_LABELS[s as keyof typeof LEGACY_LABELS] ?? s
    if (name === 'startsOn' || name === 'dueOn')
      return new Date(s).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })
    return s
  }
  const mine = (name: keyof ActionPlanFields) =>
    name === 'startsOn' || name === 'dueOn' ? isoOf(date(name)) : (v?.[name] ?? '').trim() || null
  const differences = theirs
    ? FIELDS.filter(([name]) => String(theirs[name] ?? '') !== String(mine(name) ?? '')).map(([name, title]) => ({
        title,
        theirs: label(name, theirs[name]),
        yours: label(name, mine(name)),
      }))
    : []

  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      {theirs && <ConflictTable differences={differences} />}
      <input type="hidden" name="token" value={v?.token ?? action.token} />
      <SelectField
        name="priorityId"
        label="Priority"
        options={action.options.priorities.map((o) => ({ value: o.id, label: o.label }))}
        none="Not linked to a priority"
        value={text('priorityId')}
        error={err('priorityId')}
      />
      <TextField name="title" label="Title" maxLength={300} defaultValue={text('title')} error={err('title')} />
      <TextArea
        name="description"
        label="Description"
        rows={5}
        maxLength={5000}
        value={text('description')}
        error={err('description')}
      />
      <SelectField
        name="leadOrganisationId"
        label="Lead organisation"
        options={action.options.organisations.map((o) => ({ value: o.id, label: o.label }))}
        none="None recorded"
        value={text('leadOrganisationId')}
        error={err('leadOrganisationId')}
      />
      {/* Who owns an action is the delivery team's call: a proposal does not change it. */}
      {!propose && (
        <SelectField
          name="ownerId"
          label="Owner"
          hint="The person who posts progress updates. Only people in this area are listed."
          options={action.options.owners.map((o) => ({ value: o.id, label: o.label }))}
          none="Nobody yet"
          value={text('ownerId')}
          error={err('ownerId')}
        />
      )}
      <DateField
        name="startsOn"
        legend="Start date"
        hint="Optional. For example, 1 9 2018"
        value={date('startsOn')}
        error={err('startsOn')}
      />
      <DateField
        name="dueOn"
        legend="Due date"
        hint="Optional. For example, 31 7 2019"
        value={date('dueOn')}
        error={err('dueOn')}
      />
      <TextField
        name="evidenceStrand"
        label="Evidence strand"
        hint="Optional. For example, a strand of the EEF Teaching and Learning Toolkit."
        maxLength={200}
        defaultValue={text('evidenceStrand')}
        error={err('evidenceStrand')}
      />
      <RadiosField
        name="evidenceStrength"
        legend="Strength of evidence"
        options={[
          ...EVIDENCE_STRENGTHS.map((s) => ({ value: s, label: EVIDENCE_LABELS[s] })),
          { value: '', label: 'Not assessed' },
        ]}
        value={text('evidenceStrength')}
        error={err('evidenceStrength')}
      />
      <RadiosField
        name="legacyStatus"
        legend="After the programme funding"
        options={[
          ...LEGACY_STATUSES.map((s) => ({ value: s, label: LEGACY_LABELS[s] })),
          { value: '', label: 'Not decided yet' },
        ]}
        value={text('legacyStatus')}
        error={err('legacyStatus')}
      />
      {propose ? (
        <ProposalWhy value={v?.why ?? ''} error={err('why')} pending={pending} />
      ) : (
        <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
          {mode === 'add' ? 'Add action' : 'Save action'}
        </button>
      )}
    </form>
  )
}
