'use client'

import { CheckboxField } from '@/components/forms/checkbox-field'
import { ErrorSummary } from '@/components/forms/error-summary'
import { TextArea } from '@/components/forms/text-area'
import { useFormFields } from '@/components/forms/use-form-fields'
import type { FormAction } from '@/lib/forms/state'

/**
 * Adding to a thread: a comment, or (for the delivery team and chair) the official response.
 * `mentionable` names the people of the area, so a member knows whom "@" reaches.
 */
export function CommentForm({
  action,
  canAnswer,
  mentionable,
}: {
  action: FormAction
  canAnswer: boolean
  mentionable: string[]
}) {
  const f = useFormFields(action, ['body', 'official'])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <TextArea
        name="body"
        label="Add a comment"
        hint="Seen by the board only. To tell someone, type @ and their full name, for example @Sam Patel."
        rows={5}
        maxLength={4000}
        value={f.value('body')}
        error={f.err('body')}
      />
      {mentionable.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Who you can mention</span>
          </summary>
          <div className="govuk-details__text">{mentionable.join(', ')}</div>
        </details>
      )}
      {canAnswer && (
        <CheckboxField
          name="official"
          label="This is the official response"
          hint="Shown with the item for the whole board. Everyone who has commented is told."
          checked={f.value('official') === 'yes'}
          error={f.err('official')}
        />
      )}
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Add comment
      </button>
    </form>
  )
}
