/**
 * Board papers, one or more per agenda item, uploaded by the delivery team (`manage:board`).
 * Kept in the database (ADR 013): every instance and the embedded PGlite see the same files,
 * backups take them with the rest, and nothing is served from a public folder. Each is public
 * or for the board only; a board-only paper — or any paper of a board-only item or a private
 * meeting — is only ever read through `getBoardPaper` (signed in, `read:board`). The public
 * read, `getPublicPaper` (lib/data/public/board.ts), selects only papers that are public on a public item of a public
 * meeting, so no other code path can hand one to a visitor. The delivery team may change a
 * paper's title or who may read it, or withdraw it (a wrong file, a name that should not be
 * there): a withdrawn paper is served to nobody and listed only for the board, with the reason.
 */
import 'server-only'
import { createHash } from 'node:crypto'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { allowed } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import { checkPaper } from '@/lib/paper-files'
import { measurePaper } from '@/lib/paper-length'
import { formatLondon } from '@/lib/london-time'
import { expirePublicArea } from '@/lib/data/public/cache'
import { StaleWrite } from '@/lib/errors'
import type { PaperChangeInput, PaperInput, PaperWithdrawalInput } from '@/lib/validation/board'
import { authorizeBoardRow, boardAreaSelect, invalid, notNow } from './board-ref'
import { areaUserIds, notify } from '@/lib/data/notifications/notify'

export async function uploadPaper(user: SessionUser, itemId: string, input: PaperInput): Promise<{ id: string }> {
  const db = await getDb()
  const item = authorizeBoardRow(
    user,
    await db.agendaItem.findUnique({
      where: { id: itemId },
      select: {
        id: true,
        title: true,
        status: true,
        isPrivate: true,
        meeting: { select: { id: true, isPublic: true, startsAt: true } },
        ...boardAreaSelect,
      },
    }),
    'manage:board',
    `agenda item ${itemId}`,
  )
  if (item.status !== 'SCHEDULED' && item.status !== 'DISCUSSED') throw notNow('Papers go with items on a meeting’s agenda.')
  const bytes = new Uint8Array(await input.file.arrayBuffer())
  const check = await checkPaper(bytes, input.file.name)
  if (!check.ok) {
    // A disguised or oversized file is a security event: recorded even though nothing is saved.
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: actorOf(user),
        action: 'paper refused',
        entityType: 'AGENDA_ITEM',
        entityId: itemId,
        areaId: item.board.area.id,
        after: { fileName: input.file.name.slice(0, 120), size: bytes.byteLength, reason: check.message },
      }),
    )
    throw invalid(check.message)
  }
  const isPublic = input.visibility === 'PUBLIC'
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const length = await measurePaper(bytes, check.contentType)
  const row = await db.$transaction(async (tx) => {
    const paper = await tx.agendaPaper.create({
      data: {
        agendaItemId: itemId,
        title: input.title as string,
        fileName: check.fileName,
        contentType: check.contentType,
        sizeBytes: bytes.byteLength,
        sha256,
        content: bytes,
        isPublic,
        uploadedById: user.id,
        pages: length.pages,
        words: length.words,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'uploaded paper',
      entityType: 'AGENDA_PAPER',
      entityId: paper.id,
      areaId: item.board.area.id,
      after: { title: input.title, fileName: check.fileName, kind: check.kind, size: bytes.byteLength, sha256, isPublic },
    })
    const area = item.board.area
    await notify(tx, {
      kind: 'PAPERS_PUBLISHED',
      areaId: area.id,
      userIds: await areaUserIds(tx, area.id, ['DELIVERY_TEAM', 'CHAIR', 'PARTNER']),
      actorId: user.id,
      title: `${area.name}: paper “${String(input.title)}” added${item.meeting ? ` for the meeting on ${formatLondon(item.meeting.startsAt)}` : ''}`,
      body: `For the agenda item “${item.title}”.`,
      link: item.meeting ? `/boards/${area.slug}/meetings/${item.meeting.id}` : `/boards/${area.slug}/items/${item.id}`,
    })
    return paper
  })
  if (isPublic && !item.isPrivate && item.meeting?.isPublic) expirePublicArea(item.board.area.slug)
  return row
}

