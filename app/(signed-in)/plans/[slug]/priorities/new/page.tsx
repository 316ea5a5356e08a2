import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getPriorityForEdit } from '@/lib/data/plan/priorities'
import { PriorityPage } from '../_components/priority-page'

export const metadata: Metadata = { title: 'Add a priority' }

export default async function NewPriorityPage({ params }: PageProps<'/plans/[slug]/priorities/new'>) {
  const user = await requireUser()
  const priority = await getPriorityForEdit(user, (await params).slug, null)
  if (!priority) notFound()
  return <PriorityPage priority={priority} />
}
