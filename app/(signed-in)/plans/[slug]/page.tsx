import { FlashBanner } from '@/components/ui/flash-banner'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ActionStatusTag } from '@/components/ui/action-status-tag'
import { MeasureStatusTag } from '@/components/ui/measure-status-tag'
import { DataTable } from '@/components/ui/data-table'
import { requireUser } from '@/lib/auth/session'
import { getWorkingPlan } from '@/lib/data/plan/working-plan'
import { getDraftChanges, getDraftSummary } from '@/lib/data/plan/approval'
import { DraftSection } from './_components/draft-section'
import { formatDate, formatPartialDate } from '@/lib/format'
import { describeRollUp, rollUp } from '@/lib/plan-rollup'
import { listProposals } from '@/lib/data/proposals/read'
import { ProposalStatusTag } from '@/components/ui/proposal-status-tag'
import { commentSummaries } from '@/lib/data/comments/comments'
import { CommentsLink, OfficialLine } from './_components/comments-link'

export const metadata: Metadata = { title: 'Working delivery plan' }

export default async function WorkingPlanPage({ params, searchParams }: PageProps<'/plans/[slug]'>) {
  const user = await requireUser()
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const plan = await getWorkingPlan(user, slug)
  if (!plan) notFound()
  const [draft, proposals, comments] = await Promise.all([
    getDraftSummary(user, plan.area.id),
    listProposals(user, plan.area.id),
    commentSummaries(user, plan.area.id),
  ])
  const thread = (kind: 'priorities' | 'actions' | 'measures', id: string, name: string) => ({
    href: `/plans/${plan.area.slug}/comments/${kind}/${id}`,
    name,
    summary: comments.get(id),
  })
  // What a submitted draft would publish, for the chair to read before deciding.
  const changes = draft?.status === 'SUBMITTED' ? await getDraftChanges(user, plan.area.id) : null
  return (
    <>
      <Link href="/dashboard" className="govuk-back-link">
        Back to your dashboard
      </Link>
      <FlashBanner params={query} />
      <span className="govuk-caption-l">{plan.area.name}</span>
      <h1 className="govuk-heading-l">Working delivery plan</h1>
      <p className="govuk-body">
        <Link href={`/plans/${plan.area.slug}/funding`} className="govuk-link">
          Funding: allocations, commitments and spend
        </Link>
        {' · '}
        <Link href={`/boards/${plan.area.slug}`} className="govuk-link">
          Partnership board: meetings, agenda and decisions
        </Link>
        {' · '}
        <Link href={`/plans/${plan.area.slug}/consultations`} className="govuk-link">
          Consultations of the board on the draft
        </Link>
      </p>
      <DraftSection slug={plan.area.slug} draft={draft} changes={changes} />
      <section className="govuk-!-margin-bottom-6" aria-labelledby="proposals-heading">
        <h2 className="govuk-heading-m" id="proposals-heading">
          Proposed changes
        </h2>
        {!proposals?.length ? (
          <p className="govuk-body">
            No changes have been proposed.
            {plan.canPropose &&
              ' Use “Propose a change” beside a priority, success measure or action (an action’s page lists its milestones too), or propose something new.'}
          </p>
        ) : (
          <DataTable
            caption="Proposed changes, those waiting for an answer first"
            captionSize="hidden"
            scroll="Proposed changes"
            rows={proposals}
            rowKey={(pr) => pr.id}
            columns={[
              {
                header: 'Proposal',
                cell: (pr) => (
                  <Link href={`/proposals/${pr.id}`} className="govuk-link">
                    {pr.title}
                  </Link>
                ),
              },
              { header: 'Proposed by', cell: (pr) => `${pr.author}, ${formatDate(new Date(pr.createdAt))}` },
              { header: 'Status', cell: (pr) => <ProposalStatusTag status={pr.status} /> },
            ]}
          />
        )}
      </section>
      <p className="govuk-body">
        Every priority and action as it stands now.{' '}
        <Link href={`/areas/${plan.area.slug}`} className="govuk-link">
          See the public page
        </Link>{' '}
        or{' '}
        <Link href={`/areas/${plan.area.slug}/print`} className="govuk-link">
          print the published plan
        </Link>
        .
      </p>
      {plan.canEdit && (
        // One row of links on a wide screen, one per line on a narrow one.
        <ul className="govuk-list tw:flex tw:flex-col tw:md:flex-row tw:md:flex-wrap tw:md:gap-x-6">
          <li>
            <Link href={`/plans/${plan.area.slug}/priorities/new`} className="govuk-link">
              Add a priority
            </Link>
          </li>
          <li>
            <Link href={`/plans/${plan.area.slug}/actions/new`} className="govuk-link">
              Add an action
            </Link>
          </li>
          <li>
            <Link href={`/plans/${plan.area.slug}/measures/new`} className="govuk-link">
              Add a success measure
            </Link>
          </li>
          <li>
            <Link href={`/plans/${plan.area.slug}/import/measures`} className="govuk-link">
              Upload measure values from a CSV file
            </Link>
          </li>
          <li>
            <Link href={`/plans/${plan.area.slug}/import/actions`} className="govuk-link">
              Upload action status updates from a CSV file
            </Link>
          </li>
        </ul>
      )}
      {plan.canPropose && !plan.canEdit && (
        <ul className="govuk-list">
          <li>
            <Link href={`/plans/${plan.area.slug}/propose/priorities/new`} className="govuk-link">
              Propose a new priority
            </Link>
          </li>
          <li>
            <Link href={`/plans/${plan.area.slug}/propose/actions/new`} className="govuk-link">
              Propose a new action
            </Link>
          </li>
          <li>
            <Link href={`/plans/${plan.area.slug}/propose/measures/new`} className="govuk-link">
              Propose a new success measure
            </Link>
          </li>
        </ul>
      )}
      {plan.priorities.length === 0 ? (
        <p className="govuk-body">This plan has no priorities yet.</p>
      ) : (
        <p className="govuk-body">
          <strong>The whole plan:</strong>{' '}
          {describeRollUp(
            rollUp(
              plan.priorities.flatMap((p) => p.actions),
              plan.priorities.flatMap((p) => p.measures),
            ),
            plan.priorities.reduce((n, p) => n + p.measures.length, 0),
          )}
        </p>
      )}
      {plan.priorities.map((p) => (
        <section key={p.id ?? 'unlinked'} aria-labelledby={`priority-${p.id ?? 'unlinked'}`}>
          <h2 className="govuk-heading-m" id={`priority-${p.id ?? 'unlinked'}`}>
            {p.id === null ? '' : p.number !== null ? `Priority ${p.number}: ` : 'New priority: '}
            {p.title}
            {p.isNew ? (
              <strong className="govuk-tag govuk-tag--orange govuk-!-margin-left-1">New in draft</strong>
            ) : (
              p.drafted && <strong className="govuk-tag govuk-tag--orange govuk-!-margin-left-1">Changed in draft</strong>
            )}
          </h2>
          {p.lifeStage && <p className="govuk-caption-m">{p.lifeStage}</p>}
          <p className="govuk-body-s">{describeRollUp(rollUp(p.actions, p.measures), p.measures.length)}</p>
          {plan.canEdit && p.id !== null && (
            <p className="govuk-body">
              <Link href={`/plans/${plan.area.slug}/priorities/${p.id}`} className="govuk-link">
                Edit this priority<span className="govuk-visually-hidden">: {p.title}</span>
              </Link>
            </p>
          )}
          {plan.canPropose && p.id !== null && !p.isNew && (
            <p className="govuk-body">
              <Link href={`/plans/${plan.area.slug}/propose/priorities/${p.id}`} className="govuk-link">
                Propose a change to this priority<span className="govuk-visually-hidden">: {p.title}</span>
              </Link>
            </p>
          )}
          {p.id !== null && (
            <>
              <OfficialLine {...thread('priorities', p.id, p.title)} />
              <p className="govuk-body">
                <CommentsLink {...thread('priorities', p.id, p.title)} />
              </p>
            </>
          )}
          {p.measures.length > 0 && (
            <>
              <h3 className="govuk-heading-s">Success measures</h3>
              <ul className="govuk-list">
                {p.measures.map((m) => (
                  <li key={m.id}>
                    <MeasureStatusTag status={m.status} />{' '}
                    {/* Everyone in the area reads a published measure's page; a drafted one is its editors' form. */}
                    {m.isNew && !m.canEdit ? (
                      m.name
                    ) : (
                      <Link
                        href={m.isNew ? `/plans/${plan.area.slug}/measures/${m.id}` : `/measures/${m.id}`}
                        className="govuk-link"
                      >
                        {m.name}
                      </Link>
                    )}
                    {m.latest && <span className="govuk-body-s">: latest {m.latest}</span>}
                    {m.drafted && (
                      <strong className="govuk-tag govuk-tag--orange govuk-!-margin-left-1">
                        {m.isNew ? 'New in draft' : 'Changed in draft'}
                      </strong>
                    )}
                    {plan.canPropose && !m.isNew && (
                      <>
                        {' '}
                        <Link href={`/plans/${plan.area.slug}/propose/measures/${m.id}`} className="govuk-link govuk-body-s">
                          Propose a change<span className="govuk-visually-hidden"> to {m.name}</span>
                        </Link>
                      </>
                    )}{' '}
                    <CommentsLink {...thread('measures', m.id, m.name)} small />
                    <OfficialLine {...thread('measures', m.id, m.name)} />
                  </li>
                ))}
              </ul>
              <h3 className="govuk-heading-s">Actions</h3>
            </>
          )}
          {p.actions.length === 0 ? (
            <p className="govuk-body">No actions yet.</p>
          ) : (
            <DataTable
              caption={`Actions under ${p.title}`}
              captionSize="hidden"
              scroll={`Actions: ${p.title}`}
              rows={p.actions}
              rowKey={(a) => a.id}
              columns={[
                {
                  header: 'Action',
                  cell: (a) => (
                    <>
                      {a.title}
                      {a.isDemo && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-left-1">Demo</strong>}
                      {a.drafted && (
                        <strong className="govuk-tag govuk-tag--orange govuk-!-margin-left-1">
                          {a.isNew ? 'New in draft' : 'Changed in draft'}
                        </strong>
                      )}
                      <OfficialLine {...thread('actions', a.id, a.title)} />
                    </>
                  ),
                },
                { header: 'Owner', cell: (a) => a.owner ?? 'Nobody yet' },
                { header: 'Due', cell: (a) => formatPartialDate(a.dueOn) ?? 'Not set' },
                {
                  header: 'Status',
                  cell: (a) => (
                    <>
                      <ActionStatusTag status={a.status} />
                      {a.progressPercent !== null && <span className="govuk-body-s"> {a.progressPercent}%</span>}
                    </>
                  ),
                },
                {
                  header: <span className="govuk-visually-hidden">What you can do</span>,
                  cell: (a) => (
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      {a.canEdit && (
                        <li>
                          <Link href={`/plans/${plan.area.slug}/actions/${a.id}`} className="govuk-link">
                            Edit<span className="govuk-visually-hidden"> {a.title}</span>
                          </Link>
                        </li>
                      )}
                      {plan.canPropose && !a.isNew && (
                        <li>
                          <Link href={`/plans/${plan.area.slug}/propose/actions/${a.id}`} className="govuk-link">
                            Propose a change<span className="govuk-visually-hidden"> to {a.title}</span>
                          </Link>
                        </li>
                      )}
                      <li>
                        <CommentsLink {...thread('actions', a.id, a.title)} />
                      </li>
                      {a.canUpdate && (
                        <li>
                          <Link href={`/actions/${a.id}/update`} className="govuk-link">
                            Post an update<span className="govuk-visually-hidden"> on {a.title}</span>
                          </Link>
                        </li>
                      )}
                    </ul>
                  ),
                },
              ]}
            />
          )}
        </section>
      ))}
    </>
  )
}
