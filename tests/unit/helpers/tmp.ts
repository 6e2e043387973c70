import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true })
})

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'study-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-11-25T10:00:00Z')) {
  let t = start
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms
    },
  }
}
