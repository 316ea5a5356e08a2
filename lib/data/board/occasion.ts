/** One vote, one meeting or one consultation: what a deputy can be named for (named-deputies.ts). */
export type OccasionKind = 'motion' | 'meeting' | 'consultation'
export type Occasion = { kind: OccasionKind; id: string }

const column = { motion: 'motionId', meeting: 'meetingId', consultation: 'consultationId' } as const

/** The occasion's column on NamedDeputy, as a where clause. */
export const occasionWhere = (o: Occasion) =>
  ({ [column[o.kind]]: o.id }) as { motionId?: string; meetingId?: string; consultationId?: string }
