import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { isPlanKind, PLAN_ENTITIES } from '@/lib/data/plan/entity-api'
import type { DraftKind } from '@/lib/plan-fields'
import { SCREENS, screenOf } from '../../_kinds/screens'

export async function generateMetadata({ params }: PageProps<'/plans/[slug]/[kind]/[id]'>): Promise<Metadata> {
  const { kind } = await params
  return { title: isPlanKind(kind) ? SCREENS[kind].title.edit : 'Page not found' }
}

/** Editing any entity of the plan in the draft: a priority, action, success measure or milestone. */
export default async function EditPlanEntityPage({ params, searchParams }: PageProps<'/plans/[slug]/[kind]/[id]'>) {
  const user = await requireUser()
  const [{ slug, kind, id }, flash] = await Promise.all([params, searchParams])
  if (!isPlanKind(kind)) notFound()
  const api = PLAN_ENTITIES[kind as DraftKind]
  const form = await api.form(user, id)
  // The address names the area: an entity of another area is not found here.
  if (!form || api.areaOf(form as never).slug !== slug) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{screenOf(kind, { form, slug, mode: 'edit', flash })}</div>
    </div>
  )
}
