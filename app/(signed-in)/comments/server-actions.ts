'use server'

import { isCommentKind, postComment } from '@/lib/data/comments/comments'
import { AppError } from '@/lib/errors'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { CommentSchema } from '@/lib/validation/comment'

/** A comment, or the official response, on any thread: a plan item's or an agenda item's. */
export async function handleComment(kind: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [kind, id],
    schema: CommentSchema,
    refused: 'You cannot comment on this.',
    run: (user, data) => {
      if (!isCommentKind(kind)) throw new AppError('NOT_FOUND', { message: `not a comment kind: ${kind}` })
      return postComment(user, kind, id, data)
    },
    done: (c, data) => ({ to: c.link, flash: data.official ? 'official-response-given' : 'comment-posted' }),
  })
}
