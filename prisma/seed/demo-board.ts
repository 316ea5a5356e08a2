/**
 * Fictional board activity for one area, with `--demo`: members of the board by sector (the
 * area's development chair and partner accounts among them), a
 * public meeting held last month with a partner's item and a DfE item and their decisions (one
 * adding the area's first demo action), a private meeting, the next meeting, and a backlog with
 * a deferred item. Every row is isDemo; names and organisations are invented.
 */
import type { Prisma } from '@/lib/generated/prisma/client'
import type { BoardRole, Sector } from '@/lib/generated/prisma/enums'

const PEOPLE: { name: string; organisation: string; sector: Sector; role: BoardRole }[] = [
  { name: 'Jordan Ellis', organisation: 'Example Primary Academy Trust', sector: 'SCHOOLS', role: 'VICE_CHAIR' },
  { name: 'Amira Haddad', organisation: 'Example College Group', sector: 'FURTHER_EDUCATION', role: 'MEMBER' },
  { name: 'Tom Riley', organisation: 'Example Manufacturing Ltd', sector: 'EMPLOYER', role: 'MEMBER' },
  { name: 'Grace Okafor', organisation: 'Example Children’s Centre', sector: 'EARLY_YEARS', role: 'MEMBER' },
  { name: 'Hannah Price', organisation: 'Example Borough Council', sector: 'LOCAL_AUTHORITY', role: 'OBSERVER' },
]

const DAY = 86_400_000
/** 6pm UK time `days` from now (winter time is close enough for fictional dates). */
const evening = (days: number) => {
  const d = new Date(Date.now() + days * DAY)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 18, 0))
}

export async function loadDemoBoard(
  db: Prisma.TransactionClient,
  area: { id: string; name: string },
  firstAction: { id: string; title: string } | null,
  partnerId: string | null,
): Promise<number> {
  const board = await db.board.findUnique({ where: { areaId: area.id }, select: { id: true } })
  if (!board || (await db.meeting.count({ where: { boardId: board.id, isDemo: true } }))) return 0
  let created = 0
  for (const p of PEOPLE) {
    const organisation = await db.organisation.upsert({
      where: { name: p.organisation },
      create: { name: p.organisation, sector: p.sector },
      update: {},
      select: { id: true },
    })
    const person = await db.person.create({ data: { name: p.name, organisationId: organisation.id }, select: { id: true } })
    await db.boardMembership.create({
      data: {
        boardId: board.id,
        personId: person.id,
        role: p.role,
        sector: p.sector,
        startsOn: new Date(Date.UTC(2025, 8, 1)),
        listedPublicly: p.role !== 'OBSERVER',
        isDemo: true,
      },
    })
    created++
  }
  // The development chair and partner of the area sit on its demo board, so they can vote and
  // declare interests when trying the portal out.
  const accounts = await db.user.findMany({
    where: {
      role: { in: ['CHAIR', 'PARTNER'] },
      email: { endsWith: '@example.org' },
      personId: null,
      areaScopes: { some: { areaId: area.id } },
    },
    select: { id: true, name: true, role: true },
  })
  for (const a of accounts) {
    const person = await db.person.create({ data: { name: a.name }, select: { id: true } })
    await db.user.update({ where: { id: a.id }, data: { personId: person.id } })
    await db.boardMembership.create({
      data: {
        boardId: board.id,
        personId: person.id,
        role: a.role === 'CHAIR' ? 'CHAIR' : 'MEMBER',
        sector: a.role === 'CHAIR' ? 'OTHER' : 'VOLUNTARY',
        startsOn: new Date(Date.UTC(2025, 8, 1)),
        isDemo: true,
      },
    })
    created++
  }
  const held = await db.meeting.create({
    data: {
      boardId: board.id,
      title: 'Autumn partnership board',
      startsAt: evening(-30),
      location: `${area.name} town hall`,
      isPublic: true,
      isDemo: true,
      status: 'HELD',
    },
    select: { id: true, startsAt: true },
  })
  const decidedOn = new Date(held.startsAt.toISOString().slice(0, 10))
  const items = [
    {
      title: 'Reading support for Year 7 pupils who arrive behind',
      description: 'Secondary heads report a rise in pupils starting Year 7 below the expected reading level.',
      origin: 'LOCAL_PARTNER' as const,
      decision: firstAction
        ? { summary: `Back the action “${firstAction.title}” and report progress each term.`, actionId: firstAction.id }
        : null,
    },
    {
      title: 'National tutoring guidance for the spring term',
      description: 'New national guidance changes how tutoring can be funded from April.',
      origin: 'NATIONAL_POLICY' as const,
      decision: { summary: 'Ask the delivery team for a note on what the guidance changes locally.', actionId: null },
    },
  ]
  for (const [position, i] of items.entries()) {
    const item = await db.agendaItem.create({
      data: {
        boardId: board.id,
        meetingId: held.id,
        title: i.title,
        description: i.description,
        origin: i.origin,
        status: 'DISCUSSED',
        position,
        proposedById: i.origin === 'LOCAL_PARTNER' ? partnerId : null,
        isDemo: true,
      },
      select: { id: true },
    })
    if (i.decision)
      await db.decision.create({
        data: {
          boardId: board.id,
          meetingId: held.id,
          agendaItemId: item.id,
          summary: i.decision.summary,
          origin: i.origin,
          decidedOn,
          actionId: i.decision.actionId,
          isDemo: true,
        },
      })
    created++
  }
  await db.meeting.create({
    data: {
      boardId: board.id,
      title: 'Finance sub-group',
      startsAt: evening(-10),
      location: 'Online',
      isOnline: true,
      isPublic: false,
      isDemo: true,
      status: 'HELD',
    },
  })
  await db.meeting.create({
    data: {
      boardId: board.id,
      title: 'Winter partnership board',
      startsAt: evening(40),
      location: `${area.name} college, main hall`,
      isPublic: true,
      isDemo: true,
    },
  })
  // A vote between meetings, recorded: so the vote results dataset has a row to show.
  await db.motion.create({
    data: {
      boardId: board.id,
      question: 'That the board moves its spring meeting to the college, to cut travel for members',
      opensAt: evening(-20),
      closesAt: evening(-13),
      status: 'CLOSED',
      quorumPercent: 50,
      closedAt: evening(-13),
      eligibleCount: 4,
      votesFor: 3,
      votesAgainst: 0,
      abstentions: 1,
      quorate: true,
      carried: true,
      isDemo: true,
    },
  })
  await db.agendaItem.createMany({
    data: [
      {
        boardId: board.id,
        title: 'Work experience places with local employers',
        description: 'Employers on the board could offer more Year 10 placements if schools coordinated dates.',
        origin: 'LOCAL_PARTNER',
        proposedById: partnerId,
        isDemo: true,
      },
      {
        boardId: board.id,
        title: 'Early years workforce training',
        description: 'Nurseries struggle to release staff for training in term time.',
        origin: 'LOCAL_PARTNER',
        status: 'DEFERRED',
        response: 'Deferred until the early years survey reports in the spring.',
        carriedOver: 1,
        isDemo: true,
      },
    ],
  })
  return created + 5
}
