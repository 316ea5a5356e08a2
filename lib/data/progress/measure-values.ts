/**
 * Recording success measure values and overriding a measure's status by hand (delivery teams
 * of the area, and admins). The status shown everywhere is computed from the values
 * (lib/measure-status.ts) unless overridden, and an override always carries its reason.
 */
import 'server-only'
import { allowed } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { MeasureUnit } from '@/lib/generated/prisma/enums'
import { AppError, StaleWrite } from '@/lib/errors'
import { periodEnd, valueRangeProblem } from '@/lib/measure-status'
import type { MeasureOverrideInput, MeasureValueInput } from '@/lib/validation/measure-value'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { measureStatus, measureStatusSelect } from '@/lib/data/public/measure-status'
import { expirePublicArea } from '@/lib/data/public/cache'

const measureSelect = {
  ...measureStatusSelect,
  id: true,
  areaId: true,
  version: true,
  area: { select: { slug: true, name: true } },
  priority: { select: { number: true, title: true } },
  definition: { select: { name: true, unit: true, polarity: true, dataSource: true, frequency: true, isCore: true } },
  // The measure's own page has the whole series. Each value's version: a correction is
  // saved against the one the page showed.
  values: { orderBy: measureStatusSelect.values.orderBy, select: { ...measureStatusSelect.values.select, version: true } },
} as const

/** The measure if the user has `permission` in its area; null otherwise. */
async function loadMeasure(user: SessionUser, id: string, permission: 'edit:plan' | 'read:draft-plan') {
  const db = await getDb()
  const m = await db.successMeasure.findUnique({ where: { id }, select: measureSelect })
  return m && allowed(user, permission, { areaId: m.areaId }) ? m : null
}

export type MeasureDetail = NonNullable<Awaited<ReturnType<typeof getMeasure>>>

/**
 * The measure, its values and computed status, for anyone who may read the area's working plan
 * (board members read it; `canEdit` says whether they may record values); null otherwise.
 */
export async function getMeasure(user: SessionUser, id: string) {
  const m = await loadMeasure(user, id, 'read:draft-plan')
  if (!m) return null
  return {
    id: m.id,
    version: m.version,
    area: m.area,
    priority: m.priority,
    definition: m.definition,
    baseline: m.baselineValue === null ? null : { value: m.baselineValue, period: m.baselinePeriod },
    target: m.targetValue === null ? null : { value: m.targetValue, period: m.targetPeriod },
    trajectory: m.trajectory,
    canEdit: allowed(user, 'edit:plan', { areaId: m.areaId }),
    ...measureStatus(m),
  }
}

const notFound = (user: SessionUser, id: string) =>
  new AppError('NOT_FOUND', { message: `measure ${id} not found or not editable by user ${user.id}` })

function checkRange(unit: MeasureUnit, value: number) {
  const problem = valueRangeProblem(unit, value)
  if (problem) throw new AppError('INVALID_INPUT', { userMessage: problem })
}

/** Saved against the value the user saw: none for a new period, else the version they corrected. */
function refuseIfStale(
  existing: { version: number; value: number; isProvisional: boolean; localInsight: string | null } | null,
  input: MeasureValueInput,
) {
  if ((existing?.version ?? null) === input.version) return
  throw new StaleWrite(
    existing
      ? `A value is already recorded for ${input.period}. It is shown below: check it, change what you need and save again.`
      : 'This value has changed since you opened the page. Reload the page and try again.',
    existing ? String(existing.version) : '',
    {
      newer: existing
        ? { value: existing.value, isProvisional: existing.isProvisional, localInsight: existing.localInsight }
        : undefined,
    },
  )
}

/** Records the value for a period, or corrects the one already recorded for it. */
export async function recordMeasureValue(
  user: SessionUser,
  id: string,
  input: MeasureValueInput,
): Promise<'added' | 'corrected'> {
  const m = await loadMeasure(user, id, 'edit:plan')
  if (!m) throw notFound(user, id)
  checkRange(m.definition.unit, input.value)
  const end = periodEnd(input.period) as Date
  const db = await getDb()
  const outcome = await db
    .$transaction(async (tx) => {
      const existing = await tx.measureValue.findUnique({
        where: { successMeasureId_period: { successMeasureId: id, period: input.period } },
        select: { id: true, value: true, isProvisional: true, localInsight: true, version: true },
      })
      refuseIfStale(existing, input)
      const data = {
        value: input.value,
        isProvisional: input.isProvisional,
        localInsight: input.localInsight,
        recordedById: user.id,
      }
      if (existing) {
        // Where the version still matches: of two corrections made from one page, one lands.
        const updated = await tx.measureValue.updateMany({
          where: { id: existing.id, version: existing.version },
          data: { ...data, isDemo: false, version: { increment: 1 } },
        })
        if (updated.count !== 1)
          throw new StaleWrite('This value has changed since you opened the page. Reload the page and try again.', '')
      }
      const row =
        existing ??
        (await tx.measureValue.create({
          data: { ...data, successMeasureId: id, period: input.period, periodEnd: end },
          select: { id: true },
        }))
      await recordAudit(tx, {
        actor: { id: user.id, label: user.email },
        action: existing ? 'corrected measure value' : 'recorded measure value',
        entityType: 'MEASURE_VALUE',
        entityId: row.id,
        areaId: m.areaId,
        before: existing
          ? {
              period: input.period,
              value: existing.value,
              isProvisional: existing.isProvisional,
              localInsight: existing.localInsight,
            }
          : undefined,
        after: {
          measure: m.definition.name,
          period: input.period,
          value: input.value,
          isProvisional: input.isProvisional,
          localInsight: input.localInsight,
        },
      })
      return existing ? ('corrected' as const) : ('added' as const)
    })
    .catch((error: unknown) => {
      // Two first values for one period at once: the second is refused like any stale save.
      if ((error as { code?: string }).code === 'P2002') {
        throw new StaleWrite(`A value was recorded for ${input.period} while you were working. Reload the page to see it.`, '')
      }
      throw error
    })
  expirePublicArea(m.area.slug)
  return outcome
}

/** Sets (with a reason) or clears the hand-set status, refusing a stale version. */
export async function setMeasureOverride(user: SessionUser, id: string, input: MeasureOverrideInput): Promise<void> {
  const m = await loadMeasure(user, id, 'edit:plan')
  if (!m) throw notFound(user, id)
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const updated = await tx.successMeasure.updateMany({
      where: { id, version: input.version },
      data: { statusOverride: input.status, statusOverrideReason: input.status ? input.reason : null, version: { increment: 1 } },
    })
    if (updated.count !== 1) {
      const now = await tx.successMeasure.findUniqueOrThrow({
        where: { id },
        select: { version: true, statusOverride: true, statusOverrideReason: true },
      })
      throw new StaleWrite(
        'Someone else changed this measure’s status while you were working. Their choice is shown below.',
        String(now.version),
        {
          newer: { status: now.statusOverride ?? '', reason: now.statusOverrideReason ?? '' },
        },
      )
    }
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: input.status ? 'overrode measure status' : 'cleared measure status override',
      entityType: 'SUCCESS_MEASURE',
      entityId: id,
      areaId: m.areaId,
      before: { statusOverride: m.statusOverride, reason: m.statusOverrideReason },
      after: { statusOverride: input.status, reason: input.status ? input.reason : null },
    })
  })
  expirePublicArea(m.area.slug)
}
