import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { isPlanKind, PLAN_ENTITIES } from '@/lib/data/plan/entity-api'
import type { DraftKind } from '@/lib/plan-fields'
import { SCREENS, screenOf } from '../../_kinds/screens'

export async function generateMetadata({ params }: PageProps<'/plans/[slug]/[kind]/new'>): Promise<Metadata> {
  const { kind } = await params
  return { title: isPlanKind(kind) ? SCREENS[kind].title.add : 'Page not found' }
}

/** Adding to the draft plan: a priority, action or success measure, or a milestone of `?action=`. */
export default async function AddPlanEntityPage({ params, searchParams }: PageProps<'/plans/[slug]/[kind]/new'>) {
  const user = await requireUser()
  const [{ slug, kind }, query] = await Promise.all([params, searchParams])
  if (!isPlanKind(kind)) notFound()
  const actionId = typeof query.action === 'string' ? query.action : null
  const api = PLAN_ENTITIES[kind as DraftKind]
  const form = await api.blank(user, { slug, actionId })
  if (!form || api.areaOf(form as never).slug !== slug) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{screenOf(kind, { form, slug, mode: 'add', flash: query })}</div>
    </div>
  )
}
