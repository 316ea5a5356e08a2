/**
 * The working funding page of an area, for its board and delivery team (`read:draft-plan`):
 * the picture with everything recorded (published or not), the registers of allocations and
 * entries with what is withdrawn, what the next funding return would publish, and the choices
 * the forms offer. Null when the user may not read the area.
 */
import 'server-only'
import { allowed, areaFor } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { fundingPicture } from './picture'
import { pendingChanges } from './returns'

/** The register shows the newest entries; each entry's own page is found by id whatever its age. */
export const ENTRY_LIMIT = 500

const iso = (d: Date | null) => d?.toISOString() ?? null
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null

export async function getWorkingFunding(user: SessionUser, slug: string) {
  const area = await areaFor(user, slug, 'read:draft-plan')
  if (!area) return null
  const db = await getDb()
  const [picture, allocations, entries, entryCount, pending, lastReturn, streams, actions, priorities] = await Promise.all([
    fundingPicture('working', area.id),
    db.allocation.findMany({
      where: { areaId: area.id },
      orderBy: [{ withdrawnAt: { sort: 'asc', nulls: 'first' } }, { stream: { name: 'asc' } }, { period: 'asc' }],
      select: {
        id: true,
        label: true,
        period: true,
        kind: true,
        amountPence: true,
        status: true,
        version: true,
        publishedAt: true,
        withdrawnAt: true,
        withdrawnReason: true,
        withdrawalPublishedAt: true,
        stream: { select: { name: true } },
        revisions: {
          orderBy: { createdAt: 'desc' },
          select: { id: true, amountPence: true, status: true, reason: true, createdAt: true, publishedAt: true },
        },
      },
    }),
    db.fundingEntry.findMany({
      where: { areaId: area.id },
      orderBy: [{ occurredOn: 'desc' }, { createdAt: 'desc' }],
      take: ENTRY_LIMIT,
      select: {
        id: true,
        kind: true,
        amountPence: true,
        occurredOn: true,
        organisation: true,
        description: true,
        evidenceUrl: true,
        isDemo: true,
        version: true,
        publishedAt: true,
        withdrawnAt: true,
        withdrawnReason: true,
        withdrawalPublishedAt: true,
        correctsId: true,
        actionId: true,
        allocationId: true,
        action: { select: { title: true } },
        allocation: { select: { label: true, period: true } },
      },
    }),
    db.fundingEntry.count({ where: { areaId: area.id } }),
    pendingChanges(db, area.id),
    db.fundingReturn.findFirst({
      where: { areaId: area.id },
      orderBy: { signedOffAt: 'desc' },
      select: { asAt: true, signedOffAt: true, isDemo: true, signedOffBy: { select: { name: true, email: true } } },
    }),
    db.fundingStream.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.action.findMany({ where: { areaId: area.id }, orderBy: { title: 'asc' }, select: { id: true, title: true } }),
    db.priority.findMany({
      where: { areaId: area.id },
      orderBy: { number: 'asc' },
      select: { id: true, number: true, title: true },
    }),
  ])
  return {
    area,
    canEdit: allowed(user, 'edit:funding', { areaId: area.id }),
    canSignOff: allowed(user, 'sign-off:funding', { areaId: area.id }),
    picture,
    allocations: allocations.map((a) => ({
      id: a.id,
      stream: a.stream.name,
      label: a.label,
      period: a.period,
      kind: a.kind,
      originalPence: a.amountPence.toString(),
      currentPence: (a.revisions[0]?.amountPence ?? a.amountPence).toString(),
      status: a.revisions[0]?.status ?? a.status,
      version: a.version,
      published: a.publishedAt !== null,
      withdrawn: a.withdrawnAt
        ? { at: iso(a.withdrawnAt) as string, reason: a.withdrawnReason ?? '', published: a.withdrawalPublishedAt !== null }
        : null,
      revisions: a.revisions.map((r) => ({
        id: r.id,
        amountPence: r.amountPence.toString(),
        status: r.status,
        reason: r.reason,
        at: iso(r.createdAt) as string,
        published: r.publishedAt !== null,
      })),
    })),
    entries: entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      amountPence: e.amountPence.toString(),
      occurredOn: day(e.occurredOn) as string,
      organisation: e.organisation,
      description: e.description,
      evidenceUrl: e.evidenceUrl,
      isDemo: e.isDemo,
      version: e.version,
      published: e.publishedAt !== null,
      withdrawn: e.withdrawnAt
        ? { at: iso(e.withdrawnAt) as string, reason: e.withdrawnReason ?? '', published: e.withdrawalPublishedAt !== null }
        : null,
      corrects: e.correctsId,
      actionId: e.actionId,
      action: e.action.title,
      allocationId: e.allocationId,
      allocation: `${e.allocation.label} (${e.allocation.period})`,
    })),
    entryCount,
    pending,
    lastReturn: lastReturn && {
      asAt: day(lastReturn.asAt) as string,
      signedOffAt: iso(lastReturn.signedOffAt) as string,
      // The demo data's return was signed off by nobody; a real one's signer may have left.
      by: lastReturn.signedOffBy?.name ?? lastReturn.signedOffBy?.email ?? (lastReturn.isDemo ? null : 'a former user'),
    },
    options: {
      streams: streams.map((s) => ({ value: s.id, label: s.name })),
      actions: actions.map((a) => ({ value: a.id, label: a.title })),
      allocations: allocations
        .filter((a) => a.kind === 'ALLOCATION' && !a.withdrawnAt)
        .map((a) => ({ value: a.id, label: `${a.stream.name}: ${a.label} (${a.period})` })),
      earmarks: [
        ...priorities.map((p) => ({ value: `priority:${p.id}`, label: `Priority ${p.number}: ${p.title}` })),
        ...actions.map((a) => ({ value: `action:${a.id}`, label: `Action: ${a.title}` })),
      ],
    },
  }
}
export type WorkingFunding = NonNullable<Awaited<ReturnType<typeof getWorkingFunding>>>

/** One commitment or payment for its correction page, if the user may edit the area's funding; null otherwise. */
export async function getFundingEntry(user: SessionUser, id: string) {
  const db = await getDb()
  const e = await db.fundingEntry.findUnique({
    where: { id },
    select: {
      id: true,
      areaId: true,
      kind: true,
      amountPence: true,
      occurredOn: true,
      organisation: true,
      description: true,
      evidenceUrl: true,
      actionId: true,
      allocationId: true,
      version: true,
      withdrawnAt: true,
      action: { select: { title: true } },
    },
  })
  if (!e || !allowed(user, 'edit:funding', { areaId: e.areaId })) return null
  return {
    ...e,
    amountPence: e.amountPence.toString(),
    occurredOn: day(e.occurredOn) as string,
    action: e.action.title,
    withdrawn: e.withdrawnAt !== null,
  }
}
