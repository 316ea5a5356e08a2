/**
 * Draft → approval → publish. The delivery team submits the area's draft with a summary; the
 * chair (or an admin) approves it with a note — its edits are applied to the plan tables in the
 * same transaction and the version becomes the published one — or returns it with a reason.
 * Published versions keep what changed (before and after) and are never edited again: they
 * are the public change log.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { PlanVersionStatus } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import { can, viewerOf } from '@/lib/permissions'
import type { DecidePlanInput, SubmitPlanInput } from '@/lib/validation/plan-version'
import type { SessionUser } from './auth'
import { recordAudit } from './audit'
import { ACTION_PLAN_FIELDS, findOpenVersion, lockArea, readDraft, type ActionPlanFields, type PublishedChanges } from './plan-draft'
import { expirePublicArea } from './public-cache'

export type DraftSummary = {
  id: string
  number: number
  status: PlanVersionStatus
  changeCount: number
  changedActionIds: string[]
  changeSummary: string | null
  submittedBy: string | null
  submittedAt: string | null
  decisionNote: string | null
  decidedBy: string | null
  canSubmit: boolean
  canDecide: boolean
}

/** The area's open draft as the plan page shows it; null when there is none. */
export async function getDraftSummary(user: SessionUser, areaId: string): Promise<DraftSummary | null> {
  const viewer = viewerOf(user)
  if (!can(viewer, 'read:draft-plan', { areaId })) return null
  const db = await getDb()
  const open = await findOpenVersion(db, areaId)
  if (!open) return null
  const draft = readDraft(open.snapshot)
  const changedActionIds = Object.keys(draft.actions)
  return {
    id: open.id,
    number: open.number,
    status: open.status,
    changeCount: changedActionIds.length,
    changedActionIds,
    changeSummary: open.changeSummary,
    submittedBy: open.submittedBy?.name ?? null,
    submittedAt: open.submittedAt?.toISOString() ?? null,
    decisionNote: open.decisionNote,
    decidedBy: open.decidedBy?.name ?? null,
    canSubmit: open.status !== 'SUBMITTED' && changedActionIds.length > 0 && can(viewer, 'submit:plan', { areaId }),
    canDecide: open.status === 'SUBMITTED' && can(viewer, 'approve:plan', { areaId }),
  }
}

async function areaOf(slug: string) {
  const db = await getDb()
  return db.area.findUnique({ where: { slug }, select: { id: true, slug: true } })
}

/** Sends the draft to the chair. */
export async function submitPlan(user: SessionUser, slug: string, input: SubmitPlanInput, now = new Date()): Promise<void> {
  const area = await areaOf(slug)
  if (!area || !can(viewerOf(user), 'submit:plan', { areaId: area.id })) {
    throw new AppError('NOT_FOUND', { message: `area ${slug} not found or not submittable by ${user.id}` })
  }
  const db = await getDb()
  await db.$transaction(async (tx) => {
    await lockArea(tx, area.id)
    const open = await findOpenVersion(tx, area.id)
    if (!open || Object.keys(readDraft(open.snapshot).actions).length === 0) {
      throw new AppError('INVALID_STATE', { userMessage: 'There are no changes to submit' })
    }
    if (open.status === 'SUBMITTED') throw new AppError('INVALID_STATE', { userMessage: 'This plan has already been submitted' })
    await tx.planVersion.update({
      where: { id: open.id },
      data: {
        status: 'SUBMITTED',
        changeSummary: input.changeSummary,
        submittedById: user.id,
        submittedAt: now,
        decidedById: null,
        decidedAt: null,
        decisionNote: null,
        version: { increment: 1 },
      },
    })
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: 'submitted plan for approval',
      entityType: 'PLAN_VERSION',
      entityId: open.id,
      areaId: area.id,
      after: { number: open.number, changeSummary: input.changeSummary },
    })
  })
}

const dateFields = new Set<keyof ActionPlanFields>(['startsOn', 'dueOn'])

