import { flashMessage } from '@/lib/forms/flash'
import { SuccessBanner } from './success-banner'

/** The success banner for the flash a form's redirect carries (lib/forms/flash.ts); nothing without one. */
export function FlashBanner({ params }: { params: Record<string, string | string[] | undefined> }) {
  const message = flashMessage(params)
  return message ? <SuccessBanner heading={message} /> : null
}
