import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { ActionEditSchema } from '@/lib/validation/action'

const empty = { day: '', month: '', year: '' }
const valid = {
  token: 'published',
  priorityId: '',
  title: '  Reading recovery in Year 7  ',
  description: '',
  leadOrganisationId: '',
  ownerId: '',
  startsOn: { day: '1', month: '9', year: '2018' },
  dueOn: empty,
  evidenceStrand: '',
  evidenceStrength: '',
  legacyStatus: '',
}
const errors = (input: object) => {
  const r = ActionEditSchema.safeParse(input)
  return r.success ? {} : z.flattenError(r.error).fieldErrors
}

describe('the action edit form', () => {
  it('trims text, turns empty answers into nothing and reads dates', () => {
    expect(ActionEditSchema.parse(valid)).toMatchObject({
      token: 'published',
      title: 'Reading recovery in Year 7',
      description: null,
      priorityId: null,
      startsOn: new Date('2018-09-01T00:00:00Z'),
      dueOn: null,
      legacyStatus: null,
    })
  })

  it.each([
    [{ day: '31', month: '2', year: '2019' }, 'Due date must be a real date between 2000 and 2100'],
    [{ day: '1', month: '', year: '2019' }, 'Due date must include a month'],
    [{ day: '', month: '', year: '2019' }, 'Due date must include a day and month'],
    [{ day: 'x', month: '1', year: '2019' }, 'Due date must be a real date between 2000 and 2100'],
    [{ day: '1', month: '1', year: '1999' }, 'Due date must be a real date between 2000 and 2100'],
    [{ day: '31', month: '8', year: '2018' }, 'The due date must be the same as or after the start date'],
  ])('refuses due date %j: %s', (dueOn, message) => {
    expect(errors({ ...valid, dueOn })['dueOn']).toEqual([message])
  })

  it('accepts a due date on the start date and 29 February in a leap year', () => {
    expect(ActionEditSchema.safeParse({ ...valid, dueOn: { day: '1', month: '9', year: '2018' } }).success).toBe(true)
    expect(
      ActionEditSchema.safeParse({ ...valid, startsOn: empty, dueOn: { day: '29', month: '2', year: '2020' } }).success,
    ).toBe(true)
  })

  it('refuses a missing or overlong title and unknown choices', () => {
    const e = errors({ ...valid, title: ' ', legacyStatus: 'FOREVER', description: 'x'.repeat(5001) })
    expect(e['title']).toEqual(['Enter the title of the action'])
    expect(e['legacyStatus']).toEqual(['Select what happens after the programme funding'])
    expect(e['description']).toEqual(['The description must be 5,000 characters or fewer'])
  })
})
