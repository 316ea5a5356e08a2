import { describe, expect, it } from 'vitest'
import { mentionedIds } from '@/lib/mentions'

const people = [
  { id: 'sam', name: 'Sam Patel' },
  { id: 'jo', name: 'Jo Ng' },
  { id: 'ann', name: 'Ann O’Neill (Chair)' },
]

describe('mentionedIds', () => {
  it('finds full names after @, in any case and spacing, each once', () => {
    expect(mentionedIds('Thanks @sam patel and @Jo  Ng — @Sam Patel again', people)).toEqual(['sam', 'jo'])
  })

  it('ignores a name without @, a longer word, an e-mail address and a partial name', () => {
    expect(mentionedIds('Sam Patel said so', people)).toEqual([])
    expect(mentionedIds('@Sam Patelson', people)).toEqual([])
    expect(mentionedIds('write to x@Sam Patel', people)).toEqual([])
    expect(mentionedIds('@Sam', people)).toEqual([])
  })

  it('matches at the start, before punctuation, and names with regex characters', () => {
    expect(mentionedIds('@Jo Ng, what do you think?', people)).toEqual(['jo'])
    expect(mentionedIds('(@Ann O’Neill (Chair))', people)).toEqual(['ann'])
  })

  it('takes the longest name an @ starts with, and does not stop inside a hyphenated name', () => {
    const more = [...people, { id: 'jo-smith', name: 'Jo Ng Smith' }, { id: 'sam-jones', name: 'Sam Patel-Jones' }]
    expect(mentionedIds('@Jo Ng Smith, over to you', more)).toEqual(['jo-smith'])
    expect(mentionedIds('@Sam Patel-Jones agreed', more)).toEqual(['sam-jones'])
    expect(mentionedIds('@Sam Patel-Jones agreed', people)).toEqual([])
    expect(mentionedIds('@Jo Ng and @Jo Ng Smith', more)).toEqual(['jo', 'jo-smith'])
    // A possessive still names the person.
    expect(mentionedIds("@Sam Patel’s idea, and @Jo Ng's", people)).toEqual(['sam', 'jo'])
  })
})
