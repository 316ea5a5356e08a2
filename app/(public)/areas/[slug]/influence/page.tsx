import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getInfluence } from '@/lib/data/public/influence'
import { InfluenceLedger } from '../../../_components/influence-view'

/** Rendered on its first visit and then served from the page cache (ADR 004): none at build. */
export const revalidate = 300
export function generateStaticParams() {
  return []
}

const SLUG = /^[a-z0-9-]{1,80}$/
const load = async (slug: string) => (SLUG.test(slug) ? getInfluence(slug) : null)

export async function generateMetadata({ params }: PageProps<'/areas/[slug]/influence'>): Promise<Metadata> {
  const view = await load((await params).slug)
  return { title: view?.area ? `Local influence in ${view.area.name}` : 'Page not found' }
}

export default async function AreaInfluencePage({ params }: PageProps<'/areas/[slug]/influence'>) {
  const view = await load((await params).slug)
  if (!view?.area) notFound()
  return (
    <>
      <Link href={`/areas/${view.area.slug}`} className="govuk-back-link">
        Back to {view.area.name}
      </Link>
      <span className="govuk-caption-l">{view.area.name}</span>
      <h1 className="govuk-heading-l">Local influence</h1>
      <p className="govuk-body">
        How much of the board’s plan and business began with the area’s own people rather than with DfE.{' '}
        <Link href="/influence" className="govuk-link">
          Compare the 12 areas
        </Link>
        .
      </p>
      <InfluenceLedger view={view} />
    </>
  )
}
