import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getInfluence } from '@/lib/data/public/influence'
import { InfluenceLedger } from '../_components/influence-view'

/** Rendered on its first visit and then served from the page cache (ADR 004). */
export const revalidate = 300

export const metadata: Metadata = { title: 'Local influence across the programme' }

export default async function InfluencePage() {
  const view = await getInfluence(undefined)
  if (!view) notFound()
  return (
    <>
      <h1 className="govuk-heading-l">Local influence across the programme</h1>
      <p className="govuk-body">
        The programme’s evaluation found boards too led by DfE. This ledger shows, for every area, how much of each board’s plan
        and business began with local partners and chairs, and how that changes over time.
      </p>
      <InfluenceLedger view={view} />
    </>
  )
}
