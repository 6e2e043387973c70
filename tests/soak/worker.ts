// A child process that takes an exam as fast as it can on a given data folder and reports every
// answer twice: SEND before the call, ACK once the call returned (i.e. SQLite committed it).
// The soak test SIGKILLs it at random moments and checks nothing acknowledged was lost.
import { writeSync } from 'node:fs'
import { OPTION_KEYS } from '@shared/vocab'
import { createCore } from '../../electron/core/core'
import { silentLogger } from '../../electron/core/log'

const [dataDir, contentDir, seedText] = process.argv.slice(2)
let seed = Number(seedText ?? 1)
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const say = (line: string) => writeSync(1, `${line}\n`)

const core = createCore({ dataDir: dataDir!, contentDir: contentDir!, platform: 'host', version: 'soak', log: silentLogger, openExternal: async () => false })
const h = core.handlers
const list = h['exam.list']({}) as { id: number; status: string; mode: string }[]
const open = list.find((a) => a.status === 'open' && a.mode === 'practice')
const attempt = (
  open
    ? h['exam.get']({ attemptId: open.id })
    : h['exam.start']({ mode: 'practice', count: 40, timeLimitMin: 60, domains: [], notes: [], instantFeedback: false })
) as {
  id: number
  items: { options: unknown[] }[]
}
say(`READY ${attempt.id}`)
let last = Date.now()
for (;;) {
  const position = Math.floor(rand() * attempt.items.length)
  const n = attempt.items[position]!.options.length
  const keys = [OPTION_KEYS[Math.floor(rand() * n)]!]
  say(`SEND ${position} ${keys.join('')}`)
  const r = h['exam.answer']({ attemptId: attempt.id, position, answer: keys, confidence: null }) as { remainingMs: number }
  say(`ACK ${position} ${keys.join('')} ${r.remainingMs}`)
  if (Date.now() - last > 40) {
    h['exam.tick']({ attemptId: attempt.id, position })
    last = Date.now()
  }
  // Busy-wait a little so answers spread over time (the clock needs time to pass).
  const until = Date.now() + 2
  while (Date.now() < until);
}
