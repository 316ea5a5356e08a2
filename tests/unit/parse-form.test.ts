import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { parseForm } from '@/lib/forms/parse'
import { datePartsSchema } from '@/lib/validation/dates'
import { PLAN_FORM_SCHEMAS, proposalFormSchema } from '@/lib/validation/plan-forms'
import { InviteUserSchema } from '@/lib/validation/users'
import { CsvFileSchema } from '@/lib/validation/small-forms'

const form = (entries: [string, string | File][]) => {
  const fd = new FormData()
  for (const [k, v] of entries) fd.append(k, v)
  return fd
}

describe('parseForm', () => {
  it('refuses a NUL or other hidden control character in any field, by field, and accepts tabs and line breaks', () => {
    const schema = z.object({
      name: z.string(),
      notes: z.string(),
      areaIds: z.array(z.string()),
      dueOn: datePartsSchema('due date'),
      password: z.string(),
    })
    const parsed = parseForm(
      schema,
      form([
        ['name', 'Ada\u0000'],
        ['notes', 'line one\r\n\tline two'],
        ['areaIds', 'a1\u001b'],
        ['dueOn-day', '3\u0000'],
        ['dueOn-month', '4'],
        ['dueOn-year', '2019'],
        ['password', 'secret\u0000'],
      ]),
      { secret: ['password'] },
    )
    const message = ['Remove the hidden control character from this answer (it may have been pasted in)']
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.fieldErrors).toMatchObject({ name: message, areaIds: message, dueOn: message, password: message })
    expect(!parsed.ok && parsed.fieldErrors.notes).toBeUndefined()
    expect(parsed.values.password).toBeUndefined()
  })

  it('reads text, every checkbox of an array field, and date parts, echoing each answer', () => {
    const schema = z.object({ name: z.string(), areaIds: z.array(z.string()), dueOn: datePartsSchema('due date') })
    const parsed = parseForm(
      schema,
      form([
        ['name', 'Ada'],
        ['areaIds', 'a1'],
        ['areaIds', 'a2'],
        ['dueOn-day', '3'],
        ['dueOn-month', '4'],
        ['dueOn-year', '2019'],
      ]),
    )
    expect(parsed).toEqual({
      ok: true,
      data: { name: 'Ada', areaIds: ['a1', 'a2'], dueOn: new Date(Date.UTC(2019, 3, 3)) },
      values: { name: 'Ada', areaIds: 'a1,a2', 'dueOn-day': '3', 'dueOn-month': '4', 'dueOn-year': '2019' },
    })
  })

  it('reads fields through refinements and transforms (the invite form) and reports errors by field', () => {
    const parsed = parseForm(
      InviteUserSchema,
      form([
        ['name', ''],
        ['email', 'x@example.org'],
        ['role', 'PARTNER'],
      ]),
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.fieldErrors.name).toEqual(['Enter their full name'])
    expect(parsed.fieldErrors.areaIds).toEqual(['Select at least one area'])
    expect(parsed.values).toEqual({ name: '', email: 'x@example.org', role: 'PARTNER', areaIds: '' })
  })

  it('keeps every select and radio answer of the action form after an error', () => {
    const parsed = parseForm(
      PLAN_FORM_SCHEMAS.actions,
      form([
        ['token', 'new'],
        ['priorityId', 'p1'],
        ['ownerId', 'u1'],
        ['leadOrganisationId', 'o1'],
        ['title', ''],
        ['evidenceStrength', 'MODERATE'],
      ]),
    )
    expect(parsed.ok).toBe(false)
    expect(parsed.values).toMatchObject({
      priorityId: 'p1',
      ownerId: 'u1',
      leadOrganisationId: 'o1',
      evidenceStrength: 'MODERATE',
      title: '',
    })
  })

  it('never echoes secret fields', () => {
    const parsed = parseForm(z.object({ password: z.string().min(8) }), form([['password', 'short']]), { secret: ['password'] })
    expect(parsed.values).toEqual({})
  })

  it('reads a proposal: the plan form with why', () => {
    const parsed = parseForm(
      proposalFormSchema('milestones'),
      form([
        ['why', 'Later start'],
        ['token', ''],
        ['title', 'Launch'],
        ['dueOn-day', '1'],
        ['dueOn-month', '9'],
        ['dueOn-year', '2018'],
      ]),
    )
    expect(parsed.ok && parsed.data).toMatchObject({ why: 'Later start', title: 'Launch', completedOn: null })
  })

  it('takes a file field as the File, and refuses a missing one', () => {
    const file = new File(['a,b\n'], 'values.csv', { type: 'text/csv' })
    const ok = parseForm(CsvFileSchema, form([['file', file]]))
    expect(ok.ok && ok.data.file.name).toBe('values.csv')
    const missing = parseForm(CsvFileSchema, form([]))
    expect(!missing.ok && missing.fieldErrors.file).toEqual(['Select a CSV file'])
  })
})
