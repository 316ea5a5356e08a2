import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { MilestoneList } from '@/components/plan/milestone-list'
import { requireUser } from '@/lib/auth/session'
import { isDraftId } from '@/lib/data/plan/draft'
import { isPlanKind, PLAN_ENTITIES, type FormOf } from '@/lib/data/plan/entity-api'
import type { DraftKind } from '@/lib/plan-fields'
import { handleProposedChange } from '@/app/(signed-in)/proposals/server-actions'
import { nameOf, proposalFormOf } from '../../../_kinds/screens'
import { ProposePage } from '../../_components/propose-page'
import { ProposeRemovalForm } from '../../_components/propose-removal-form'

export const metadata: Metadata = { title: 'Propose a change to the plan' }

const WHAT: Record<Exclude<DraftKind, 'milestones'>, string> = {
  priorities: 'a priority',
  actions: 'an action',
  measures: 'a success measure',
}

/** What follows the form: an action's milestones, each open to proposals; or proposing a milestone's removal. */
function after(kind: DraftKind, form: FormOf[DraftKind], slug: string): ReactNode {
  if (kind === 'actions' && 'milestones' in form) {
    return (
      <>
        <h2 className="govuk-heading-m" id="milestones">
          Milestones
        </h2>
        <MilestoneList
          milestones={form.milestones}
          linkOf={(m) =>
            m.isNew || m.removed ? null : { href: `/plans/${slug}/propose/milestones/${m.id}`, text: 'Propose a change' }
          }
        />
        <p className="govuk-body">
          <Link href={`/plans/${slug}/propose/milestones/new?action=${form.id}`} className="govuk-link">
            Propose a new milestone
          </Link>
        </p>
      </>
    )
  }
  if ('milestone' in form && form.milestone && !form.milestone.removed) {
    return (
      <>
        <h2 className="govuk-heading-m">Or propose removing it</h2>
        <ProposeRemovalForm milestoneId={form.milestone.id} />
      </>
    )
  }
  return null
}

/** A board member proposes a change to a published priority, action, success measure or milestone. */
export default async function ProposeChangePage({ params }: PageProps<'/plans/[slug]/propose/[kind]/[targetId]'>) {
  const user = await requireUser()
  const { slug, kind, targetId } = await params
  if (!isPlanKind(kind) || isDraftId(targetId)) notFound()
  const api = PLAN_ENTITIES[kind as DraftKind]
  const form = await api.form(user, targetId, 'propose')
  if (!form || api.areaOf(form as never).slug !== slug) notFound()
  const area = api.areaOf(form as never)
  const what = 'milestone' in form ? `a milestone of “${form.action.title}”` : WHAT[kind as Exclude<DraftKind, 'milestones'>]
  const removed = 'milestone' in form && form.milestone?.removed
  return (
    <ProposePage
      slug={slug}
      caption={`${area.name}: propose a change to ${what}`}
      title={nameOf(kind, form)}
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
      after={after(kind, form, slug)}
    >
      {removed ? (
        <p className="govuk-body">This milestone is removed in the draft plan.</p>
      ) : (
        proposalFormOf(kind, form, handleProposedChange.bind(null, kind, targetId))
      )}
    </ProposePage>
  )
}
