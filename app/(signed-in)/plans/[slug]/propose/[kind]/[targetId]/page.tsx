import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { MilestoneList } from '@/components/plan/milestone-list'
import { requireUser } from '@/lib/auth/session'
import { getActionForEdit } from '@/lib/data/plan/actions'
import { getMeasurePlanForEdit } from '@/lib/data/plan/measures'
import { getMilestoneToPropose } from '@/lib/data/plan/milestones'
import { isDraftId } from '@/lib/data/plan/draft'
import { getPriorityForEdit } from '@/lib/data/plan/priorities'
import { isProposableKind } from '@/lib/data/proposals/proposals'
import { EditActionForm } from '@/app/(signed-in)/actions/[actionId]/edit/edit-form'
import { MilestoneForm } from '@/app/(signed-in)/actions/[actionId]/milestones/_components/milestone-form'
import { TargetsForm } from '@/app/(signed-in)/measures/[measureId]/targets/targets-form'
import { PriorityForm } from '@/app/(signed-in)/plans/[slug]/priorities/_components/priority-form'
import { handleProposedChange } from '@/app/(signed-in)/proposals/server-actions'
import { ProposePage } from '../../_components/propose-page'
import { ProposeRemovalForm } from '../../_components/propose-removal-form'

export const metadata: Metadata = { title: 'Propose a change to the plan' }

type Found = {
  area: { slug: string; name: string }
  title: string
  what: string
  form: React.ReactNode
  /** What follows the form: an action's milestones, each open to proposals. */
  after?: React.ReactNode
}

/** The form of the thing to change, as the draft has it, with the proposal's own ending. */
async function formFor(
  user: Awaited<ReturnType<typeof requireUser>>,
  slug: string,
  kind: string,
  id: string,
): Promise<Found | null> {
  if (!isProposableKind(kind) || isDraftId(id)) return null
  const propose = handleProposedChange.bind(null, kind, id)
  if (kind === 'actions') {
    const action = await getActionForEdit(user, id, 'propose')
    return (
      action && {
        area: action.area,
        title: action.fields.title,
        what: 'an action',
        form: <EditActionForm action={action} propose={propose} />,
        after: (
          <>
            <h2 className="govuk-heading-m" id="milestones">
              Milestones
            </h2>
            <MilestoneList
              milestones={action.milestones}
              linkOf={(m) =>
                m.isNew || m.removed ? null : { href: `/plans/${slug}/propose/milestones/${m.id}`, text: 'Propose a change' }
              }
            />
            <p className="govuk-body">
              <Link href={`/plans/${slug}/propose/milestones/new?action=${action.id}`} className="govuk-link">
                Propose a new milestone
              </Link>
            </p>
          </>
        ),
      }
    )
  }
  if (kind === 'priorities') {
    const priority = await getPriorityForEdit(user, slug, id, 'propose')
    return (
      priority && {
        area: priority.area,
        title: priority.fields.title,
        what: 'a priority',
        form: <PriorityForm priority={priority} propose={propose} />,
      }
    )
  }
  if (kind === 'milestones') {
    const found = await getMilestoneToPropose(user, id)
    const m = found?.milestone
    if (!found || !m) return null
    return {
      area: found.action.area,
      title: m.title,
      what: `a milestone of “${found.action.title}”`,
      form: m.removed ? (
        <p className="govuk-body">This milestone is removed in the draft plan.</p>
      ) : (
        <MilestoneForm actionId={found.action.id} milestone={m} propose={propose} />
      ),
      after: !m.removed && (
        <>
          <h2 className="govuk-heading-m">Or propose removing it</h2>
          <ProposeRemovalForm milestoneId={m.id} />
        </>
      ),
    }
  }
  const measure = await getMeasurePlanForEdit(user, id, 'propose')
  return (
    measure && {
      area: measure.area,
      title: measure.fields.name,
      what: 'a success measure',
      form: <TargetsForm measure={measure} propose={propose} />,
    }
  )
}

export default async function ProposeChangePage({ params }: PageProps<'/plans/[slug]/propose/[kind]/[targetId]'>) {
  const user = await requireUser()
  const { slug, kind, targetId } = await params
  const found = await formFor(user, slug, kind, targetId)
  if (!found || found.area.slug !== slug || !isProposableKind(kind)) notFound()
  return (
    <ProposePage
      slug={slug}
      caption={`${found.area.name}: propose a change to ${found.what}`}
      title={found.title}
      lead={
        <>
          Change the answers you want to change and say why.
          {kind === 'actions' && (
            <>
              {' '}
              To propose a change to one of its milestones, or a new one, go to{' '}
              <a href="#milestones" className="govuk-link">
                its milestones
              </a>{' '}
              below the form.
            </>
          )}
        </>
      }
      after={found.after}
    >
      {found.form}
    </ProposePage>
  )
}
