import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { FlashBanner } from '@/components/ui/flash-banner'
import { requireUser } from '@/lib/auth/session'
import { getConsultation } from '@/lib/data/consultations/consultations'
import { formatLondon } from '@/lib/london-time'
import { CloseConsultationForm, RespondForm } from '../_components/consultation-forms'
import { handleNameDeputy } from '@/app/(signed-in)/deputies/server-actions'
import { NamedDeputyForm } from '@/components/board/named-deputy-form'

export async function generateMetadata({ params }: PageProps<'/plans/[slug]/consultations/[id]'>): Promise<Metadata> {
  const user = await requireUser()
  const c = await getConsultation(user, (await params).id)
  const q = c?.question ?? ''
  return { title: c ? `Consultation: ${q.length > 80 ? `${q.slice(0, 80)}…` : q}` : 'Consultation' }
}

export default async function ConsultationPage({ params, searchParams }: PageProps<'/plans/[slug]/consultations/[id]'>) {
  const user = await requireUser()
  const [{ slug, id }, query] = await Promise.all([params, searchParams])
  const c = await getConsultation(user, id)
  if (!c || c.area.slug !== slug) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}/consultations`} className="govuk-back-link">
          Back to consultations
        </Link>
        <FlashBanner params={query} />
        <span className="govuk-caption-l">{c.area.name}: consultation on the draft plan</span>
        <h1 className="govuk-heading-l">{c.question}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">About</dt>
            <dd className="govuk-summary-list__value">{c.scope || 'The whole draft plan'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Opened</dt>
            <dd className="govuk-summary-list__value">
              {formatLondon(c.opensAt)}
              {c.openedBy ? ` by ${c.openedBy}` : ''}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{c.open ? 'Closes' : 'Closed'}</dt>
            <dd className="govuk-summary-list__value">
              {c.closedAt ? `${formatLondon(c.closedAt)}${c.closedBy ? ` by ${c.closedBy}` : ''}` : formatLondon(c.closesAt)}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Published</dt>
            <dd className="govuk-summary-list__value">
              {c.publishedIn ? (
                <Link href={`/areas/${slug}/changes`} className="govuk-link">
                  With version {c.publishedIn} of the plan
                </Link>
              ) : c.open ? (
                'Not yet: a summary is published with the plan once it closes'
              ) : (
                'With the next approved version of the plan'
              )}
            </dd>
          </div>
        </dl>
        {c.summary && (
          <>
            <h2 className="govuk-heading-m">Summary of the responses</h2>
            <p className="govuk-body tw:whitespace-pre-line">{c.summary}</p>
            <h2 className="govuk-heading-m">The board’s answer</h2>
            <p className="govuk-body tw:whitespace-pre-line">{c.boardAnswer}</p>
          </>
        )}
        <h2 className="govuk-heading-m">
          Responses ({c.entries.length}) <span className="govuk-caption-m">Board only</span>
        </h2>
        {c.entries.length === 0 ? (
          <p className="govuk-body">No responses yet.</p>
        ) : (
          <ul className="govuk-list">
            {c.entries.map((r) => (
              <li key={`${r.respondent}-${r.at.toISOString()}`} className="govuk-!-margin-bottom-4">
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                  {r.respondent}
                  {r.enteredBy ? ` (sent by ${r.enteredBy}, their deputy)` : ''}
                </p>
                <p className="govuk-body tw:whitespace-pre-line govuk-!-margin-bottom-1">{r.body}</p>
                <p className="govuk-body-s govuk-hint">{formatLondon(r.at)}</p>
              </li>
            ))}
          </ul>
        )}
        {c.canRespond && <RespondForm slug={slug} id={c.id} mine={c.mine} members={c.respondFor} />}
        {c.namedDeputy && (
          <NamedDeputyForm
            action={handleNameDeputy.bind(null, 'consultation', c.id)}
            kind="consultation"
            choices={c.namedDeputy.choices}
            current={c.namedDeputy.current}
          />
        )}
        {c.canClose && <CloseConsultationForm slug={slug} id={c.id} version={c.version} early={c.open} />}
      </div>
    </div>
  )
}
