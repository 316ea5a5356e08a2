import { areaExists, datasetRows } from '@/lib/data/public/open-data'
import { toCsv } from '@/lib/csv-write'
import { findDataset } from '@/lib/open-data/datasets'
import { OPEN_DATA_HEADERS, jsonError } from '@/lib/open-data/http'
import { parseDatasetQuery } from '@/lib/open-data/query'

/** GET /download/{dataset}.csv|json[?area=slug] — a whole dataset as a file. */
export async function GET(request: Request, { params }: RouteContext<'/download/[file]'>) {
  const match = /^([a-z-]{1,40})\.(csv|json)$/.exec((await params).file)
  const dataset = match ? findDataset(match[1] ?? '') : undefined
  if (!match || !dataset) return jsonError(404, 'No such download. The open data page lists them.')
  const url = new URL(request.url)
  const parsed = parseDatasetQuery(url.searchParams)
  if (!parsed.ok) return jsonError(400, parsed.message)
  const { area } = parsed.query
  if (area && !(await areaExists(area))) return jsonError(404, `No area has the slug "${area}".`)

  const rows = await datasetRows(dataset.name, area, url.origin)
  const filename = `${area ? `${area}-` : 'opportunity-areas-'}${dataset.name}.${match[2]}`
  const headers = { ...OPEN_DATA_HEADERS, 'Content-Disposition': `attachment; filename="${filename}"` }
  if (match[2] === 'csv') {
    return new Response(toCsv(rows, dataset.columns), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } })
  }
  return new Response(JSON.stringify(rows, null, 2), {
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  })
}
