'use server'

import { isOccasionKind, nameDeputy } from '@/lib/data/board/named-deputies'
import { AppError } from '@/lib/errors'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { NamedDeputySchema } from '@/lib/validation/board'

/** A member names (or removes) their deputy for one vote, meeting or consultation. */
export async function handleNameDeputy(kind: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [kind, id],
    schema: NamedDeputySchema,
    refused: 'You cannot name a deputy for this.',
    errorField: { INVALID_INPUT: 'namedDeputyId' },
    run: (user, data) => {
      if (!isOccasionKind(kind)) throw new AppError('NOT_FOUND', { message: `not an occasion kind: ${kind}` })
      const flash = data.namedDeputyId ? (`deputy-named-${kind}` as const) : ('deputy-removed' as const)
      return nameDeputy(user, { kind, id }, data).then((r) => ({ ...r, flash }))
    },
    done: (r) => ({ to: r.link, flash: r.flash }),
  })
}
