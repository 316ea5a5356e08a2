import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getPriorityForEdit } from '@/lib/data/plan/priorities'
import { PriorityPage } from '../_components/priority-page'

export const metadata: Metadata = { title: 'Edit a priority' }

export default async function EditPriorityPage({ params, searchParams }: PageProps<'/plans/[slug]/priorities/[priorityId]'>) {
  const user = await requireUser()
  const [{ slug, priorityId }, query] = await Promise.all([params, searchParams])
  const priority = await getPriorityForEdit(user, slug, priorityId)
  if (!priority) notFound()
  return <PriorityPage priority={priority} flash={query} />
}
