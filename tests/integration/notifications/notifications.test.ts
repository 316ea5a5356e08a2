/**
 * Notifications: written in the transaction of the change they report, with an e-mail row and
 * a send job for those who want it at once; the inbox, preferences and digests; sending through
 * a real SMTP server by the pg-boss worker, once per message.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { getActionForm } from '@/lib/data/plan/actions'
import { buildDigests } from '@/lib/data/notifications/digests'
import { listInbox, markAllRead, openNotification, unreadCount } from '@/lib/data/notifications/inbox'
import { notify } from '@/lib/data/notifications/notify'
import { sendOutboundEmail } from '@/lib/data/notifications/outbox'
import { getMailChoices, saveMailChoices } from '@/lib/data/notifications/preferences'
import { respondToProposal } from '@/lib/data/proposals/answer'
import { createProposal } from '@/lib/data/proposals/propose'
import { startWorker } from '@/lib/jobs/worker'
import { deliverBySmtp } from '@/lib/mail'
import { buildActionEdit, createAction } from '@/tests/factories'
import { db } from '../../setup/test-db'
import { session, setUp } from '../data/proposal-setup'

const received: { messageId: string; to: string[]; body: string }[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, s, callback) {
    let body = ''
    stream.on('data', (chunk: Buffer) => (body += chunk.toString()))
    stream.on('end', () => {
      received.push({
        messageId: /^Message-ID: (.*)$/im.exec(body)?.[1]?.trim() ?? '',
        to: s.envelope.rcptTo.map((r) => r.address),
        body,
      })
      callback()
    })
  },
})
let smtpUrl = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))

const bySmtp = async (mail: Parameters<typeof deliverBySmtp>[0]) => {
  await deliverBySmtp(mail, smtpUrl, 'Portal <portal@example.org>')
  return 'smtp' as const
}

async function propose(partner: SessionUser, actionId: string, title: string) {
  const form = await getActionForm(partner, actionId, 'propose')
  const f = form!.fields
  const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null)
  const fields = buildActionEdit({ ...f, token: form!.token, startsOn: date(f.startsOn), dueOn: date(f.dueOn), title })
  return createProposal(partner, 'actions', actionId, { why: 'Two schools were left out', fields })
}

const jobsFor = async (emailIds: string[]) =>
  db().sql.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = 'mail-send' AND data->>'emailId' = ANY($1)`, [
    emailIds,
  ])

describe('notifications of a proposal', () => {
  it('tells the area’s delivery team and chair in the proposal’s transaction, with an e-mail and a job each; never the proposer or another area', async () => {
    const { area, action, partner, delivery, chair } = await setUp()
    const elsewhere = await setUp()
    const id = await propose(partner, action.id, 'Reading volunteers in every primary school')

    const rows = await db().prisma.notification.findMany({ where: { kind: 'PROPOSAL_RECEIVED' }, orderBy: { userId: 'asc' } })
    expect(rows.map((r) => r.userId).sort()).toEqual([delivery.id, chair.id].sort())
    expect(rows.every((r) => r.areaId === area.id && r.link === `/proposals/${id}` && r.mailedAt !== null)).toBe(true)
    expect(await unreadCount(elsewhere.delivery)).toBe(0)
    expect(await unreadCount(partner)).toBe(0)

    const mails = await db().prisma.outboundEmail.findMany({ where: { to: { in: [delivery.email, chair.email] } } })
    expect(mails).toHaveLength(2)
    // The e-mail's link opens the recipient's own notification (marking it read).
    const chairs = rows.find((r) => r.userId === chair.id)!
    expect(mails.find((m) => m.to === chair.email)?.text).toContain(`/notifications/${chairs.id}`)
    expect(await jobsFor(mails.map((m) => m.id))).toHaveLength(2)

    // The answer goes back to the proposer.
    await respondToProposal(delivery, id, { version: 1, decision: 'decline', response: 'Agreed wording in March' })
    const inbox = await listInbox(partner)
    expect(inbox.items).toMatchObject([
      { kind: 'PROPOSAL_ANSWERED', read: false, body: `${delivery.name}: Agreed wording in March` },
    ])
  })

  it('writes nothing, not even a job, when the change it reports does not commit', async () => {
    const { area, delivery, chair } = await setUp()
    const before = (await db().sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail-send'`))[0]!
      .n
    await expect(
      db().prisma.$transaction(async (tx) => {
        await notify(tx, {
          kind: 'VOTE_OPENED',
          areaId: area.id,
          userIds: [delivery.id, chair.id],
          title: 'A vote',
          link: '/dashboard',
        })
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    expect(await db().prisma.notification.count()).toBe(0)
    expect(await db().prisma.outboundEmail.count()).toBe(0)
    const after = (await db().sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail-send'`))[0]!
      .n
    expect(after).toBe(before)
  })
})

describe('the inbox', () => {
  it('opens only the owner’s notifications, marking them read; marks all read', async () => {
    const { action, partner, delivery, chair } = await setUp()
    await propose(partner, action.id, 'One')
    await propose(partner, action.id, 'Two')
    const inbox = await listInbox(delivery)
    expect(inbox).toMatchObject({ total: 2, unread: 2 })
    const first = inbox.items[0]!
    expect(await openNotification(chair, first.id)).toBeNull() // someone else's: not found
    expect(await openNotification(delivery, first.id)).toMatch(/^\/proposals\//)
    expect(await unreadCount(delivery)).toBe(1)
    expect((await listInbox(delivery, { unreadOnly: true })).items).toHaveLength(1)
    expect(await markAllRead(delivery)).toBe(1)
    expect(await unreadCount(delivery)).toBe(0)
    expect(await unreadCount(chair)).toBe(2)
    // Moved off the area: its notifications are no longer theirs to read.
    const moved = { ...chair, areas: [] }
    expect(await unreadCount(moved)).toBe(0)
    expect(await listInbox(moved)).toMatchObject({ total: 0 })
    expect(await openNotification(moved, (await listInbox(chair)).items[0]!.id)).toBeNull()
  })
})

describe('e-mail choices and digests', () => {
  it('a daily choice holds the e-mail for one digest a day, of unread items only, never empty, never twice', async () => {
    const { action, partner, delivery, chair } = await setUp()
    const choices = await getMailChoices(delivery)
    expect(choices.PROPOSAL_RECEIVED).toBe('IMMEDIATE')
    expect(await saveMailChoices(delivery, { ...choices, PROPOSAL_RECEIVED: 'DAILY' })).toBe(1)
    expect(await db().prisma.auditEvent.count({ where: { action: 'changed e-mail preferences', entityId: delivery.id } })).toBe(1)

    const one = await propose(partner, action.id, 'One')
    const two = await propose(partner, action.id, 'Two')
    const three = await propose(partner, action.id, 'Three')
    // The chair still gets each at once; the delivery team nothing yet.
    expect(await db().prisma.outboundEmail.count({ where: { to: chair.email } })).toBe(3)
    expect(await db().prisma.outboundEmail.count({ where: { to: delivery.email } })).toBe(0)
    // One is read in the portal before the digest goes.
    const read = await db().prisma.notification.findFirstOrThrow({ where: { userId: delivery.id, link: `/proposals/${two}` } })
    await openNotification(delivery, read.id)

    // An action of theirs falls due this week: the digest opens with what needs them.
    const due = new Date(Date.now() + 3 * 86_400_000)
    await createAction(db().prisma, action.areaId, {
      title: 'Holiday club',
      ownerId: delivery.id,
      dueOn: new Date(`${due.toISOString().slice(0, 10)}T00:00:00Z`),
    })
    const morning = new Date(Date.now() + 60_000)
    expect(await buildDigests('DAILY', morning)).toBe(1)
    const [digest] = await db().prisma.outboundEmail.findMany({ where: { to: delivery.email } })
    expect(digest?.text).toMatch(/What needs you in the next fortnight[\s\S]*- Post an update: Holiday club[\s\S]*2 things/)
    expect(digest?.dedupeKey).toMatch(/^digest:daily:/)
    expect(digest?.text).toContain('2 things')
    const mine = async (proposal: string) =>
      (await db().prisma.notification.findFirstOrThrow({ where: { userId: delivery.id, link: `/proposals/${proposal}` } })).id
    expect(digest?.text).toContain(`/notifications/${await mine(one)}`)
    expect(digest?.text).toContain(`/notifications/${await mine(three)}`)
    expect(digest?.text).not.toContain(`/notifications/${read.id}`)
    // A second run for the same day (a retry, another worker) writes no second digest, and a
    // run with nothing new writes none at all.
    expect(await buildDigests('DAILY', morning)).toBe(0)
    expect(await buildDigests('DAILY', new Date(morning.getTime() + 86_400_000))).toBe(0)
    expect(await db().prisma.outboundEmail.count({ where: { to: delivery.email } })).toBe(1)
    // The weekly digest has nothing of a kind chosen daily.
    expect(await buildDigests('WEEKLY', morning)).toBe(0)
  })

  it('two digest builds at once write one digest', async () => {
    const { action, partner, delivery } = await setUp()
    await saveMailChoices(delivery, { ...(await getMailChoices(delivery)), PROPOSAL_RECEIVED: 'DAILY' })
    await propose(partner, action.id, 'One')
    const at = new Date(Date.now() + 60_000)
    const built = await Promise.all([buildDigests('DAILY', at), buildDigests('DAILY', at), buildDigests('DAILY', at)])
    expect(built.reduce((a, b) => a + b, 0)).toBe(1)
    expect(await db().prisma.outboundEmail.count({ where: { to: delivery.email } })).toBe(1)
  })
})

describe('sending', () => {
  it('sends a message through SMTP once, however often its job runs; a failure is kept and retried', async () => {
    const { action, partner, chair } = await setUp()
    await propose(partner, action.id, 'Reading volunteers in every primary school')
    const mail = await db().prisma.outboundEmail.findFirstOrThrow({ where: { to: chair.email } })
    await expect(sendOutboundEmail(mail.id, () => Promise.reject(new Error('451 try later')))).rejects.toThrow('451')
    expect(await db().prisma.outboundEmail.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({
      sentAt: null,
      attempts: 1,
      lastError: '451 try later',
    })
    const start = received.length
    expect(await sendOutboundEmail(mail.id, bySmtp)).toBe('sent')
    expect(await sendOutboundEmail(mail.id, bySmtp)).toBe('already sent')
    const got = received.slice(start)
    expect(got).toHaveLength(1)
    expect(got[0]).toMatchObject({ messageId: `<${mail.id}@oa-portal>`, to: [chair.email] })
    expect(got[0]?.body).toContain('Proposal from')
    expect(await db().prisma.outboundEmail.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({
      sentVia: 'smtp',
      lastError: null,
    })
  })

  it('the worker picks the jobs up from the queue and sends each message', async () => {
    const { area, delivery, chair } = await setUp()
    const other = await session('PARTNER', area.id)
    await db().prisma.$transaction((tx) =>
      notify(tx, {
        kind: 'VOTE_OPENED',
        areaId: area.id,
        userIds: [delivery.id, chair.id, other.id],
        title: 'A vote is open',
        link: '/dashboard',
      }),
    )
    const ids = (await db().prisma.outboundEmail.findMany({ select: { id: true } })).map((m) => m.id)
    expect(ids).toHaveLength(3)
    const boss = await startWorker(db(), { deliver: bySmtp, pollSeconds: 0.5 })
    try {
      const deadline = Date.now() + 30_000
      while ((await db().prisma.outboundEmail.count({ where: { id: { in: ids }, sentAt: null } })) > 0) {
        if (Date.now() > deadline) throw new Error('the worker did not send the messages in 30 s')
        await new Promise((r) => setTimeout(r, 200))
      }
    } finally {
      await boss.stop({ graceful: true, wait: true, close: true })
    }
    const sent = received.filter((r) => ids.some((id) => r.messageId === `<${id}@oa-portal>`))
    expect(sent).toHaveLength(3)
    expect(new Set(sent.map((s) => s.messageId)).size).toBe(3)
  })
})
