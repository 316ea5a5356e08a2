import { getCurrentUser } from '@/lib/auth/session'
import { measureCsvTemplate } from '@/lib/data/measure-import'
import { isAppError } from '@/lib/errors'

/** The CSV template of an area's measures, for the people who may edit its plan. */
export async function GET(_request: Request, { params }: RouteContext<'/plans/[slug]/import/template'>) {
  const user = await getCurrentUser()
  const { slug } = await params
  if (!user) return new Response('Not found', { status: 404 })
  try {
    const csv = await measureCsvTemplate(user, slug)
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slug}-measure-values.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 })
    throw error
  }
}
