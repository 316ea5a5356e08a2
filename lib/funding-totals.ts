/**
 * Allocated, committed, spent, remaining and % spent — derived, never stored (issue 13). One
 * pure function over an area's (or the programme's) allocations and entries, so every page,
 * dashboard and export adds money up the same way. Safe in the browser.
 *
 * - Allocated is the sum of allocations' current amounts (the latest revision), of kind
 *   ALLOCATION only: a reported total restates several periods or streams, so adding it would
 *   count money twice. Null — not £0 — when there is no allocation to add up.
 * - Committed and spent are the sums of live (not withdrawn) entries of each kind.
 * - An action's allocation is what is earmarked for it; a priority's is what is earmarked for
 *   it or for its actions; a stream's and an area's are all of theirs.
 */

export type AllocationFigure = {
  id: string
  areaId: string
  streamId: string
  kind: 'ALLOCATION' | 'REPORTED_TOTAL'
  amountPence: bigint
  priorityId: string | null
  actionId: string | null
}

export type EntryFigure = {
  areaId: string
  allocationId: string
  actionId: string
  kind: 'COMMITMENT' | 'SPEND'
  amountPence: bigint
}

export type ActionRef = { id: string; priorityId: string | null }
export type PriorityRef = { id: string; lifeStageId: string | null }

export type Totals = {
  allocatedPence: bigint | null
  committedPence: bigint
  spentPence: bigint
  /** Allocated less spent; null when nothing is allocated. */
  remainingPence: bigint | null
  /** Spent as a whole percentage of allocated, rounded down; null when nothing is allocated. */
  percentSpent: number | null
}

export type FundingTotals = {
  total: Totals
  byArea: Map<string, Totals>
  byStream: Map<string, Totals>
  byAllocation: Map<string, Totals>
  byPriority: Map<string, Totals>
  byLifeStage: Map<string, Totals>
  byAction: Map<string, Totals>
}

type Sums = { allocated: bigint | null; committed: bigint; spent: bigint }

const empty = (): Sums => ({ allocated: null, committed: 0n, spent: 0n })

function finish(s: Sums): Totals {
  const allocated = s.allocated
  return {
    allocatedPence: allocated,
    committedPence: s.committed,
    spentPence: s.spent,
    remainingPence: allocated === null ? null : allocated - s.spent,
    percentSpent: allocated === null || allocated <= 0n ? null : Number((s.spent * 100n) / allocated),
  }
}

function bucket(map: Map<string, Sums>, key: string | null | undefined): Sums | null {
  if (!key) return null
  let s = map.get(key)
  if (!s) map.set(key, (s = empty()))
  return s
}

const addAllocated = (s: Sums | null, pence: bigint) => {
  if (s) s.allocated = (s.allocated ?? 0n) + pence
}
const addEntry = (s: Sums | null, e: EntryFigure) => {
  if (!s) return
  if (e.kind === 'SPEND') s.spent += e.amountPence
  else s.committed += e.amountPence
}

export function fundingTotals(
  allocations: readonly AllocationFigure[],
  entries: readonly EntryFigure[],
  actions: readonly ActionRef[] = [],
  priorities: readonly PriorityRef[] = [],
): FundingTotals {
  const priorityOfAction = new Map(actions.map((a) => [a.id, a.priorityId]))
  const stageOfPriority = new Map(priorities.map((p) => [p.id, p.lifeStageId]))
  const streamOfAllocation = new Map(allocations.map((a) => [a.id, a.streamId]))
  const maps = {
    area: new Map<string, Sums>(),
    stream: new Map<string, Sums>(),
    allocation: new Map<string, Sums>(),
    priority: new Map<string, Sums>(),
    lifeStage: new Map<string, Sums>(),
    action: new Map<string, Sums>(),
  }
  const total = empty()
  for (const a of allocations) {
    if (a.kind !== 'ALLOCATION') continue
    const priorityId = a.priorityId ?? (a.actionId ? priorityOfAction.get(a.actionId) : null)
    for (const s of [
      total,
      bucket(maps.area, a.areaId),
      bucket(maps.stream, a.streamId),
      bucket(maps.allocation, a.id),
      bucket(maps.priority, priorityId),
      bucket(maps.lifeStage, priorityId ? stageOfPriority.get(priorityId) : null),
      bucket(maps.action, a.actionId),
    ])
      addAllocated(s, a.amountPence)
  }
  for (const e of entries) {
    const priorityId = priorityOfAction.get(e.actionId)
    for (const s of [
      total,
      bucket(maps.area, e.areaId),
      bucket(maps.stream, streamOfAllocation.get(e.allocationId)),
      bucket(maps.allocation, e.allocationId),
      bucket(maps.priority, priorityId),
      bucket(maps.lifeStage, priorityId ? stageOfPriority.get(priorityId) : null),
      bucket(maps.action, e.actionId),
    ])
      addEntry(s, e)
  }
  const done = (m: Map<string, Sums>) => new Map([...m].map(([k, s]) => [k, finish(s)]))
  return {
    total: finish(total),
    byArea: done(maps.area),
    byStream: done(maps.stream),
    byAllocation: done(maps.allocation),
    byPriority: done(maps.priority),
    byLifeStage: done(maps.lifeStage),
    byAction: done(maps.action),
  }
}

/** Totals for a key that had no money at all: nothing allocated, nothing committed or spent. */
export const NO_MONEY: Totals = finish(empty())

/** Several totals added together (allocated stays null only if every one is null). */
export function sumTotals(list: readonly Totals[]): Totals {
  const s = empty()
  for (const t of list) {
    if (t.allocatedPence !== null) s.allocated = (s.allocated ?? 0n) + t.allocatedPence
    s.committed += t.committedPence
    s.spent += t.spentPence
  }
  return finish(s)
}

/**
 * What a finance officer would want checked before an entry is saved (issue 13), as sentences.
 * The caller passes the totals as they would be with the new entry included.
 */
export function fundingWarnings(input: {
  kind: 'COMMITMENT' | 'SPEND'
  action: Totals
  allocation: Totals
  occurredOn: Date
  allocationPeriod: { startsOn: Date | null; endsOn: Date | null; name: string }
  formatPence: (p: bigint) => string
}): string[] {
  const { action, allocation, formatPence: money } = input
  const warnings: string[] = []
  if (input.kind === 'SPEND' && action.spentPence > action.committedPence)
    warnings.push(
      `Spend on this action would be ${money(action.spentPence)}, more than the ${money(action.committedPence)} committed to it.`,
    )
  // Each warning is about what this entry adds: a commitment can take commitments past the
  // allocation, a payment spend past its commitment or the allocation.
  if (input.kind === 'COMMITMENT' && allocation.allocatedPence !== null && allocation.committedPence > allocation.allocatedPence)
    warnings.push(
      `Commitments paid from this allocation would be ${money(allocation.committedPence)}, more than its ${money(allocation.allocatedPence)}.`,
    )
  if (input.kind === 'SPEND' && allocation.allocatedPence !== null && allocation.spentPence > allocation.allocatedPence)
    warnings.push(
      `Spend paid from this allocation would be ${money(allocation.spentPence)}, more than its ${money(allocation.allocatedPence)}.`,
    )
  const { startsOn, endsOn, name } = input.allocationPeriod
  if ((startsOn && input.occurredOn < startsOn) || (endsOn && input.occurredOn > endsOn))
    warnings.push(`The date is outside the allocation’s period (${name}).`)
  return warnings
}
