/** Areas, people and inputs for the funding tests. */
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import type { Role } from '@/lib/permissions'
import type { AllocationInput, FundingEntryInput } from '@/lib/validation/funding'
import { createAction, createArea, createPriority, createUser } from '@/tests/factories'
import { db } from '../../setup/test-db'

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

export async function person(role: Role, areaIds: string[]): Promise<SessionUser> {
  const u = await createUser(db().prisma, { role, areaIds: role === 'ADMIN' ? [] : areaIds })
  return (await findSessionUser(u.id, 1)) as SessionUser
}

/** Two areas, each with a priority and an action, and one funding stream. */
export async function fundingWorld() {
  const prisma = db().prisma
  const [own, other] = [await createArea(prisma), await createArea(prisma)]
  const priority = await createPriority(prisma, own.id)
  const action = await createAction(prisma, own.id, { priorityId: priority.id })
  const otherAction = await createAction(prisma, other.id)
  const stream = await prisma.fundingStream.create({
    data: { slug: `stream-${own.slug}`, name: 'Test stream', funder: 'Department for Education' },
  })
  return {
    own,
    other,
    priority,
    action,
    otherAction,
    stream,
    team: await person('DELIVERY_TEAM', [own.id]),
    otherTeam: await person('DELIVERY_TEAM', [other.id]),
    chair: await person('CHAIR', [own.id]),
    otherChair: await person('CHAIR', [other.id]),
    partner: await person('PARTNER', [own.id]),
    admin: await person('ADMIN', []),
  }
}

export const allocationInput = (streamId: string, extra: Partial<AllocationInput> = {}): AllocationInput => ({
  streamId,
  label: 'Delivery fund',
  period: '2025-26',
  startsOn: day('2025-04-01'),
  endsOn: day('2026-03-31'),
  multiYear: false,
  amount: 10_000_000n, // £100,000
  status: 'CONFIRMED',
  decision: 'Board decision, March 2025',
  awardedOn: day('2025-03-12'),
  earmark: { priorityId: null, actionId: null },
  ...extra,
})

export const entryInput = (
  actionId: string,
  allocationId: string,
  extra: Partial<FundingEntryInput> = {},
): FundingEntryInput => ({
  kind: 'COMMITMENT',
  actionId,
  allocationId,
  amount: 4_000_000n,
  occurredOn: day('2025-05-01'),
  organisation: 'Test provider',
  description: null,
  evidenceUrl: null,
  confirm: false,
  ...extra,
})
