/** The one mapping of what lib/data throws to form state, and the one flash (lib/forms). */
import { describe, expect, it, vi } from 'vitest'

// The session is the one seam replaced: refusalState never asks who is signed in.
vi.mock('@/lib/auth/session', () => ({ requireUser: vi.fn() }))

const { refusalMessage, refusalState } = await import('@/lib/forms/run')
const { AppError, StaleWrite } = await import('@/lib/errors')
const { FLASH, flashMessage, flashPath } = await import('@/lib/forms/flash')

describe('refusalState', () => {
  const values = { title: 'Mine' }

  it('shows the user their own message, keeping every answer', () => {
    const error = new AppError('INVALID_INPUT', { userMessage: 'Choose the priority from the list' })
    expect(refusalState(error, 'You cannot edit this action.', values)).toEqual({
      status: 'error',
      formError: 'Choose the priority from the list',
      values,
    })
  })

  it('answers a row the user may not touch with the form’s own words, never the internal message', () => {
    const error = new AppError('NOT_FOUND', { message: 'action x not editable by user y' })
    expect(refusalState(error, 'You cannot edit this action.', values)).toEqual({
      status: 'error',
      formError: 'You cannot edit this action.',
      values,
    })
    expect(refusalMessage(error, 'You cannot edit this action.')).toBe('You cannot edit this action.')
  })

  it('puts a refusal on a field when the form says so', () => {
    const error = new AppError('CONFLICT', { userMessage: 'There is already a user with this email address' })
    expect(refusalState(error, 'x', values, { CONFLICT: 'email' })).toEqual({
      status: 'error',
      fieldErrors: { email: ['There is already a user with this email address'] },
      values,
    })
  })

  it('moves a stale form onto the newer version and hands it the newer values to show', () => {
    const error = new StaleWrite('Someone else saved it first.', '7', { newer: { title: 'Theirs' } })
    expect(refusalState(error, 'x', { ...values, version: '6' })).toEqual({
      status: 'error',
      formError: 'Someone else saved it first.',
      values: { title: 'Mine', version: '7' },
      result: { conflict: JSON.stringify({ title: 'Theirs' }) },
    })
  })

  it('rethrows what is not the user’s to fix', () => {
    const bug = new TypeError('cannot read properties of undefined')
    expect(() => refusalState(bug, 'x')).toThrow(bug)
    const internal = new AppError('INVALID_STATE', { message: 'no user message' })
    expect(() => refusalState(internal, 'x')).toThrow(internal)
  })
})

describe('the flash', () => {
  it('is one query key, with a count where a message has one, kept before a fragment', () => {
    expect(flashPath('/plans/derby', 'submitted')).toBe('/plans/derby?done=submitted')
    expect(flashPath('/plans/derby?x=1#top', 'imported-measures', 12)).toBe('/plans/derby?x=1&done=imported-measures&n=12#top')
    expect(flashMessage({ done: 'published' })).toBe(FLASH.published)
    expect(flashMessage({ done: 'imported-measures', n: '25' })).toBe(`${FLASH['imported-measures']} 25 rows in all.`)
    expect(flashMessage({ done: 'published', n: '25' })).toBe(FLASH.published)
  })

  it('shows nothing for an unknown key or a repeated one', () => {
    expect(flashMessage({ done: 'toString' })).toBeUndefined()
    expect(flashMessage({ done: ['published', 'returned'] })).toBeUndefined()
    expect(flashMessage({})).toBeUndefined()
  })
})
