/** A comment on a plan item or an agenda item, or the official response to its thread. Safe in the browser. */
import * as z from 'zod'
import { checkbox, text } from './fields'

export const CommentSchema = z.object({
  body: text('comment', 4000),
  /** Ticked by the delivery team or chair to give the official response. */
  official: checkbox,
})
export type CommentInput = z.output<typeof CommentSchema>
