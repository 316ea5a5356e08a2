/** Consultation forms: opening one, responding, closing with a summary. Safe in the browser. */
import * as z from 'zod'
import { clockTime } from './board'
import { datePartsSchema } from './dates'
import { optionalRowId, text } from './fields'
import { seenVersion } from './version'

export const OpenConsultationSchema = z.object({
  question: text('question', 1000),
  scope: text('part of the plan it is about', 300, { optional: true }),
  closesOn: datePartsSchema('closing date'),
  closesAt: clockTime('closing time'),
})
export type OpenConsultationInput = z.output<typeof OpenConsultationSchema>

export const ConsultationResponseSchema = z.object({
  body: text('response', 4000),
  /** Empty for one's own response; a member's user id when responding as their deputy. */
  respondentId: optionalRowId('Select whose response this is'),
})
export type ConsultationResponseInput = z.output<typeof ConsultationResponseSchema>

export const CloseConsultationSchema = z.object({
  summary: text('summary of the responses', 4000),
  boardAnswer: text('board’s answer', 4000),
  version: seenVersion,
})
export type CloseConsultationInput = z.output<typeof CloseConsultationSchema>
