/**
 * Tailwind emits only the prefixed layout utilities the code uses (ADR 009): before the prefix,
 * ordinary words in the source became classes (.table, .hidden, .fixed, .filter…) that could
 * restyle GOV.UK markup.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import postcss from 'postcss'
import tailwind from '@tailwindcss/postcss'
import { expect, it } from 'vitest'

it('builds only tw:-prefixed utilities from the app and components', async () => {
  const from = path.join(process.cwd(), 'app/globals.css')
  const out = await postcss([tailwind({ base: process.cwd() })]).process(readFileSync(from, 'utf8'), { from })
  const selectors = [...out.css.matchAll(/^\s*\.((?:\\.|[^\s{,])+)[^{]*\{/gm)].map((m) => m[1] ?? '')
  expect(selectors.length).toBeGreaterThan(0)
  expect(selectors.filter((s) => !s.startsWith('tw\\:'))).toEqual([])
  expect(selectors).toContain('tw\\:flex')
}, 30_000)
