import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { listConsultations } from '@/lib/data/consultations/consultations'
import { isAppError } from '@/lib/errors'
import { OpenConsultationForm } from '../_components/consultation-forms'

export const metadata: Metadata = { title: 'Open a consultation' }

export default async function NewConsultationPage({ params }: PageProps<'/plans/[slug]/consultations/new'>) {
  const user = await requireUser()
  const { slug } = await params
  const list = await listConsultations(user, slug).catch((e: unknown) => (isAppError(e) ? null : Promise.reject(e)))
  if (!list?.canOpen) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}/consultations`} className="govuk-back-link">
          Back to consultations
        </Link>
        <span className="govuk-caption-l">{list.area.name}</span>
        <h1 className="govuk-heading-l">Open a consultation</h1>
        <p className="govuk-body">
          Everyone on the board with a portal account is told at once, in the portal and by e-mail as they have chosen.
        </p>
        <OpenConsultationForm slug={slug} />
      </div>
    </div>
  )
}
