import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getActionForEdit } from '@/lib/data/action-edit'
import { getMeasurePlanForEdit } from '@/lib/data/measure-plan'
import { isDraftId } from '@/lib/data/plan-draft'
import { getPriorityForEdit } from '@/lib/data/priority-edit'
import { isProposableKind } from '@/lib/data/proposals'
import { KIND_LABELS } from '@/lib/plan-fields'
import { EditActionForm } from '@/app/(signed-in)/actions/[actionId]/edit/edit-form'
import { TargetsForm } from '@/app/(signed-in)/measures/[measureId]/targets/targets-form'
import { PriorityForm } from '@/app/(signed-in)/plans/[slug]/priorities/_components/priority-form'
import { proposeChangeAction } from '@/app/(signed-in)/proposals/actions'

export const metadata: Metadata = { title: 'Propose a change to the plan' }

/** The form of the thing to change, as the draft has it, with the proposal's own ending. */
async function formFor(user: Awaited<ReturnType<typeof requireUser>>, slug: string, kind: string, id: string) {
  if (!isProposableKind(kind) || isDraftId(id)) return null
  const propose = proposeChangeAction.bind(null, kind, id)
  if (kind === 'actions') {
    const action = await getActionForEdit(user, id, 'propose')
    return action && { area: action.area, title: action.fields.title, form: <EditActionForm action={action} propose={propose} /> }
  }
  if (kind === 'priorities') {
    const priority = await getPriorityForEdit(user, slug, id, 'propose')
    return (
      priority && {
        area: priority.area,
        title: priority.fields.title,
        form: <PriorityForm priority={priority} propose={propose} />,
      }
    )
  }
  const measure = await getMeasurePlanForEdit(user, id, 'propose')
  return measure && { area: measure.area, title: measure.fields.name, form: <TargetsForm measure={measure} propose={propose} /> }
}

export default async function ProposeChangePage({ params }: PageProps<'/plans/[slug]/propose/[kind]/[targetId]'>) {
  const user = await requireUser()
  const { slug, kind, targetId } = await params
  const found = await formFor(user, slug, kind, targetId)
  if (!found || found.area.slug !== slug || !isProposableKind(kind)) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}`} className="govuk-back-link">
          Back to the working plan
        </Link>
        <span className="govuk-caption-l">
          {found.area.name}: propose a change to {KIND_LABELS[kind].toLowerCase()}
        </span>
        <h1 className="govuk-heading-l">{found.title}</h1>
        <div className="govuk-inset-text">
          Change the answers you want to change and say why. Nothing changes until the delivery team or the chair accepts your
          proposal into the draft plan, and the chair approves the plan. You will see their answer on the proposal&rsquo;s page.
        </div>
        {found.form}
      </div>
    </div>
  )
}
