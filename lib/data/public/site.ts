/** Facts about the whole site that every page may show. */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { publicCache, publicTags } from '@/lib/data/public/cache'

/** True while any fictional demo row exists: every page then says "Demo data". */
async function loadHasDemoData(): Promise<boolean> {
  const db = await getDb()
  const [actions, values, spend, allocations, members, meetings] = await Promise.all([
    db.action.findFirst({ where: { isDemo: true }, select: { id: true } }),
    db.measureValue.findFirst({ where: { isDemo: true }, select: { id: true } }),
    db.fundingEntry.findFirst({ where: { isDemo: true }, select: { id: true } }),
    db.allocation.findFirst({ where: { isDemo: true }, select: { id: true } }),
    db.boardMembership.findFirst({ where: { isDemo: true }, select: { id: true } }),
    db.meeting.findFirst({ where: { isDemo: true }, select: { id: true } }),
  ])
  return Boolean(actions ?? values ?? spend ?? allocations ?? members ?? meetings)
}

export const hasDemoData = publicCache('hasDemoData', loadHasDemoData, () => [publicTags.demo])
