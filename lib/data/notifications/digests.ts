/**
 * Building digests: the `digest-daily` and `digest-weekly` jobs call this. For each user with
 * something unread and not yet e-mailed, one transaction writes their digest (keyed by user and
 * period, so a second worker building the same digest writes nothing), marks its items as
 * mailed and queues its sending. Rules: lib/digest-rules.ts.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { digestItems, digestKey, digestPeriod, type DigestFrequency } from '@/lib/digest-rules'
import { enqueue, QUEUES } from '@/lib/jobs/queue'
import { digestMailText } from '@/lib/mail'
import { formatPartialDate } from '@/lib/format'
import { loadUserAsSession } from '@/lib/data/accounts/auth'
import { getBriefing, whenText } from '@/lib/data/briefing/briefing'

/** The digest's first lines: what needs the user in the coming fortnight, soonest first (the five-minute briefing). */
async function briefingLines(userId: string, now: Date) {
  const user = await loadUserAsSession(userId)
  if (!user) return []
  return (await getBriefing(user, now)).map((b) => ({
    title: `${b.linkText}: ${b.title} (${b.area}; ${whenText(b)})`,
    link: b.link,
  }))
}

/** Returns how many digests were written. */
export async function buildDigests(frequency: DigestFrequency, now = new Date()): Promise<number> {
  const db = await getDb()
  const waiting = await db.notification.findMany({
    where: { readAt: null, mailedAt: null, user: { disabled: false } },
    distinct: ['userId'],
    select: { userId: true },
  })
  let written = 0
  for (const { userId } of waiting) {
    // Read before the transaction: the briefing reads through the shared client, which on PGlite
    // waits for any open transaction. A digest that turns out empty does not use it.
    const needs = await briefingLines(userId, now).catch(() => [])
    // One user's failure leaves the others' digests to be written.
    const wrote = await db
      .$transaction(async (tx) => {
        const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, role: true } })
        const [pending, chosen] = await Promise.all([
          tx.notification.findMany({
            where: {
              userId,
              readAt: null,
              mailedAt: null,
              createdAt: { lte: now },
              // Of areas the user is still in, as the inbox shows them.
              ...(user.role !== 'ADMIN' && { OR: [{ areaId: null }, { area: { userScopes: { some: { userId } } } }] }),
            },
            orderBy: { createdAt: 'asc' },
            select: { id: true, kind: true, readAt: true, mailedAt: true, title: true, link: true },
          }),
          tx.mailPreference.findMany({ where: { userId }, select: { kind: true, frequency: true } }),
        ])
        const items = digestItems(frequency, pending, Object.fromEntries(chosen.map((c) => [c.kind, c.frequency])))
        if (items.length === 0) return false // never an empty digest
        const day = formatPartialDate(digestPeriod(frequency, now)) ?? digestPeriod(frequency, now)
        const period = frequency === 'DAILY' ? day : `week of ${day}`
        const [mail] = await tx.outboundEmail.createManyAndReturn({
          data: [
            {
              userId,
              to: user.email,
              subject: `Your ${frequency === 'DAILY' ? 'daily' : 'weekly'} summary from the partnership portal`,
              // Each link opens the notification, marking it read.
              text: digestMailText({
                name: user.name,
                period,
                items: items.map((i) => ({ title: i.title, link: `/notifications/${i.id}` })),
                needs,
              }),
              dedupeKey: digestKey(frequency, userId, now),
              createdAt: now,
            },
          ],
          skipDuplicates: true,
          select: { id: true },
        })
        if (!mail) return false // this period's digest was already written
        await tx.notification.updateMany({
          where: { id: { in: items.map((i) => i.id) }, mailedAt: null },
          data: { mailedAt: now },
        })
        await enqueue(tx, QUEUES.mailSend.name, { emailId: mail.id })
        return true
      })
      .catch((error: unknown) => {
        console.error(`digest: could not write the ${frequency.toLowerCase()} digest of user ${userId}`, error)
        return false
      })
    if (wrote) written += 1
  }
  return written
}
