/**
 * Errors users can cause, returned to forms as values (house style principle 7). Anything else
 * is thrown to the nearest error page, which never shows its message.
 */
export type AppErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID_STATE' | 'RATE_LIMITED' | 'INVALID_INPUT' | 'UNCONFIRMED'

export class AppError extends Error {
  override name = 'AppError'
  readonly code: AppErrorCode
  /** Safe to show to the user. */
  readonly userMessage: string | undefined
  /** For RATE_LIMITED: how long to wait. */
  readonly retryAfterSeconds: number | undefined

  constructor(code: AppErrorCode, options: { message?: string; userMessage?: string; retryAfterSeconds?: number } = {}) {
    super(options.message ?? options.userMessage ?? code)
    this.code = code
    this.userMessage = options.userMessage
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError

/**
 * The one stale-write refusal (ADR 008): the record changed since the form was opened. Carries
 * the version the form must now carry (in its hidden field `field`) and, where the form shows
 * them, the newer values, so the user sees them beside their own answers and chooses.
 */
export class StaleWrite<F = unknown> extends AppError {
  override name = 'StaleWrite'
  readonly version: string
  readonly newer: F | undefined
  readonly field: 'version' | 'token'
  constructor(userMessage: string, version: string, options: { newer?: F; field?: 'version' | 'token' } = {}) {
    super('CONFLICT', { userMessage })
    this.version = version
    this.newer = options.newer
    this.field = options.field ?? 'version'
  }
}

/**
 * A save that may be right but should be checked first (spend over its commitment): refused
 * once with the warnings, saved when the form comes back with its "save anyway" box ticked.
 */
export class Unconfirmed extends AppError {
  override name = 'Unconfirmed'
  readonly warnings: string[]
  constructor(warnings: string[]) {
    super('UNCONFIRMED', {
      userMessage: `Check before saving: ${warnings.join(' ')} If this is right, tick “Save anyway” and save again.`,
    })
    this.warnings = warnings
  }
}
