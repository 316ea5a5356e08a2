import Link from 'next/link'
import type { PaperRow } from '@/lib/data/board/read'
import { readingMinutes } from '@/lib/reading-time'

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** "4 pages, about 12 min to read", or nothing when it could not be measured. */
function lengthOf(p: PaperRow): string | null {
  const minutes = readingMinutes(p)
  if (minutes === null) return null
  const measure =
    p.words !== null
      ? `${p.words.toLocaleString('en-GB')} words`
      : `${p.pages} ${p.contentType.includes('presentationml') ? 'slides' : p.pages === 1 ? 'page' : 'pages'}`
  return `${measure}, about ${minutes} min to read`
}

/**
 * An item's papers for the board, each marked public or board only; a withdrawn one by its
 * title and the reason, with nothing to open. The delivery team (`manage`) may change or
 * withdraw each.
 */
export function PaperList({ slug, papers, manage = false }: { slug: string; papers: PaperRow[]; manage?: boolean }) {
  return (
    <ul className="govuk-list govuk-!-margin-bottom-2">
      {papers.map((p) =>
        p.withdrawnAt ? (
          <li key={p.id}>
            {p.title} <strong className="govuk-tag govuk-tag--grey">Withdrawn</strong>{' '}
            <span className="govuk-body-s">{p.withdrawnReason}</span>
          </li>
        ) : (
          <li key={p.id}>
            <a className="govuk-link" href={`/boards/${slug}/papers/${p.id}`} download>
              {p.title}
            </a>{' '}
            <span className="govuk-body-s">({[p.fileName, size(p.sizeBytes), lengthOf(p)].filter(Boolean).join(', ')})</span>{' '}
            {p.isPublic ? (
              <strong className="govuk-tag govuk-tag--green">Public</strong>
            ) : (
              <strong className="govuk-tag govuk-tag--red">Board only</strong>
            )}
            {manage && (
              <>
                {' '}
                <Link className="govuk-link govuk-body-s" href={`/boards/${slug}/papers/${p.id}/change`}>
                  Change or withdraw<span className="govuk-visually-hidden"> “{p.title}”</span>
                </Link>
              </>
            )}
          </li>
        ),
      )}
    </ul>
  )
}
