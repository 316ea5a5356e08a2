'use client'

import { ConflictTable } from '@/components/forms/conflict-table'
import { ErrorSummary } from '@/components/forms/error-summary'
import { ProposalWhy } from '@/components/forms/proposal-why'
import { RadiosField } from '@/components/forms/radios'
import { SelectField } from '@/components/forms/select-field'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import type { PriorityForEdit } from '@/lib/data/plan/priorities'
import type { FormAction } from '@/lib/forms/state'
import { FIELD_LABELS, ORIGIN_LABELS, ORIGINS, type PriorityPlanFields } from '@/lib/plan-fields'
import type { FormMode } from './form-mode'
import { usePlanForm } from './use-plan-form'

const ORDER: [keyof PriorityPlanFields, string][] = [
  ['title', 'title'],
  ['description', 'description'],
  ['lifeStageId', 'lifeStageId'],
  ['origin', `origin-${ORIGINS[0]}`],
  ['position', 'position'],
]

export function PriorityForm({ priority, submit, mode }: { priority: PriorityForEdit; submit: FormAction; mode: FormMode }) {
  const propose = mode === 'propose'
  const { state, formAction, pending, v, err, summary, theirs } = usePlanForm<PriorityPlanFields>(submit)
  const f = priority.fields
  const text = (name: keyof PriorityPlanFields) => v?.[name] ?? (f[name] === null ? '' : String(f[name]))
  const errors = summary(ORDER)
  const words = (name: keyof PriorityPlanFields, value: unknown) => {
    const s = value === null || value === undefined ? '' : String(value)
    if (!s) return 'Not set'
    if (name === 'lifeStageId') return priority.options.lifeStages.find((l) => l.id === s)?.label ?? s
    if (name === 'origin') return ORIGIN_LABELS[s as keyof typeof ORIGIN_LABELS] ?? s
    return s
  }
  const differences = theirs
    ? ORDER.filter(([name]) => String(theirs[name] ?? '') !== (v?.[name] ?? '').trim()).map(([name]) => ({
        title: FIELD_LABELS.priorities[name],
        theirs: words(name, theirs[name]),
        yours: words(name, v?.[name]),
      }))
    : []

  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      {theirs && <ConflictTable differences={differences} />}
      <input type="hidden" name="token" value={v?.token ?? priority.token} />
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
        name="lifeStageId"
        label="Life stage"
        hint="Where in a young person’s life the priority acts. Used to compare areas."
        options={priority.options.lifeStages.map((l) => ({ value: l.id, label: l.label }))}
        none="No single life stage"
        value={text('lifeStageId')}
        error={err('lifeStageId')}
      />
      <RadiosField
        name="origin"
        legend="Who proposed it"
        options={[...ORIGINS.map((o) => ({ value: o, label: ORIGIN_LABELS[o] })), { value: '', label: 'Not recorded' }]}
        value={text('origin')}
        error={err('origin')}
      />
      <SelectField
        name="position"
        label="Place in the plan"
        hint="1 is first. The priority now in that place and those after it move down one."
        options={Array.from({ length: priority.options.positions }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
        value={text('position')}
        error={err('position')}
      />
      {propose ? (
        <ProposalWhy value={v?.why ?? ''} error={err('why')} pending={pending} />
      ) : (
        <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
          {priority.id ? 'Save priority' : 'Add priority'}
        </button>
      )}
    </form>
  )
}
