import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getMilestoneForEdit } from '@/lib/data/plan/milestones'
import { MilestonePage } from '../_components/milestone-page'

export const metadata: Metadata = { title: 'Add a milestone' }

export default async function NewMilestonePage({ params }: PageProps<'/actions/[actionId]/milestones/new'>) {
  const user = await requireUser()
  const found = await getMilestoneForEdit(user, (await params).actionId, null)
  if (!found) notFound()
  return <MilestonePage found={found} />
}