export type PaperFile = { fileName: string; contentType: string; content: Uint8Array; sha256: string }

/** A paper for a signed-in member of its board; null otherwise. */
export async function getBoardPaper(user: SessionUser, paperId: string): Promise<PaperFile | null> {
  const db = await getDb()
  const p = await db.agendaPaper.findUnique({
    where: { id: paperId },
    select: {
      fileName: true,
      contentType: true,
      content: true,
      sha256: true,
      withdrawnAt: true,
      agendaItem: { select: boardAreaSelect },
    },
  })
  if (!p || p.withdrawnAt || !allowed(user, 'read:board', { areaId: p.agendaItem.board.area.id })) return null
  return { fileName: p.fileName, contentType: p.contentType, content: p.content, sha256: p.sha256 }
}

const paperSelect = {
  id: true,
  title: true,
  isPublic: true,
  version: true,
  withdrawnAt: true,
  agendaItem: { select: { id: true, isPrivate: true, meeting: { select: { isPublic: true } }, ...boardAreaSelect } },
} as const

async function loadPaper(user: SessionUser, paperId: string) {
  const db = await getDb()
  const p = authorizeBoardRow(
    user,
    await db.agendaPaper
      .findUnique({ where: { id: paperId }, select: paperSelect })
      .then((r) => r && { ...r, board: r.agendaItem.board }),
    'manage:board',
    `paper ${paperId}`,
  )
  if (p.withdrawnAt) throw notNow('This paper has been withdrawn.')
  return p
}

/** Could a visitor have read it: a public paper of a public item of a public meeting. */
const wasPublic = (p: { isPublic: boolean; agendaItem: { isPrivate: boolean; meeting: { isPublic: boolean } | null } }) =>
  p.isPublic && !p.agendaItem.isPrivate && Boolean(p.agendaItem.meeting?.isPublic)

const stalePaper = (version: number) =>
  new StaleWrite('Someone else changed this paper while you were working. Check it, then try again.', String(version))

export async function changePaper(user: SessionUser, paperId: string, input: PaperChangeInput): Promise<void> {
  const p = await loadPaper(user, paperId)
  const isPublic = input.visibility === 'PUBLIC'
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const bumped = await tx.agendaPaper.updateMany({
      where: { id: paperId, version: input.version, withdrawnAt: null },
      data: { title: input.title as string, isPublic, version: { increment: 1 } },
    })
    if (bumped.count !== 1) throw stalePaper(p.version)
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'changed paper',
      entityType: 'AGENDA_PAPER',
      entityId: paperId,
      areaId: p.board.area.id,
      before: { title: p.title, isPublic: p.isPublic },
      after: { title: input.title, isPublic },
    })
  })
  if (wasPublic(p) || wasPublic({ ...p, isPublic })) expirePublicArea(p.board.area.slug)
}

export async function withdrawPaper(user: SessionUser, paperId: string, input: PaperWithdrawalInput): Promise<void> {
  const p = await loadPaper(user, paperId)
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const bumped = await tx.agendaPaper.updateMany({
      where: { id: paperId, version: input.version, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnReason: input.whyWithdrawn, withdrawnById: user.id, version: { increment: 1 } },
    })
    if (bumped.count !== 1) throw stalePaper(p.version)
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'withdrew paper',
      entityType: 'AGENDA_PAPER',
      entityId: paperId,
      areaId: p.board.area.id,
      after: { title: p.title, reason: input.whyWithdrawn, wasPublic: wasPublic(p) },
    })
  })
  if (wasPublic(p)) expirePublicArea(p.board.area.slug)
}

/** The paper's page for the delivery team: what can be changed, or null when they may not. */
export async function getPaperForChange(user: SessionUser, paperId: string) {
  const db = await getDb()
  const p = await db.agendaPaper.findUnique({
    where: { id: paperId },
    select: { ...paperSelect, fileName: true, withdrawnReason: true },
  })
  if (!p || !allowed(user, 'manage:board', { areaId: p.agendaItem.board.area.id })) return null
  return p
}
