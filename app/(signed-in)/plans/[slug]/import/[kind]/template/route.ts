import { getCurrentUser } from '@/lib/auth/session'
import { isUploadKind, uploadTemplate } from '@/lib/data/uploads/upload'
import { isAppError } from '@/lib/errors'
import { templateName } from '@/lib/upload-kinds'

/** The CSV template of an area's measures, actions or spend, for the people who may edit them. */
export async function GET(_request: Request, { params }: RouteContext<'/plans/[slug]/import/[kind]/template'>) {
  const user = await getCurrentUser()
  const { slug, kind } = await params
  if (!user || !isUploadKind(kind)) return new Response('Not found', { status: 404 })
  try {
    const csv = await uploadTemplate(user, slug, kind)
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${templateName(slug, kind)}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 })
    throw error
  }
}
