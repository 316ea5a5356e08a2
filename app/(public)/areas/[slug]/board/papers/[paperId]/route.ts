import { getPublicPaper } from '@/lib/data/public/board'
import { paperResponse } from '@/lib/http/paper-response'

const ID = /^[A-Za-z0-9_-]{1,80}$/

/** A public paper of a public item of a public meeting; every other paper is not found here. */
export async function GET(_request: Request, { params }: RouteContext<'/areas/[slug]/board/papers/[paperId]'>) {
  const { slug, paperId } = await params
  const paper = ID.test(slug) && ID.test(paperId) ? await getPublicPaper(slug, paperId) : null
  // Revalidated on every use (its ETag makes that cheap): a paper withdrawn because it names a
  // pupil must not live on in a browser's or a proxy's cache.
  return paper ? paperResponse(paper, 'public, no-cache') : new Response('Not found', { status: 404 })
}
