import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { crashRound } from '../../soak/rounds'
import { tempDir } from '../helpers/tmp'

// The exam engine in a child process, killed with SIGKILL at random moments on one database.
// `npm run soak` runs 200 rounds; the test suite runs 50 (SOAK_ROUNDS to change).
const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 50)

describe('crash soak', () => {
  it(`loses no acknowledged answer across ${ROUNDS} SIGKILLs; time stays within 5 s; integrity ok`, async () => {
    const dir = tempDir()
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    let checked = 0
    for (let r = 0; r < ROUNDS; r++) {
      const res = await crashRound(r, dir, resolve(import.meta.dirname, '../../../content'), random)
      expect(res.lost, `round ${r}`).toEqual([])
      expect(res.integrity, `round ${r}`).toBe('ok')
      expect(res.remainingDriftMs ?? 0, `round ${r}`).toBeLessThanOrEqual(5000)
      checked += res.acked
    }
    expect(checked).toBeGreaterThan(ROUNDS) // the rounds really answered something
  }, 300_000)
})
