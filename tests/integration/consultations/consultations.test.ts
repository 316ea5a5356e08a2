/**
 * Consultations: the chair opens one on the draft and the board is told; members respond (one
 * of them through a deputy, on the record); the chair closes it with a summary and the board's
 * answer, published with the next approved version, without the responses. Refusals for other
 * areas and too-low roles, and no response after closing.
 */
import { describe, expect, it } from 'vitest'
import { addMember, setDeputy } from '@/lib/data/board/membership'
import {
  closeConsultation,
  getConsultation,
  listConsultations,
  openConsultation,
  openConsultationsFor,
  respondToConsultation,
} from '@/lib/data/consultations/consultations'
import { editAction } from '@/lib/data/plan/actions'
import { listPublishedVersions } from '@/lib/data/public/plan-history'
import { buildActionEdit, createAction } from '@/tests/factories'
import { db } from '../../setup/test-db'
import { boardWorld, memberInput, publishDraft } from '../board/setup'
import { person } from '../funding/setup'

const inAWeek = () => {
  const d = new Date(Date.now() + 7 * 86_400_000)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
}
const opening = {
  question: 'Should the careers priority include primary schools?',
  scope: 'Priority 3: careers',
  closesOn: inAWeek(),
  closesAt: { hour: 17, minute: 0 },
}

describe('consultations on the draft plan', () => {
  it('opened by the chair, answered by members and a deputy, closed and published with the next version', async () => {
    const w = await boardWorld()
    const second = await person('PARTNER', [w.own.id])
    // The first partner is the second partner's deputy on the board.
    const m1 = await addMember(w.team, w.own.slug, memberInput({ name: 'First Partner', userId: w.partner.id }))
    const m2 = await addMember(
      w.team,
      w.own.slug,
      memberInput({ name: 'Second Partner', organisation: 'College', userId: second.id }),
    )
    await setDeputy(w.team, m2.id, { version: 1, deputyId: m1.id })

    const { id } = await openConsultation(w.chair, w.own.slug, opening)
    // Told: the delivery team and both partners, not the chair who opened it, nobody elsewhere.
    const told = await db().prisma.notification.findMany({ where: { kind: 'CONSULTATION_OPENED' }, select: { userId: true } })
    expect(told.map((t) => t.userId).sort()).toEqual([w.team.id, w.partner.id, second.id].sort())
    expect((await openConsultationsFor(w.partner)).map((c) => c.id)).toEqual([id])
    expect(await openConsultationsFor(w.otherPartner)).toEqual([])

    // The first partner responds for themself, then for the second as their deputy.
    expect(await respondToConsultation(w.partner, id, { body: 'Yes: transition starts at 10', respondentId: null })).toEqual({
      changed: false,
    })
    expect(await respondToConsultation(w.partner, id, { body: 'Yes, with the primary heads', respondentId: second.id })).toEqual({
      changed: false,
    })
    expect(await respondToConsultation(w.partner, id, { body: 'Yes: transition starts at age 10', respondentId: null })).toEqual({
      changed: true,
    })
    // The chair who asked does not answer their own question.
    await expect(respondToConsultation(w.chair, id, { body: 'Mine', respondentId: null })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    expect((await getConsultation(w.chair, id))?.canRespond).toBe(false)
    // Only for a member one is the deputy of.
    await expect(respondToConsultation(second, id, { body: 'For them', respondentId: w.partner.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    const seen = await getConsultation(w.chair, id)
    expect(seen?.entries).toEqual([
      expect.objectContaining({ respondent: w.partner.name, enteredBy: null, body: 'Yes: transition starts at age 10' }),
      expect.objectContaining({ respondent: second.name, enteredBy: w.partner.name, body: 'Yes, with the primary heads' }),
    ])
    expect((await getConsultation(w.partner, id))?.respondFor).toEqual([
      { id: second.id, name: second.name, current: 'Yes, with the primary heads' },
    ])
    const audit = await db().prisma.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { at: 'asc' },
      select: { action: true, after: true },
    })
    expect(audit[2]).toMatchObject({ action: 'responded to consultation', after: { respondentId: second.id, asDeputy: true } })

    // The second partner answers themself: that replaces the deputy's words (kept in the audit
    // trail), stands against the deputy, and is no longer offered to them.
    expect(await respondToConsultation(second, id, { body: 'Only with the primary heads', respondentId: null })).toEqual({
      changed: true,
    })
    await expect(
      respondToConsultation(w.partner, id, { body: 'Over their head', respondentId: second.id }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
    expect((await getConsultation(w.partner, id))?.respondFor).toEqual([])
    expect(
      await db().prisma.auditEvent.findFirst({
        where: { entityId: id, action: 'changed consultation response', actorId: second.id },
      }),
    ).toMatchObject({ before: { body: 'Yes, with the primary heads', enteredById: w.partner.id } })

    // Closed early by the chair; no response afterwards; a second close from the same page is refused.
    await closeConsultation(w.chair, id, {
      summary: 'Both members agree',
      boardAnswer: 'Priority 3 now starts at age 10',
      version: 1,
    })
    await expect(respondToConsultation(second, id, { body: 'Late', respondentId: null })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    await expect(closeConsultation(w.chair, id, { summary: 'x', boardAnswer: 'y', version: 1 })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect((await db().prisma.auditEvent.findFirst({ where: { entityId: id, action: { startsWith: 'closed' } } }))?.action).toBe(
      'closed consultation early',
    )

    // Published with the next approved version: the summary and answer, never the responses.
    expect(await listPublishedVersions(w.own.slug)).toEqual([])
    const action = await createAction(db().prisma, w.own.id, { title: 'Careers fairs' })
    await editAction(w.team, action.id, buildActionEdit({ title: 'Careers fairs from age 10' }))
    await publishDraft(w, 'Careers from 10')
    const [version] = (await listPublishedVersions(w.own.slug)) ?? []
    expect(version?.consultations).toEqual([
      expect.objectContaining({
        question: opening.question,
        summary: 'Both members agree',
        boardAnswer: 'Priority 3 now starts at age 10',
        responses: 2,
      }),
    ])
    expect(JSON.stringify(version)).not.toContain('primary heads')
    expect((await listConsultations(w.partner, w.own.slug)).items[0]).toMatchObject({ publishedIn: version?.number, open: false })
  })

  it('refuses other areas and roles that may not open, respond or close', async () => {
    const w = await boardWorld()
    await expect(openConsultation(w.partner, w.own.slug, opening)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(openConsultation(w.team, w.own.slug, opening)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(openConsultation(w.otherChair, w.own.slug, opening)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      openConsultation(w.chair, w.own.slug, { ...opening, closesOn: new Date(Date.UTC(2020, 0, 1)) }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    const { id } = await openConsultation(w.chair, w.own.slug, opening)
    await expect(respondToConsultation(w.otherPartner, id, { body: 'x', respondentId: null })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(respondToConsultation(w.admin, id, { body: 'x', respondentId: null })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(closeConsultation(w.partner, id, { summary: 'x', boardAnswer: 'y', version: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(closeConsultation(w.otherChair, id, { summary: 'x', boardAnswer: 'y', version: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await getConsultation(w.otherPartner, id)).toBeNull()
    expect(await db().prisma.consultationResponse.count()).toBe(0)
  })
})
