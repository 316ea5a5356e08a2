import { getCurrentUser } from '@/lib/auth/session'
import { getBoardPaper } from '@/lib/data/board/papers'
import { paperResponse } from '@/lib/http/paper-response'

const ID = /^[A-Za-z0-9_-]{1,40}$/

/** A paper for the signed-in members of its board (board-only papers included). */
export async function GET(_request: Request, { params }: RouteContext<'/boards/[slug]/papers/[paperId]'>) {
  const user = await getCurrentUser()
  const { paperId } = await params
  const paper = user && ID.test(paperId) ? await getBoardPaper(user, paperId) : null
  return paper ? paperResponse(paper, 'private, no-store') : new Response('Not found', { status: 404 })
}
