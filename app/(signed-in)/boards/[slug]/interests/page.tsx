import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { FlashBanner } from '@/components/ui/flash-banner'
import { DataTable } from '@/components/ui/data-table'
import { requireUser } from '@/lib/auth/session'
import { getInterestRegister } from '@/lib/data/board/read-votes'
import { formatPartialDate } from '@/lib/format'
import { DeclareInterestForm, ReviewInterestForm } from '../_components/vote-forms'

export const metadata: Metadata = { title: 'Register of interests' }

export default async function InterestsPage({ params, searchParams }: PageProps<'/boards/[slug]/interests'>) {
  const user = await requireUser()
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const register = await getInterestRegister(user, slug)
  if (!register) notFound()
  const mine = register.members.find((m) => m.mine)
  return (
    <>
      <Link href={`/boards/${slug}`} className="govuk-back-link">
        Back to the board
      </Link>
      <FlashBanner params={query} />
      <span className="govuk-caption-l">{register.area.name}</span>
      <h1 className="govuk-heading-l">Register of interests</h1>
      <p className="govuk-body">
        What each member declares that could affect, or be seen to affect, their part in the board’s decisions: paid work,
        governorships, funding their organisation receives. Each entry is confirmed at least once a year. Only the board sees it.
      </p>
      {register.members.length === 0 ? (
        <p className="govuk-body">No members are recorded.</p>
      ) : (
        <DataTable
          caption="Declared interests by member"
          rows={register.members}
          rowKey={(m) => m.name}
          columns={[
            { header: 'Member', cell: (m) => `${m.name}${m.mine ? ' (you)' : ''}` },
            {
              header: 'Interests',
              cell: (m) =>
                m.entries.length === 0 ? (
                  'None declared'
                ) : (
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {m.entries.map((e) => (
                      <li key={e.id}>
                        {e.interest}
                        <span className="govuk-body-s govuk-!-display-block">
                          Declared {formatPartialDate(e.declaredOn)}
                          {e.reviewedOn && `, confirmed ${formatPartialDate(e.reviewedOn)}`}
                          {e.reviewDue && (
                            <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-1">Review due</strong>
                          )}
                        </span>
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      )}
      {register.specific.length > 0 && (
        <DataTable
          caption="Declarations on agenda items and votes"
          rows={register.specific}
          rowKey={(d) => `${d.name}-${d.about}-${d.declaredOn}`}
          columns={[
            { header: 'Member', cell: (d) => d.name },
            { header: 'About', cell: (d) => d.about },
            { header: 'Interest', cell: (d) => d.interest },
            { header: 'Declared', cell: (d) => formatPartialDate(d.declaredOn) },
          ]}
        />
      )}
      {mine && mine.entries.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Confirm your entries</h2>
          {mine.entries.map((e) => (
            <div key={e.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-margin-bottom-2">{e.interest}</p>
              <ReviewInterestForm slug={slug} id={e.id} version={e.version} interest={e.interest} />
            </div>
          ))}
        </>
      )}
      {register.isMember ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <DeclareInterestForm
              slug={slug}
              about="register"
              heading="Declare an interest"
              hint="For example “Governor of Example Primary School” or “My employer receives funding from the programme”"
            />
          </div>
        </div>
      ) : (
        <p className="govuk-inset-text">
          Members declare their own interests once their portal account is linked to their membership.
        </p>
      )}
    </>
  )
}
