/** Form states for the plan's edit and proposal actions (server only). */
import 'server-only'
import { DraftConflict } from '@/lib/data/plan-draft'
import { refusalState, type FormState } from '@/lib/form-state'

/**
 * A refusal from the draft store as form state. After a conflict the form keeps every answer
 * and moves onto the newer state, so a second save is a choice made having seen the other
 * person's values (which go back in `result.conflict`).
 */
export function planRefusalState(error: unknown, notFound: string, values: Record<string, string>): FormState {
  if (error instanceof DraftConflict) {
    return {
      status: 'error',
      formError: error.userMessage,
      values: { ...values, token: error.current.token },
      result: { conflict: JSON.stringify(error.current.fields) },
    }
  }
  return refusalState(error, notFound, values)
}
