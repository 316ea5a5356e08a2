import { TextArea } from './text-area'

/**
 * The end of a plan form opened to propose a change rather than edit: why, then the button.
 * The delivery team and chair read the reason beside the change.
 */
export function ProposalWhy({ value, error, pending }: { value: string; error?: string; pending: boolean }) {
  return (
    <>
      <TextArea
        name="why"
        label="Why are you proposing this change?"
        hint="The delivery team and the chair read this beside your change, and answer it."
        rows={4}
        maxLength={2000}
        value={value}
        error={error}
      />
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        Send proposal
      </button>
    </>
  )
}