/** Approves (publishing it) or returns the submitted draft. */
export async function decidePlan(user: SessionUser, slug: string, input: DecidePlanInput, now = new Date()): Promise<void> {
  const area = await areaOf(slug)
  if (!area || !can(viewerOf(user), 'approve:plan', { areaId: area.id })) {
    throw new AppError('NOT_FOUND', { message: `area ${slug} not found or not approvable by ${user.id}` })
  }
  const db = await getDb()
  await db.$transaction(async (tx) => {
    await lockArea(tx, area.id)
    const open = await findOpenVersion(tx, area.id)
    if (!open || open.status !== 'SUBMITTED') {
      throw new AppError('INVALID_STATE', { userMessage: 'There is no plan waiting for a decision. It may have been decided already.' })
    }
    const actor = { id: user.id, label: user.email }
    if (input.decision === 'return') {
      await tx.planVersion.update({
        where: { id: open.id },
        data: { status: 'RETURNED', decidedById: user.id, decidedAt: now, decisionNote: input.note, version: { increment: 1 } },
      })
      await recordAudit(tx, {
        actor,
        action: 'returned plan',
        entityType: 'PLAN_VERSION',
        entityId: open.id,
        areaId: area.id,
        after: { number: open.number, reason: input.note },
      })
      return
    }

    // Apply each drafted action edit to the plan, keeping what it replaced for the change log.
    const draft = readDraft(open.snapshot)
    const published: PublishedChanges = { actions: {} }
    for (const [actionId, entry] of Object.entries(draft.actions)) {
      const live = await tx.action.findUnique({ where: { id: actionId } })
      if (!live) continue // deleted since it was drafted: nothing to apply
      const before: Partial<ActionPlanFields> = {}
      const after: Partial<ActionPlanFields> = {}
      const data: Record<string, unknown> = {}
      for (const k of ACTION_PLAN_FIELDS) {
        const was = dateFields.has(k) ? ((live[k] as Date | null)?.toISOString().slice(0, 10) ?? null) : live[k]
        const next = entry.fields[k]
        if (was === next) continue
        Object.assign(before, { [k]: was })
        Object.assign(after, { [k]: next })
        data[k] = dateFields.has(k) && next !== null ? new Date(`${next}T00:00:00Z`) : next
      }
      if (Object.keys(data).length === 0) continue
      await tx.action.update({ where: { id: actionId }, data: { ...data, version: { increment: 1 } } })
      published.actions[actionId] = { title: entry.fields.title, before, after }
    }
    await tx.planVersion.updateMany({ where: { areaId: area.id, status: 'PUBLISHED' }, data: { status: 'SUPERSEDED' } })
    await tx.planVersion.update({
      where: { id: open.id },
      data: {
        status: 'PUBLISHED',
        snapshot: published,
        decidedById: user.id,
        decidedAt: now,
        decisionNote: input.note,
        publishedAt: now,
        version: { increment: 1 },
      },
    })
    await recordAudit(tx, {
      actor,
      action: 'approved and published plan',
      entityType: 'PLAN_VERSION',
      entityId: open.id,
      areaId: area.id,
      after: { number: open.number, note: input.note, actionsChanged: Object.keys(published.actions).length },
    })
  })
  // Only now does anything reach the public pages.
  if (input.decision === 'approve') expirePublicArea(area.slug)
}

export type ChangeLogEntry = {
  number: number
  publishedAt: string | null
  summary: string | null
  note: string | null
  changes: { title: string; fields: { field: keyof ActionPlanFields; before: string | null; after: string | null }[] }[]
}

/** The public change log: every published version of the area's plan, newest first. */
export async function listPublishedVersions(slug: string): Promise<ChangeLogEntry[] | null> {
  const db = await getDb()
  const area = await db.area.findUnique({
    where: { slug },
    select: {
      planVersions: {
        where: { status: { in: ['PUBLISHED', 'SUPERSEDED'] } },
        orderBy: { number: 'desc' },
        select: { number: true, publishedAt: true, changeSummary: true, decisionNote: true, snapshot: true },
      },
    },
  })
  if (!area) return null
  // Ids become names; who owns an action is internal, so the log only says that it changed.
  const all = area.planVersions.flatMap((v) => Object.values(((v.snapshot as PublishedChanges | null)?.actions ?? {}) as PublishedChanges['actions']))
  const ids = (k: 'priorityId' | 'leadOrganisationId') =>
    [...new Set(all.flatMap((c) => [c.before[k], c.after[k]]).filter((x): x is string => typeof x === 'string'))]
  const [priorities, organisations] = await Promise.all([
    db.priority.findMany({ where: { id: { in: ids('priorityId') } }, select: { id: true, number: true, title: true } }),
    db.organisation.findMany({ where: { id: { in: ids('leadOrganisationId') } }, select: { id: true, name: true } }),
  ])
  const names = new Map<string, string>([
    ...priorities.map((p) => [p.id, `Priority ${p.number}: ${p.title}`] as const),
    ...organisations.map((o) => [o.id, o.name] as const),
  ])
  const shown = (field: keyof ActionPlanFields, value: unknown): string | null => {
    if (value === null || value === undefined) return null
    if (field === 'ownerId') return 'changed'
    const s = String(value)
    return field === 'priorityId' || field === 'leadOrganisationId' ? (names.get(s) ?? 'no longer exists') : s
  }
  return area.planVersions.map((v) => {
    const changes = ((v.snapshot as PublishedChanges | null)?.actions ?? {}) as PublishedChanges['actions']
    return {
      number: v.number,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      summary: v.changeSummary,
      note: v.decisionNote,
      changes: Object.values(changes).map((c) => ({
        title: c.title,
        fields: (Object.keys(c.after) as (keyof ActionPlanFields)[]).map((field) => ({
          field,
          before: field === 'ownerId' ? null : shown(field, c.before[field]),
          after: shown(field, c.after[field]),
        })),
      })),
    }
  })
}
