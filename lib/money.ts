/**
 * Money as people type it, to integer pence: the one parser for funding forms and spend CSVs.
 * Never through a float: "£1,250.50", "1250.5" and "1250.50" are all 125050 pence because the
 * digits are read as text. Safe in the browser.
 */

/** The largest amount a single figure may be: £1 billion, far above any area's budget. */
export const MAX_AMOUNT_PENCE = 100_000_000_000n

export type MoneyResult = { ok: true; pence: bigint } | { ok: false; message: string }

const SHAPE = /^(-)?£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/

/**
 * Reads an amount in pounds. `label` names it in messages ("The amount must …"). Commas must
 * group thousands; a pound sign, spaces around the text and a leading minus are allowed;
 * negatives are refused unless `allowNegative`.
 */
export function parseMoney(text: string, label = 'amount', { allowNegative = false } = {}): MoneyResult {
  const cap = label.charAt(0).toUpperCase() + label.slice(1)
  const typed = text.trim().replace(/^-\s*£/, '-£')
  if (typed === '') return { ok: false, message: `Enter the ${label}` }
  const m = SHAPE.exec(typed.replace(/^£-/, '-£'))
  if (!m) return { ok: false, message: `Enter the ${label} in pounds, like 1,250.50` }
  const [, minus, whole, decimals = ''] = m as unknown as [string, string | undefined, string, string | undefined]
  if (decimals.length > 2) return { ok: false, message: `${cap} must have no more than two decimal places (pence)` }
  if (minus && !allowNegative) return { ok: false, message: `${cap} must be more than £0` }
  const digits = whole.replace(/,/g, '')
  if (digits.length > 13) return { ok: false, message: `${cap} must be £1,000,000,000 or less` }
  const magnitude = BigInt(digits) * 100n + BigInt(decimals.padEnd(2, '0'))
  if (magnitude > MAX_AMOUNT_PENCE) return { ok: false, message: `${cap} must be £1,000,000,000 or less` }
  if (magnitude === 0n && !allowNegative) return { ok: false, message: `${cap} must be more than £0` }
  return { ok: true, pence: minus ? -magnitude : magnitude }
}

/** Pence as a form shows it for editing: 125050n → "1250.50", 100000n → "1000". */
export function penceForInput(pence: bigint): string {
  const sign = pence < 0n ? '-' : ''
  const abs = pence < 0n ? -pence : pence
  const p = abs % 100n
  return `${sign}${abs / 100n}${p === 0n ? '' : `.${p.toString().padStart(2, '0')}`}`
}

/** Pence as pounds without a symbol, two decimals, for exports: 125050n → "1250.50". */
export function penceToPounds(pence: bigint): string {
  const sign = pence < 0n ? '-' : ''
  const abs = pence < 0n ? -pence : pence
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`
}
