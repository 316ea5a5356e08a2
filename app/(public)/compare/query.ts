/** The comparison page's address: what to show and how to sort it. Safe in the browser. */
import * as z from 'zod'

// Bad or oversized parameters are ignored: the page falls back to its defaults.
export const QuerySchema = z.object({
  show: z
    .string()
    .max(40)
    .regex(/^[a-z0-9-]+$/)
    .catch('funding'),
  sort: z.enum(['area', 'total', 'baseline', 'target', 'latest']).catch('area'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
})
export type Query = z.infer<typeof QuerySchema>
