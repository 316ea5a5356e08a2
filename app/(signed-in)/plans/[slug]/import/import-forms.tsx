'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { describedBy, HintAndError } from '@/components/forms/hint-and-error'
import type { MeasureCsvCheck } from '@/lib/data/measure-import'
import { idle } from '@/lib/form-state'
import { checkCsvAction, importCsvAction } from './actions'

export function ImportForms({ slug }: { slug: string }) {
  const [state, check, checking] = useActionState(checkCsvAction.bind(null, slug), idle)
  const [importState, apply, applying] = useActionState(importCsvAction.bind(null, slug), idle)
  const result = state.status === 'success' && state.result?.check ? (JSON.parse(state.result.check) as MeasureCsvCheck) : null
  const fileError = state.fieldErrors?.['file']?.[0]
  const errors = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...(fileError ? [{ field: 'file', text: fileError }] : []),
    ...(result?.problems ?? []).map((p) => ({ text: `Line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.message}` })),
    ...(importState.formError ? [{ text: importState.formError }] : []),
  ]
  const hint = 'A CSV file saved as UTF-8, with the template’s columns. At most 2,000 rows and 512 KB.'
  return (
    <>
      <ErrorSummary errors={errors} submission={[state, importState]} />
      <form action={check} noValidate>
        <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="file">
            Upload a file
          </label>
          <HintAndError name="file" hint={hint} error={fileError} />
          <input
            className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`}
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={describedBy('file', hint, fileError)}
          />
        </div>
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
          <h2 className="govuk-heading-m">Check the values before you save them</h2>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {result.rows.length} {result.rows.length === 1 ? 'value' : 'values'} from {state.result?.fileName}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Line
                </th>
                <th scope="col" className="govuk-table__header">
                  Measure
                </th>
                <th scope="col" className="govuk-table__header">
                  Period
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Value
                </th>
                <th scope="col" className="govuk-table__header">
                  Note
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {result.rows.map((r) => (
                <tr key={r.line} className="govuk-table__row">
                  <td className="govuk-table__cell">{r.line}</td>
                  <th scope="row" className="govuk-table__header">
                    {r.measure}
                  </th>
                  <td className="govuk-table__cell">{r.period}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.value}</td>
                  <td className="govuk-table__cell">
                    {[r.replaces !== null ? `replaces ${r.replaces}` : 'new', r.isProvisional ? 'provisional' : '']
                      .filter(Boolean)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <form action={apply} noValidate>
            <input type="hidden" name="csv" value={state.result?.csv ?? ''} />
            <button type="submit" className="govuk-button" disabled={applying} aria-disabled={applying}>
              {applying ? 'Saving…' : `Save ${result.rows.length} ${result.rows.length === 1 ? 'value' : 'values'}`}
            </button>
          </form>
        </>
      )}
    </>
  )
}
