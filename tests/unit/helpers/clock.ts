import type { Clock } from '../../../electron/core/exam/timer'

/** A monotonic + wall clock the test moves; the wall clock can also jump on its own. */
export function testClock(wallStart = Date.parse('2026-11-25T10:00:00Z')) {
  let mono = 1_000_000
  let wall = wallStart
  const clock: Clock = { monotonic: () => mono, wall: () => wall }
  return {
    clock,
    /** Real time passing: both clocks advance. */
    advance(ms: number) {
      mono += ms
      wall += ms
    },
    /** The user changes the system clock: only wall time moves. */
    jumpWall(ms: number) {
      wall += ms
    },
  }
}
