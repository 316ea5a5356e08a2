import Link from 'next/link'
import { FlashBanner } from '@/components/ui/flash-banner'
import type { FormMode } from './form-mode'

/** What every plan entity's screen is given: its form's data, the area's slug, and whether it adds or edits. */
export type ScreenProps<F> = {
  form: F
  slug: string
  mode: Exclude<FormMode, 'propose'>
  /** The page's query, for the flash a save leaves (lib/forms/flash.ts). */
  flash: Record<string, string | string[] | undefined>
}

/** The top of every editing page: the way back, then the flash of what was just saved. */
export function ScreenTop({ href, text, flash }: { href: string; text: string; flash: ScreenProps<unknown>['flash'] }) {
  return (
    <>
      <Link href={href} className="govuk-back-link">
        {text}
      </Link>
      <FlashBanner params={flash} />
    </>
  )
}

/** Shown instead of a form while the draft waits for the chair. */
export function WaitingForDecision({ what }: { what: string }) {
  return (
    <p className="govuk-body govuk-!-font-weight-bold">
      This plan is waiting for the chair’s decision. You can {what} again once it is approved or returned.
    </p>
  )
}
