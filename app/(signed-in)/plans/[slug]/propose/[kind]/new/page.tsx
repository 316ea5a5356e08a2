import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getNewActionForm } from '@/lib/data/plan/actions'
import { getNewMeasureForm } from '@/lib/data/plan/measures'
import { getMilestoneForEdit } from '@/lib/data/plan/milestones'
import { getPriorityForEdit } from '@/lib/data/plan/priorities'
import { isProposableKind } from '@/lib/data/proposals/proposals'
import { EditActionForm } from '@/app/(signed-in)/actions/[actionId]/edit/edit-form'
import { MilestoneForm } from '@/app/(signed-in)/actions/[actionId]/milestones/_components/milestone-form'
import { TargetsForm } from '@/app/(signed-in)/measures/[measureId]/targets/targets-form'
import { PriorityForm } from '@/app/(signed-in)/plans/[slug]/priorities/_components/priority-form'
import { handleProposedAddition } from '@/app/(signed-in)/proposals/server-actions'
import { ProposePage } from '../../_components/propose-page'

export const metadata: Metadata = { title: 'Propose an addition to the plan' }

type Found = { area: { slug: string; name: string }; title: string; form: React.ReactNode }

/** A blank form of the kind to add, with the proposal's own ending. */
async function formFor(
  user: Awaited<ReturnType<typeof requireUser>>,
  slug: string,
  kind: string,
  actionId: string | null,
): Promise<Found | null> {
  if (!isProposableKind(kind)) return null
  const propose = handleProposedAddition.bind(null, kind, slug, kind === 'milestones' ? actionId : null)
  if (kind === 'actions') {
    const action = await getNewActionForm(user, slug, 'propose')
    return (
      action && { area: action.area, title: 'Propose a new action', form: <EditActionForm action={action} propose={propose} /> }
    )
  }
  if (kind === 'priorities') {
    const priority = await getPriorityForEdit(user, slug, null, 'propose')
    return (
      priority && {
        area: priority.area,
        title: 'Propose a new priority',
        form: <PriorityForm priority={priority} propose={propose} />,
      }
    )
  }
  if (kind === 'milestones') {
    const found = actionId ? await getMilestoneForEdit(user, actionId, null, 'propose') : null
    return (
      found && {
        area: found.action.area,
        title: `Propose a new milestone for “${found.action.title}”`,
        form: <MilestoneForm actionId={found.action.id} milestone={null} propose={propose} />,
      }
    )
  }
  const measure = await getNewMeasureForm(user, slug, 'propose')
  return (
    measure && {
      area: measure.area,
      title: 'Propose a new success measure',
      form: <TargetsForm measure={measure} propose={propose} />,
    }
  )
}

export default async function ProposeAdditionPage({ params, searchParams }: PageProps<'/plans/[slug]/propose/[kind]/new'>) {
  const user = await requireUser()
  const [{ slug, kind }, { action }] = await Promise.all([params, searchParams])
  const found = await formFor(user, slug, kind, typeof action === 'string' ? action : null)
  if (!found || found.area.slug !== slug) notFound()
  return (
    <ProposePage
      slug={slug}
      caption={`${found.area.name}: delivery plan`}
      title={found.title}
      lead="Fill in what you propose to add and say why."
    >
      {found.form}
    </ProposePage>
  )
}
