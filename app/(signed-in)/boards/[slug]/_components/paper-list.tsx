import type { PaperRow } from '@/lib/data/board/read'

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** An item's papers for the board, each marked public or board only. */
export function PaperList({ slug, papers }: { slug: string; papers: PaperRow[] }) {
  return (
    <ul className="govuk-list govuk-!-margin-bottom-2">
      {papers.map((p) => (
        <li key={p.id}>
          <a className="govuk-link" href={`/boards/${slug}/papers/${p.id}`} download>
            {p.title}
          </a>{' '}
          <span className="govuk-body-s">
            ({p.fileName}, {size(p.sizeBytes)})
          </span>{' '}
          {p.isPublic ? (
            <strong className="govuk-tag govuk-tag--green">Public</strong>
          ) : (
            <strong className="govuk-tag govuk-tag--red">Board only</strong>
          )}
        </li>
      ))}
    </ul>
  )
}
