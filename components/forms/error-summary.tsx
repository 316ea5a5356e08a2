'use client'

import { useEffect, useRef } from 'react'

export type SummaryError = { field?: string; text: string }

/**
 * The GOV.UK error summary: listed errors link to their fields; on appearing it takes focus and
 * puts "Error: " at the start of the page title, as the design system asks.
 */
export function ErrorSummary({ errors, submission }: { errors: SummaryError[]; submission?: unknown }) {
  const ref = useRef<HTMLDivElement>(null)
  const key = errors.map((e) => `${e.field}:${e.text}`).join('|')
  // `submission` changes on every submit, so focus returns here even when the errors are the same.
  useEffect(() => {
    if (!key) return
    ref.current?.focus()
    if (!document.title.startsWith('Error: ')) document.title = `Error: ${document.title}`
    return () => {
      document.title = document.title.replace(/^Error: /, '')
    }
  }, [key, submission])
  if (errors.length === 0) return null
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={`${e.field}:${e.text}`}>{e.field ? <a href={`#${e.field}`}>{e.text}</a> : e.text}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}
