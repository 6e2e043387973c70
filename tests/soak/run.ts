// `npm run soak [-- --rounds N]`: SIGKILLs the exam engine N times (default 200) on one temporary
// database and prints a JSON summary; exits non-zero if any acknowledged answer was lost, the time
// drifted more than 5 s, or integrity_check failed.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { crashRound } from './rounds'

const flag = process.argv.indexOf('--rounds')
const rounds = flag >= 0 ? Number(process.argv[flag + 1]) : 200
const dir = mkdtempSync(join(tmpdir(), 'study-soak-'))
let seed = 42
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
let acked = 0
let maxDrift = 0
const failures: string[] = []
try {
  for (let r = 0; r < rounds; r++) {
    const res = await crashRound(r, dir, resolve(import.meta.dirname, '../../content'), random)
    acked += res.acked
    maxDrift = Math.max(maxDrift, res.remainingDriftMs ?? 0)
    if (res.lost.length) failures.push(`round ${r}: ${res.lost.join('; ')}`)
    if ((res.remainingDriftMs ?? 0) > 5000) failures.push(`round ${r}: time drift ${res.remainingDriftMs} ms`)
    if (res.integrity !== 'ok') failures.push(`round ${r}: integrity ${res.integrity}`)
    process.stderr.write(`soak: round ${r + 1}/${rounds}\r`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.stdout.write(`${JSON.stringify({ rounds, acknowledgedAnswersChecked: acked, lost: failures.length, maxRemainingDriftMs: maxDrift, failures })}\n`)
process.exit(failures.length ? 1 : 0)
