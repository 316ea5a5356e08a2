/** What the proposal tests start from: an area with one published action and its three board roles. */
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { createAction, createArea, createUser } from '@/tests/factories'
import { db } from '../../setup/test-db'

export type Role = 'DELIVERY_TEAM' | 'CHAIR' | 'PARTNER'

export const session = async (role: Role, areaId: string) =>
  (await findSessionUser((await createUser(db().prisma, { role, areaIds: [areaId] })).id, 1)) as SessionUser

export async function setUp() {
  const area = await createArea(db().prisma, { slug: `prop-${Math.random().toString(36).slice(2, 8)}` })
  const action = await createAction(db().prisma, area.id, { title: 'Reading volunteers in primary schools' })
  const [partner, delivery, chair] = await Promise.all(
    (['PARTNER', 'DELIVERY_TEAM', 'CHAIR'] as Role[]).map((r) => session(r, area.id)),
  )
  return { area, action, partner: partner!, delivery: delivery!, chair: chair! }
}
