'use server'

import { closeConsultation, openConsultation, respondToConsultation } from '@/lib/data/consultations/consultations'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { CloseConsultationSchema, ConsultationResponseSchema, OpenConsultationSchema } from '@/lib/validation/consultation'

const page = (slug: string, id?: string) => `/plans/${slug}/consultations${id ? `/${id}` : ''}`

export async function handleOpenConsultation(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: OpenConsultationSchema,
    refused: 'You cannot open a consultation in this area.',
    errorField: { INVALID_INPUT: 'closesOn' },
    run: (user, data) => openConsultation(user, slug, data),
    done: (c) => ({ to: page(slug, c.id), flash: 'consultation-opened' }),
  })
}

export async function handleRespond(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: ConsultationResponseSchema,
    refused: 'You cannot respond to this consultation.',
    errorField: { INVALID_INPUT: 'respondentId' },
    run: (user, data) => respondToConsultation(user, id, data),
    done: (r) => ({ to: page(slug, id), flash: r.changed ? 'consultation-response-changed' : 'consultation-responded' }),
  })
}

export async function handleCloseConsultation(
  slug: string,
  id: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: CloseConsultationSchema,
    refused: 'You cannot close this consultation.',
    run: (user, data) => closeConsultation(user, id, data),
    done: () => ({ to: page(slug, id), flash: 'consultation-closed' }),
  })
}
