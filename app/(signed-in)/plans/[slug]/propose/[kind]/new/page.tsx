import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { isPlanKind, PLAN_ENTITIES } from '@/lib/data/plan/entity-api'
import type { DraftKind } from '@/lib/plan-fields'
import { handleProposedAddition } from '@/app/(signed-in)/proposals/server-actions'
import { proposalFormOf } from '../../../_kinds/screens'
import { ProposePage } from '../../_components/propose-page'

export const metadata: Metadata = { title: 'Propose an addition to the plan' }

const TITLES: Record<DraftKind, string> = {
  priorities: 'Propose a new priority',
  actions: 'Propose a new action',
  measures: 'Propose a new success measure',
  milestones: 'Propose a new milestone',
}

/** A board member proposes adding a priority, action or success measure, or a milestone of `?action=`. */
export default async function ProposeAdditionPage({ params, searchParams }: PageProps<'/plans/[slug]/propose/[kind]/new'>) {
  const user = await requireUser()
  const [{ slug, kind }, query] = await Promise.all([params, searchParams])
  if (!isPlanKind(kind)) notFound()
  const actionId = kind === 'milestones' && typeof query.action === 'string' ? query.action : null
  const api = PLAN_ENTITIES[kind as DraftKind]
  const form = await api.blank(user, { slug, actionId }, 'propose')
  if (!form || api.areaOf(form as never).slug !== slug) notFound()
  const area = api.areaOf(form as never)
  const title = 'action' in form ? `${TITLES.milestones} for “${form.action.title}”` : TITLES[kind]
  return (
    <ProposePage
      slug={slug}
      caption={`${area.name}: delivery plan`}
      title={title}
      lead="Fill in what you propose to add and say why."
    >
      {proposalFormOf(kind, form, handleProposedAddition.bind(null, kind, slug, actionId))}
    </ProposePage>
  )
}
