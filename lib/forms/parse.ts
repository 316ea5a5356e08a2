/**
 * Reading a form's FormData with its zod schema: the one parser every server action uses.
 * The schema says how each field is read — an array field takes every value (checkboxes), an
 * object field takes one input per key (`dueOn-day`, `dueOn-month`, `dueOn-year`: GOV.UK date
 * inputs), a file field its File, anything else its one string ('' when the field was not
 * sent). The answers come back as `values`, flat strings the form puts back in its fields after
 * an error, so every text box, select, radio and checkbox keeps what was submitted (never
 * passwords or files). Safe in the browser: no server imports.
 */
import * as z from 'zod'
import { CONTROL_CHARACTER, CONTROL_CHARACTER_ERROR } from '@/lib/validation/control-character'

export type FieldErrors = Record<string, string[] | undefined>

export type Parsed<T> =
  { ok: true; data: T; values: Record<string, string> } | { ok: false; fieldErrors: FieldErrors; values: Record<string, string> }

type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  in?: z.ZodType
  innerType?: z.ZodType
  left?: z.ZodType
  right?: z.ZodType
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** The fields of an object schema, seen through transforms, refinements, defaults and `.and()`. */
export function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  const def = defOf(schema)
  if (def.type === 'object') return def.shape ?? {}
  if (def.type === 'pipe' && def.in) return fieldsOf(def.in)
  if (def.type === 'intersection' && def.left && def.right) return { ...fieldsOf(def.left), ...fieldsOf(def.right) }
  if (def.innerType) return fieldsOf(def.innerType)
  return {}
}

/** What kind of input a field is read from. */
function inputKind(field: z.ZodType): 'array' | 'object' | 'file' | 'text' {
  const def = defOf(field)
  if (def.type === 'array') return 'array'
  if (def.type === 'object') return 'object'
  if (def.type === 'custom') return 'file'
  if (def.type === 'pipe' && def.in) return inputKind(def.in)
  if (def.innerType) return inputKind(def.innerType)
  return 'text'
}

const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '')

/**
 * Parses `formData` with `schema`. `secret` names fields never echoed back (passwords).
 * Field errors are keyed by field name; errors of the whole form are under `_form`.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  { secret = [] as readonly string[] } = {},
): Parsed<z.output<S>> {
  const input: Record<string, unknown> = {}
  const values: Record<string, string> = {}
  for (const [name, field] of Object.entries(fieldsOf(schema))) {
    const kind = inputKind(field)
    if (kind === 'array') {
      const all = formData.getAll(name).map(text)
      input[name] = all
      values[name] = all.join(',')
    } else if (kind === 'object') {
      const parts = Object.keys(fieldsOf(field))
      input[name] = Object.fromEntries(parts.map((p) => [p, text(formData.get(`${name}-${p}`))]))
      for (const p of parts) values[`${name}-${p}`] = text(formData.get(`${name}-${p}`))
    } else if (kind === 'file') {
      input[name] = formData.get(name)
    } else {
      input[name] = text(formData.get(name))
      if (!secret.includes(name)) values[name] = input[name] as string
    }
  }
  const controls = Object.entries(values).filter(([, v]) => CONTROL_CHARACTER.test(v))
  for (const name of secret) if (CONTROL_CHARACTER.test(text(formData.get(name)))) controls.push([name, ''])
  const parsed = schema.safeParse(input)
  if (parsed.success && controls.length === 0) return { ok: true, data: parsed.data, values }
  const flat = parsed.success ? { fieldErrors: {}, formErrors: [] } : z.flattenError(parsed.error)
  const fieldErrors: FieldErrors = { ...(flat.fieldErrors as FieldErrors) }
  // A date's parts ("dueOn-day") report on the date field.
  for (const [name] of controls) fieldErrors[name.replace(/-(day|month|year)$/, '')] = [CONTROL_CHARACTER_ERROR]
  if (flat.formErrors.length) fieldErrors._form = flat.formErrors
  return { ok: false, fieldErrors, values }
}
