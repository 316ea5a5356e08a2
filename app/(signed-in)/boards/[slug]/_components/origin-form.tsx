'use client'

import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { TextArea } from '@/components/forms/text-area'
import { useFormFields } from '@/components/forms/use-form-fields'
import { ORIGIN_LABELS, ORIGINS } from '@/lib/plan-fields'
import { handleCorrectOrigin } from '../server-actions'

export function OriginCorrectionForm({
  slug,
  target,
  id,
  version,
  current,
}: {
  slug: string
  target: 'items' | 'decisions' | 'proposals'
  id: string
  version: number
  current: string
}) {
  const f = useFormFields(handleCorrectOrigin.bind(null, slug, target, id), ['origin', 'reason'])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <RadiosField
        name="origin"
        legend="Where it really came from"
        options={ORIGINS.filter((o) => o !== current).map((o) => ({ value: o, label: ORIGIN_LABELS[o] }))}
        value={f.value('origin')}
        error={f.err('origin')}
      />
      <TextArea
        name="reason"
        label="Why the record was wrong"
        hint="Published with the correction, for example “The item was raised by the college, not the delivery team”"
        rows={3}
        maxLength={500}
        value={f.value('reason')}
        error={f.err('reason')}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Correct the origin
      </button>
    </form>
  )
}
