/**
 * Editing an action of an area's plan (delivery teams of that area, and admins). Saves are
 * optimistic: the edit names the version it was made from, and a save from a stale version is
 * refused with the newer values, so nobody silently overwrites someone else's change.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { ActionStatus, EvidenceStrength, LegacyStatus } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import { can, viewerOf } from '@/lib/permissions'
import type { ActionEditInput } from '@/lib/validation/action'
import type { SessionUser } from './auth'
import { recordAudit } from './audit'
import { expirePublicArea } from './public-cache'

/** The editable fields, as stored (dates as yyyy-mm-dd). */
export type ActionFields = {
  priorityId: string | null
  title: string
  description: string | null
  leadOrganisationId: string | null
  ownerId: string | null
  startsOn: string | null
  dueOn: string | null
  status: ActionStatus | null
  progressPercent: number | null
  evidenceStrand: string | null
  evidenceStrength: EvidenceStrength | null
  legacyStatus: LegacyStatus | null
}

export type ActionForEdit = {
  id: string
  version: number
  area: { id: string; slug: string; name: string }
  fields: ActionFields
  options: {
    priorities: { id: string; label: string }[]
    owners: { id: string; label: string }[]
    organisations: { id: string; label: string }[]
  }
}

const fieldSelect = {
  priorityId: true,
  title: true,
  description: true,
  leadOrganisationId: true,
  ownerId: true,
  startsOn: true,
  dueOn: true,
  status: true,
  progressPercent: true,
  evidenceStrand: true,
  evidenceStrength: true,
  legacyStatus: true,
} as const

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null

function toFields(a: Omit<ActionFields, 'startsOn' | 'dueOn'> & { startsOn: Date | null; dueOn: Date | null }): ActionFields {
  return { ...a, startsOn: day(a.startsOn), dueOn: day(a.dueOn) }
}

async function loadEditable(user: SessionUser, id: string) {
  const db = await getDb()
  const action = await db.action.findUnique({
    where: { id },
    select: { ...fieldSelect, id: true, version: true, areaId: true, area: { select: { id: true, slug: true, name: true } } },
  })
  // Someone who may not edit this action learns nothing about it: both cases are "not found".
  if (!action || !can(viewerOf(user), 'edit:plan', { areaId: action.areaId })) return null
  return action
}

/** The action with its current values and the choices its form offers; null if not editable. */
export async function getActionForEdit(user: SessionUser, id: string): Promise<ActionForEdit | null> {
  const action = await loadEditable(user, id)
  if (!action) return null
  const db = await getDb()
  const [priorities, owners, organisations] = await Promise.all([
    db.priority.findMany({ where: { areaId: action.areaId }, orderBy: [{ position: 'asc' }, { number: 'asc' }], select: { id: true, number: true, title: true } }),
    db.user.findMany({
      where: { disabled: false, areaScopes: { some: { areaId: action.areaId } } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, email: true },
    }),
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ])
  return {
    id: action.id,
    version: action.version,
    area: action.area,
    fields: toFields(action),
    options: {
      priorities: priorities.map((p) => ({ id: p.id, label: `Priority ${p.number}: ${p.title}` })),
      owners: owners.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` })),
      organisations: organisations.map((o) => ({ id: o.id, label: o.name })),
    },
  }
}

/** Thrown when the action changed since the edit began; carries what it holds now. */
export class ActionConflict extends AppError {
  readonly current: { version: number; fields: ActionFields }
  constructor(current: { version: number; fields: ActionFields }) {
    super('CONFLICT', {
      userMessage: 'Someone else saved changes to this action while you were editing it. Their values are shown below.',
    })
    this.current = current
  }
}

/**
 * Saves an edit made from `input.version`. The conditional update is the whole concurrency
 * control: of many edits from one version, exactly one matches and the rest are refused.
 */
export async function updateAction(user: SessionUser, id: string, input: ActionEditInput): Promise<void> {
  const action = await loadEditable(user, id)
  if (!action) throw new AppError('NOT_FOUND', { message: `action ${id} not found or not editable by user ${user.id}` })
  const db = await getDb()

  // Choices must belong to this action's area (a forged form cannot link another area's rows).
  const [priority, owner, organisation] = await Promise.all([
    input.priorityId ? db.priority.findFirst({ where: { id: input.priorityId, areaId: action.areaId }, select: { id: true } }) : null,
    input.ownerId
      ? db.user.findFirst({ where: { id: input.ownerId, areaScopes: { some: { areaId: action.areaId } } }, select: { id: true } })
      : null,
    input.leadOrganisationId ? db.organisation.findUnique({ where: { id: input.leadOrganisationId }, select: { id: true } }) : null,
  ])
  if ((input.priorityId && !priority) || (input.ownerId && !owner) || (input.leadOrganisationId && !organisation)) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Choose the priority, owner and lead organisation from the lists' })
  }

  const { version, ...data } = input
  const after = toFields(data)
  await db.$transaction(async (tx) => {
    const updated = await tx.action.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })
    if (updated.count !== 1) {
      const now = await tx.action.findUniqueOrThrow({ where: { id }, select: { ...fieldSelect, version: true } })
      const { version: currentVersion, ...fields } = now
      throw new ActionConflict({ version: currentVersion, fields: toFields(fields) })
    }
    const before = toFields(action)
    const changed = (Object.keys(after) as (keyof ActionFields)[]).filter((k) => before[k] !== after[k])
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: 'edited action',
      entityType: 'ACTION',
      entityId: id,
      areaId: action.areaId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    })
  })
  expirePublicArea(action.area.slug)
}
