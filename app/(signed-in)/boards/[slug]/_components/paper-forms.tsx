'use client'

import { ErrorSummary } from '@/components/forms/error-summary'
import { TextArea } from '@/components/forms/text-area'
import { useFormFields } from '@/components/forms/use-form-fields'
import { handleChangePaper, handleWithdrawPaper } from '../server-actions'
import { PaperFields } from './minutes-forms'

type Paper = { id: string; itemId: string; title: string; isPublic: boolean; version: number }

export function ChangePaperForm({ slug, paper }: { slug: string; paper: Paper }) {
  const f = useFormFields(handleChangePaper.bind(null, slug, paper.id, paper.itemId), ['title', 'visibility'], [], {
    title: paper.title,
    visibility: paper.isPublic ? 'PUBLIC' : 'BOARD',
  })
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">Change it</h2>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(paper.version))} />
      <PaperFields f={f} />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Save the paper
      </button>
    </form>
  )
}

export function WithdrawPaperForm({ slug, paper }: { slug: string; paper: Paper }) {
  const f = useFormFields(handleWithdrawPaper.bind(null, slug, paper.id, paper.itemId), ['whyWithdrawn'])
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">Withdraw it</h2>
      <p className="govuk-body">
        Nobody can open a withdrawn paper, on the board’s pages or the public ones. It stays listed for the board, with your
        reason. To replace it, withdraw it and upload the right file.
      </p>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(paper.version))} />
      <TextArea
        name="whyWithdrawn"
        label="Why it is withdrawn"
        hint="Seen by the board, for example “The wrong version was uploaded”"
        rows={3}
        maxLength={300}
        value={f.value('whyWithdrawn')}
        error={f.err('whyWithdrawn')}
      />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={f.pending} aria-disabled={f.pending}>
        Withdraw the paper
      </button>
    </form>
  )
}
