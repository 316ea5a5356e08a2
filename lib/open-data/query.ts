import * as z from 'zod'

/** Query parameters of the open data endpoints. Unknown parameters are ignored. */
export const DatasetQuerySchema = z.object({
  area: z
    .string()
    .max(80, { error: 'area must be at most 80 characters' })
    .regex(/^[a-z0-9-]+$/, { error: 'area must be an area slug such as hastings' })
    .optional(),
  page: z.coerce
    .number({ error: 'page must be a whole number' })
    .int({ error: 'page must be a whole number' })
    .min(1, { error: 'page must be 1 or more' })
    .max(100_000, { error: 'page is too large' })
    .default(1),
  per_page: z.coerce
    .number({ error: 'per_page must be a whole number' })
    .int({ error: 'per_page must be a whole number' })
    .min(1, { error: 'per_page must be between 1 and 100' })
    .max(100, { error: 'per_page must be between 1 and 100' })
    .default(50),
})

export type DatasetQuery = z.infer<typeof DatasetQuerySchema>

export function parseDatasetQuery(params: URLSearchParams): { ok: true; query: DatasetQuery } | { ok: false; message: string } {
  const raw = Object.fromEntries(['area', 'page', 'per_page'].flatMap((k) => (params.has(k) ? [[k, params.get(k) ?? '']] : [])))
  const parsed = DatasetQuerySchema.safeParse(raw)
  if (parsed.success) return { ok: true, query: parsed.data }
  return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') }
}
