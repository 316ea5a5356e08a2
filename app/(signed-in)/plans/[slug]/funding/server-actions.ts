'use server'

import { addAllocation, reviseAllocation, withdrawAllocation } from '@/lib/data/funding/allocations'
import { correctEntry, recordEntry, withdrawEntry } from '@/lib/data/funding/entries'
import { signOffFundingReturn } from '@/lib/data/funding/returns'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import {
  AllocationRevisionSchema,
  AllocationSchema,
  FundingCorrectionSchema,
  FundingEntrySchema,
  FundingReturnSchema,
  WithdrawalSchema,
} from '@/lib/validation/funding'

const REFUSED = 'You cannot change this area’s funding.'
const page = (slug: string) => `/plans/${slug}/funding`

export async function handleAddAllocation(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: AllocationSchema,
    refused: REFUSED,
    run: (user, data) => addAllocation(user, slug, data),
    done: () => ({ to: `${page(slug)}#allocations`, flash: 'allocation-added' }),
  })
}

export async function handleReviseAllocation(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: AllocationRevisionSchema,
    refused: REFUSED,
    run: (user, data) => reviseAllocation(user, id, data),
    done: () => ({ to: `${page(slug)}#allocations`, flash: 'allocation-revised' }),
  })
}

export async function handleWithdrawAllocation(
  slug: string,
  id: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: WithdrawalSchema,
    refused: REFUSED,
    run: (user, data) => withdrawAllocation(user, id, data),
    done: () => ({ to: `${page(slug)}#allocations`, flash: 'allocation-withdrawn' }),
  })
}

export async function handleRecordEntry(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: FundingEntrySchema,
    refused: REFUSED,
    // Warnings are answered by the "save anyway" box; other refusals name the action or pot.
    errorField: { UNCONFIRMED: 'confirm' },
    run: (user, data) => recordEntry(user, slug, data),
    done: (entry) => ({
      to: `${page(slug)}#entries`,
      flash: entry.kind === 'SPEND' ? 'payment-recorded' : 'commitment-recorded',
    }),
  })
}

export async function handleCorrectEntry(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: FundingCorrectionSchema,
    refused: REFUSED,
    errorField: { UNCONFIRMED: 'confirm' },
    run: (user, data) => correctEntry(user, id, data),
    done: () => ({ to: `${page(slug)}#entries`, flash: 'entry-corrected' }),
  })
}

export async function handleWithdrawEntry(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: WithdrawalSchema,
    refused: REFUSED,
    run: (user, data) => withdrawEntry(user, id, data),
    done: () => ({ to: `${page(slug)}#entries`, flash: 'entry-withdrawn' }),
  })
}

export async function handleFundingReturn(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: FundingReturnSchema,
    refused: 'You cannot sign off this area’s funding.',
    errorField: { INVALID_INPUT: 'asAt' },
    run: (user, data) => signOffFundingReturn(user, slug, data),
    done: (r) => ({ to: page(slug), flash: 'funding-published', n: r.published }),
  })
}
