/**
 * Exam time policy as pure functions over an injected clock. The budget is *active* time: it
 * advances only while the exam screen reports in (ticks, answers). A gap longer than MAX_GAP_MS
 * (app closed, crash, sleep) is not counted, so closing stops the clock. Deltas come from a
 * monotonic clock, so changing the system clock changes nothing. In strict mode the clock is
 * wall time from the start, like a test centre.
 */
/** Longer than a few of the exam screen's ticks (EXAM_TICK_MS), so a slow tick never loses time. */
export const MAX_GAP_MS = 10_000

export interface TimerState {
  limitMs: number | null
  activeMs: number
  strict: boolean
  startedWallMs: number
}

export interface Clock {
  /** Monotonic milliseconds (process.hrtime in production). */
  monotonic(): number
  /** Wall-clock time, used only for timestamps and strict mode. */
  wall(): number
}

/** Active time to add for a report that arrives `sinceLastMs` after the previous one. */
export function creditedDelta(sinceLastMs: number | null): number {
  if (sinceLastMs === null || sinceLastMs < 0) return 0
  return Math.min(sinceLastMs, MAX_GAP_MS)
}

export function usedMs(t: TimerState, wallNow: number): number {
  return t.strict ? Math.max(0, wallNow - t.startedWallMs) : t.activeMs
}

/** Remaining time, or null for an untimed attempt. Never negative. */
export function remainingMs(t: TimerState, wallNow: number): number | null {
  if (t.limitMs === null) return null
  return Math.max(0, t.limitMs - usedMs(t, wallNow))
}

export const expired = (t: TimerState, wallNow: number): boolean => remainingMs(t, wallNow) === 0

export const systemClock: Clock = {
  monotonic: () => Number(process.hrtime.bigint() / 1_000_000n),
  wall: () => Date.now(),
}
