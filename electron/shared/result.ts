// Errors cross every API boundary as values, never as thrown exceptions, so the renderer can
// always show something fit to read and nothing above the client module needs try/catch.
export type ErrorCode = 'invalid_input' | 'unknown_method' | 'not_found' | 'conflict' | 'forbidden' | 'unavailable' | 'storage' | 'internal'

/**
 * What exactly went wrong, for the renderer to say in the user's language (message key
 * `error.reason.<reason>`); `message` stays English, for logs.
 */
export const ERROR_REASONS = [
  'exam.attempt_open',
  'exam.not_submitted',
  'exam.no_attempt',
  'exam.finished',
  'exam.time_up',
  'exam.no_questions',
  'exam.no_position',
  'exam.no_pause',
  'exam.answer_locked',
  'option.unknown',
  'question.unknown',
  'note.unknown',
  'annotation.gone',
  'personal_note.gone',
  'import.not_json',
  'import.not_export',
  'import.newer',
  'import.damaged',
  'data.damaged',
] as const
export type ErrorReason = (typeof ERROR_REASONS)[number]

export interface ApiError {
  code: ErrorCode
  /** A sentence for logs (English); the renderer shows its own text for the code or reason. */
  message: string
  /** Field-level problems for invalid_input, e.g. "language: Invalid option". */
  details?: string[]
  reason?: ErrorReason
  /** Values the reason's message shows, e.g. { version: 3 }. */
  vars?: Record<string, string | number>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, details?: string[], reason?: ErrorReason, vars?: Record<string, string | number>): Result<never> => ({
  ok: false,
  error: { code, message, ...(details ? { details } : {}), ...(reason ? { reason } : {}), ...(vars ? { vars } : {}) },
})

/** Thrown inside handlers to return a specific error value; the dispatcher converts it. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
    readonly reason?: ErrorReason,
    readonly vars?: Record<string, string | number>,
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}
