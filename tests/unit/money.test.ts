import { describe, expect, it } from 'vitest'
import { MAX_AMOUNT_PENCE, parseMoney, penceForInput, penceToPounds } from '@/lib/money'

const pence = (text: string, options?: { allowNegative?: boolean }) => {
  const r = parseMoney(text, 'amount', options)
  return r.ok ? r.pence : r.message
}

describe('parseMoney', () => {
  it('reads every way people type one amount to the same pence', () => {
    for (const typed of ['£1,250.50', '1250.5', '1250.50', ' 1250.50 ', '£1250.5']) expect(pence(typed)).toBe(125050n)
    for (const typed of ['1250', '£1,250', '1,250.00', '1250.0']) expect(pence(typed)).toBe(125000n)
    expect(pence('0.01')).toBe(1n)
    expect(pence('.5')).toMatch(/in pounds/)
  })

  it('never goes through a float: amounts a float would round come out exact', () => {
    expect(pence('0.29')).toBe(29n)
    expect(pence('1.15')).toBe(115n)
    expect(pence('9,999,999.99')).toBe(999999999n)
    expect(pence('1000000000')).toBe(MAX_AMOUNT_PENCE)
  })

  it('refuses more than two decimals, misplaced commas, words and other currencies', () => {
    expect(pence('1250.505')).toBe('Amount must have no more than two decimal places (pence)')
    for (const typed of ['12,50', '1,2500', '£', '£ten', '1e6', '$100', '1 250', '1.2.3', '£1,250.50p', 'Infinity'])
      expect(pence(typed)).toBe('Enter the amount in pounds, like 1,250.50')
    expect(pence('')).toBe('Enter the amount')
  })

  it('refuses zero, negatives where not allowed, and absurd sizes', () => {
    expect(pence('0')).toBe('Amount must be more than £0')
    expect(pence('-5')).toBe('Amount must be more than £0')
    expect(pence('-£5.10', { allowNegative: true })).toBe(-510n)
    expect(pence('£-5.10', { allowNegative: true })).toBe(-510n)
    expect(pence('1000000000.01')).toBe('Amount must be £1,000,000,000 or less')
    expect(pence('99999999999999999999')).toBe('Amount must be £1,000,000,000 or less')
  })

  it('writes pence back for a form and for an export without losing a penny', () => {
    expect(penceForInput(125050n)).toBe('1250.50')
    expect(penceForInput(100000n)).toBe('1000')
    expect(penceForInput(5n)).toBe('0.05')
    expect(penceToPounds(125050n)).toBe('1250.50')
    expect(penceToPounds(-5n)).toBe('-0.05')
    for (const p of [1n, 99n, 100n, 123456789n]) expect(pence(penceForInput(p))).toBe(p)
  })
})
