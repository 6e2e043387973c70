// Errors cross every API boundary as values, never as thrown exceptions, so the renderer can
// always show something fit to read and nothing above the client module needs try/catch.
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_method'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unavailable'
  | 'storage'
  | 'internal'

export interface ApiError {
  code: ErrorCode
  /** A sentence fit to show to the user (English; the renderer localises by code). */
  message: string
  /** Field-level problems for invalid_input, e.g. "language: Invalid option". */
  details?: string[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, details?: string[]): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
})

/** Thrown inside handlers to return a specific error value; the dispatcher converts it. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}
