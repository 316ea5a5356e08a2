import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { isUploadKind } from '@/lib/data/uploads/upload'
import { getWorkingPlan } from '@/lib/data/plan/working-plan'
import { getWorkingFunding } from '@/lib/data/funding/read'
import { ImportForms } from '../import-forms'

export const metadata: Metadata = { title: 'Upload a CSV file' }

const COPY = {
  measures: {
    heading: 'Upload success measure values',
    template: (area: string) => `one row per measure of ${area}. Add a row for each further period.`,
    fill: (
      <>
        Fill in <code>period</code> (2019, 2018/19, FY2018/19, 2019-03 or 2019-03-14), <code>value</code>,{' '}
        <code>provisional</code> (yes or no) and, if useful, <code>local_insight</code>. A period that already has a value is
        corrected.
      </>
    ),
    noun: ['value', 'values'] as const,
  },
  actions: {
    heading: 'Upload action status updates',
    template: (area: string) =>
      `one row per action of ${area}, with its status and progress now. Delete the rows you are not updating.`,
    fill: (
      <>
        Set <code>status</code> (Not started, On track, At risk, Off track, Complete or Stopped), <code>progress_percent</code> (0
        to 100, or blank to leave it as it is) and write the <code>update</code>: what has happened since the last one. Each row
        is posted as a dated update on its action.
      </>
    ),
    noun: ['update', 'updates'] as const,
  },
  spend: {
    heading: 'Upload commitments and payments',
    template: (area: string) =>
      `one row per action of ${area}, with the allocation earmarked for it (or the area’s first) as the one it is paid from. Copy a row for each further entry; delete the rows you are not using.`,
    fill: (
      <>
        Set <code>kind</code> (commitment or payment), <code>date</code> (2021-03-27 or 27/03/2021), <code>amount</code> in pounds
        (1,250.50), the <code>organisation</code> contracted or paid and, if it is paid from another allocation, its name in{' '}
        <code>allocation</code>. <code>description</code> and <code>evidence_url</code> are optional. The check shows any spend
        over its commitment or allocation before you save.
      </>
    ),
    noun: ['entry', 'entries'] as const,
  },
}

export default async function ImportPage({ params }: PageProps<'/plans/[slug]/import/[kind]'>) {
  const user = await requireUser()
  const { slug, kind } = await params
  if (!isUploadKind(kind)) notFound()
  // Spend is funding (edit:funding); the others are the plan (edit:plan).
  const [plan, funding] = await Promise.all([getWorkingPlan(user, slug), kind === 'spend' ? getWorkingFunding(user, slug) : null])
  if (!plan || !(kind === 'spend' ? funding?.canEdit : plan.canEdit)) notFound()
  const back =
    kind === 'spend'
      ? { href: `/plans/${plan.area.slug}/funding`, text: 'Back to funding' }
      : { href: `/plans/${plan.area.slug}`, text: 'Back to the working plan' }
  const copy = COPY[kind]
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={back.href} className="govuk-back-link">
          {back.text}
        </Link>
        <span className="govuk-caption-l">{plan.area.name}</span>
        <h1 className="govuk-heading-l">{copy.heading}</h1>
        <ol className="govuk-list govuk-list--number">
          <li>
            <a href={`/plans/${plan.area.slug}/import/${kind}/template`} className="govuk-link" download>
              Download the template (CSV)
            </a>
            : {copy.template(plan.area.name)}
          </li>
          <li>{copy.fill}</li>
          <li>Upload it: every row is checked first, and nothing is saved unless every row is right.</li>
        </ol>
        <ImportForms slug={plan.area.slug} kind={kind} noun={copy.noun} />
      </div>
    </div>
  )
}
