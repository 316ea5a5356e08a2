import { areaExists, datasetRows } from '@/lib/data/public/open-data'
import { findDataset } from '@/lib/open-data/datasets'
import { jsonError, jsonResponse, preflight } from '@/lib/open-data/http'
import { parseDatasetQuery } from '@/lib/open-data/query'

/** GET /api/v1/{dataset}?area=&page=&per_page= — one page of an open dataset. */
export async function GET(request: Request, { params }: RouteContext<'/api/v1/[dataset]'>) {
  const dataset = findDataset((await params).dataset)
  if (!dataset?.api) return jsonError(404, 'No such dataset. See /api/v1/openapi.json for the list.')
  const url = new URL(request.url)
  const parsed = parseDatasetQuery(url.searchParams)
  if (!parsed.ok) return jsonError(400, parsed.message)
  const { area, page, per_page } = parsed.query
  if (area && !(await areaExists(area))) return jsonError(404, `No area has the slug "${area}".`)

  const rows = await datasetRows(dataset.name, area, url.origin)
  const total = rows.length
  const totalPages = Math.ceil(total / per_page)
  const link = (p: number) => {
    const u = new URL(url.pathname, url.origin)
    if (area) u.searchParams.set('area', area)
    u.searchParams.set('page', String(p))
    u.searchParams.set('per_page', String(per_page))
    return u.toString()
  }
  return jsonResponse({
    data: rows.slice((page - 1) * per_page, page * per_page),
    meta: { page, per_page, total, total_pages: totalPages },
    links: {
      self: link(page),
      first: link(1),
      last: link(Math.max(totalPages, 1)),
      next: page < totalPages ? link(page + 1) : null,
      prev: page > 1 ? link(Math.min(page - 1, Math.max(totalPages, 1))) : null,
    },
  })
}

export function OPTIONS() {
  return preflight()
}
