'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { LabelledField } from '@/components/forms/hint-and-error'
import { CSV_TOO_LARGE, MAX_CSV_BYTES } from '@/lib/csv-limits'
import type { CsvPreview } from '@/lib/csv-upload'
import { uploadDone, type UploadKind } from '@/lib/upload-kinds'
import { TableScroll } from '@/components/ui/table-scroll'
import { flashPath } from '@/lib/forms/flash'
import { idle } from '@/lib/forms/state'
import { handleCsvCheck, handleCsvApply } from './server-actions'
import { TableHead } from '@/components/ui/table-head'

type Props = { slug: string; kind: UploadKind; noun: readonly [string, string] }

export function ImportForms({ slug, kind, noun }: Props) {
  const [state, check, checking] = useActionState(handleCsvCheck.bind(null, slug, kind), idle)
  const [importState, apply, applying] = useActionState(handleCsvApply.bind(null, slug, kind), idle)
  const result = state.status === 'success' && state.result?.preview ? (JSON.parse(state.result.preview) as CsvPreview) : null
  const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? noun[0] : noun[1]}`
  const router = useRouter()
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const busy = applying || saving

  /** Posts the checked file to the streaming endpoint and follows its progress lines. */
  async function save(csv: string) {
    setSaving(true)
    setSaveError(null)
    setProgress({ done: 0, total: result?.rows.length ?? 0 })
    try {
      const response = await fetch(`/plans/${slug}/import/${kind}/apply`, {
        method: 'POST',
        body: csv,
        headers: { 'Content-Type': 'text/csv' },
      })
      if (!response.ok || !response.body) throw new Error(String(response.status))
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffered = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffered += value
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line) as { done?: number; total?: number; count?: number; error?: string }
          if (message.error) throw new Error(message.error)
          if (message.total !== undefined) setProgress({ done: message.done ?? 0, total: message.total })
          if (message.count !== undefined) {
            router.push(flashPath(uploadDone(slug, kind).to, uploadDone(slug, kind).flash, message.count))
            return
          }
        }
      }
      throw new Error('The connection ended before the file was saved. Nothing was saved.')
    } catch (error) {
      setSaveError(error instanceof Error && !/^\d+$/.test(error.message) ? error.message : 'Nothing was saved. Try again.')
      setProgress(null)
      setSaving(false)
    }
  }
  // A file over the limit is refused here, before it is sent: the server would not read it.
  // Counts refused attempts, so focus returns to the error summary on each one.
  const [tooLarge, setTooLarge] = useState(0)
  const fileError = tooLarge > 0 ? CSV_TOO_LARGE : state.fieldErrors?.['file']?.[0]
  const errors = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...(fileError ? [{ field: 'file', text: fileError }] : []),
    ...(result?.problems ?? []).map((p) => ({ text: `Line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.message}` })),
    ...(importState.formError ? [{ text: importState.formError }] : []),
    ...(saveError ? [{ text: saveError }] : []),
  ]
  const hint = 'A CSV file saved as UTF-8, with the template’s columns. At most 2,000 rows and 512 KB.'
  return (
    <>
      <ErrorSummary errors={errors} submission={[state, importState, saveError, tooLarge]} />
      <form
        action={check}
        noValidate
        onSubmit={(event) => {
          const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0]
          const over = (file?.size ?? 0) > MAX_CSV_BYTES
          setTooLarge(over ? tooLarge + 1 : 0)
          if (over) event.preventDefault()
        }}
      >
        <LabelledField name="file" label="Upload a file" hint={hint} error={fileError}>
          {({ error: invalid, ...aria }) => (
            <input
              className={`govuk-file-upload${invalid ? ' govuk-file-upload--error' : ''}`}
              id="file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              {...aria}
            />
          )}
        </LabelledField>
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={checking} aria-disabled={checking}>
          {checking ? 'Checking the file…' : 'Check the file'}
        </button>
      </form>

      {result && result.problems.length > 0 && (
        <p className="govuk-body">
          Nothing has been saved. Fix the {result.problems.length === 1 ? 'problem' : `${result.problems.length} problems`} listed
          above in {state.result?.fileName ?? 'the file'} and upload it again.
        </p>
      )}
      {result && result.problems.length === 0 && (
        <>
          <h2 className="govuk-heading-m">Check the {noun[1]} before you save them</h2>
          <TableScroll label={`${noun[1]} to save`}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">
                {count(result.rows.length)} from {state.result?.fileName}
              </caption>
              <TableHead columns={result.headings} />
              <tbody className="govuk-table__body">
                {result.rows.map((r) => (
                  <tr key={r.line} className="govuk-table__row">
                    <td className="govuk-table__cell">{r.line}</td>
                    {r.cells.map((c, i) =>
                      i === 0 ? (
                        <th key={i} scope="row" className="govuk-table__header">
                          {c}
                        </th>
                      ) : (
                        <td key={i} className="govuk-table__cell">
                          {c}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {/* With JavaScript the save streams its progress; without, the server action saves. */}
          <form
            action={apply}
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              void save(state.result?.csv ?? '')
            }}
          >
            <input type="hidden" name="csv" value={state.result?.csv ?? ''} />
            {/* Announced once; the bar itself carries the count, so screen readers are not flooded. */}
            <p className="govuk-visually-hidden" aria-live="polite">
              {progress ? `Saving ${count(progress.total)}` : ''}
            </p>
            {progress && (
              <div className="govuk-form-group">
                <label className="govuk-label" htmlFor="save-progress">
                  Saving: {progress.done.toLocaleString('en-GB')} of {count(progress.total)}
                </label>
                <progress id="save-progress" className="app-progress" max={progress.total} value={progress.done} />
              </div>
            )}
            <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
              {busy ? 'Saving…' : `Save ${count(result.rows.length)}`}
            </button>
          </form>
        </>
      )}
    </>
  )
}
