/**
 * Sign-in rate limiting (ASVS V6.3.1): a few free attempts, then a growing but bounded wait
 * between attempts per account and per IP address. Never a lockout, so an attacker cannot keep
 * a real user out for more than a minute at a time. Pure: the state lives in SignInThrottle.
 */
export const FREE_ATTEMPTS = 5
export const MAX_DELAY_SECONDS = 60
/** Failures older than this are forgotten. */
export const WINDOW_MINUTES = 15

export type ThrottleState = { failures: number; firstFailAt: Date; lastFailAt: Date }

/** Seconds the next attempt must wait after `state`, at time `now`; 0 when it may go ahead. */
export function waitSeconds(state: ThrottleState | null, now: Date): number {
  if (!state || now.getTime() - state.firstFailAt.getTime() > WINDOW_MINUTES * 60_000) return 0
  if (state.failures < FREE_ATTEMPTS) return 0
  const delay = Math.min(MAX_DELAY_SECONDS, 2 ** (state.failures - FREE_ATTEMPTS + 1))
  const elapsed = (now.getTime() - state.lastFailAt.getTime()) / 1000
  return Math.max(0, Math.ceil(delay - elapsed))
}
