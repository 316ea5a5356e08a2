import Link from 'next/link'
import type { CommentSummary } from '@/lib/data/comments/comments'

type Props = { href: string; name: string; summary: CommentSummary | undefined }

/** The link to an item's thread, saying how many comments it has. */
export function CommentsLink({ href, name, summary, small = false }: Props & { small?: boolean }) {
  const n = summary?.count ?? 0
  return (
    <Link href={href} className={`govuk-link${small ? ' govuk-body-s' : ''}`}>
      {n === 0 ? 'Comment' : `Comments (${n})`}
      <span className="govuk-visually-hidden"> on {name}</span>
    </Link>
  )
}

const SHORT = 240

/** An item's latest official response, in short, where the plan lists it. */
export function OfficialLine({ href, name, summary }: Props) {
  const o = summary?.official
  if (!o) return null
  const text = o.body.length > SHORT ? `${o.body.slice(0, SHORT)}…` : o.body
  return (
    <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-1">
      <strong>Official response</strong> ({o.author}): {text}{' '}
      {o.body.length > SHORT && (
        <Link href={href} className="govuk-link">
          Read it all<span className="govuk-visually-hidden">: the official response on {name}</span>
        </Link>
      )}
    </p>
  )
}
