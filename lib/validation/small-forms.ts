/**
 * Forms of one or two hidden or single fields: a button that carries the version the page was
 * made from, a CSV file, a reason. Safe in the browser.
 */
import * as z from 'zod'
import { CSV_TOO_LARGE, MAX_CSV_BYTES } from '@/lib/csv-limits'
import { ProposalWhySchema } from './proposal'
import { seenVersion } from './version'

const RELOAD = 'Reload the page and try again.'

/** A draft token (lib/data/plan/draft.ts): the state of the entity the page showed. */
export const TokenFormSchema = z.object({ token: z.string().max(80, { error: RELOAD }) })

/** A record's integer version: the state of the row the page showed. */
export const VersionFormSchema = z.object({
  version: seenVersion,
})

/** Step 1 of a CSV upload: the file. */
export const CsvFileSchema = z.object({
  file: z
    .custom<File>((f) => typeof File !== 'undefined' && f instanceof File && f.size > 0, { error: 'Select a CSV file' })
    .refine((f) => f.size <= MAX_CSV_BYTES, { error: CSV_TOO_LARGE }),
})

/** Step 2 of a CSV upload: the checked file's text, carried on by the preview. */
export const CsvTextSchema = z.object({
  csv: z.string().max(MAX_CSV_BYTES * 2, { error: CSV_TOO_LARGE }),
})

/** Proposing the removal of a published milestone: why. */
export const RemovalProposalSchema = z.object({ removalWhy: ProposalWhySchema })

/** A button that asks nothing (mark all as read): nothing to parse but the request itself. */
export const EmptyFormSchema = z.object({})
