import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getMilestoneForEdit } from '@/lib/data/plan/milestones'
import { MilestonePage } from '../_components/milestone-page'

export const metadata: Metadata = { title: 'Change a milestone' }

export default async function EditMilestonePage({ params }: PageProps<'/actions/[actionId]/milestones/[milestoneId]'>) {
  const user = await requireUser()
  const { actionId, milestoneId } = await params
  const found = await getMilestoneForEdit(user, actionId, milestoneId)
  if (!found) notFound()
  return <MilestonePage found={found} />
}
