import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../electron/core/core'
import { openStudyDatabase } from '../../electron/core/db/open'
import { pickMock } from '../../electron/core/exam/select'
import { silentLogger } from '../../electron/core/log'
import { figure, once, pct, timings, type Figure } from './measure'

const BLOCK = 1000

/** Answer-save p99 through the whole API next to a raw better-sqlite3 insert; mock start latency. */
export async function examFigures(contentDir: string): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'study-bench-'))
  try {
    // A person answers seconds after the last report, so every real save also credits active
    // time; this clock moves a second per answer so the bench takes that path, not a cheaper one.
    let moved = 0
    const clock = { monotonic: () => moved, wall: () => Date.now() + moved }
    const core = createCore({ dataDir: dir, contentDir, platform: 'host', version: 'bench', log: silentLogger, openExternal: async () => false, clock })
    const h = core.handlers
    let id = 0
    const start = () => (id = (h['exam.start']({ mode: 'mock', strict: false }) as { id: number }).id)
    const startMs = once(start)
    // A fresh attempt for each block (outside the timing): a second per answer would otherwise
    // run past the mock's 130 minutes and the attempt would be submitted as time-up.
    const restart = () => {
      h['exam.discard']({ attemptId: id })
      start()
    }
    const pickMs = Math.min(...timings(5, () => pickMock(core.content.questions, 7)))
    const save = (i: number) => {
      moved += 1000
      h['exam.answer']({ attemptId: id, position: i % 65, answer: [i % 2 ? 'A' : 'B'], confidence: null })
    }

    // The same write done raw: one prepared INSERT per answer in WAL mode, same pragmas.
    const raw = openStudyDatabase({ dataDir: join(dir, 'raw') }).db
    raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, answer TEXT, at TEXT)')
    const ins = raw.prepare('INSERT INTO t (answer, at) VALUES (?, ?)')
    const insert = (i: number) => ins.run(String(i), new Date().toISOString())

    // Both warmed up first (the JIT, SQLite's page cache), then measured in alternating blocks,
    // so neither side is favoured by going second. The throughput ratio is the median of the
    // blocks' ratios: a burst of noise from the machine spoils one pair, not the figure.
    // A block is 1,000 writes, as many as SQLite's automatic WAL checkpoint interval (1,000
    // pages; each write here appends one), so every block on each side pays for one checkpoint
    // and no block's ratio is skewed by where the checkpoints happened to land.
    timings(BLOCK, save)
    timings(BLOCK, insert)
    const saves: number[] = []
    const rawTimes: number[] = []
    const ratios: number[] = []
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    for (let block = 0; block < 8; block++) {
      restart()
      const s = timings(BLOCK, (i) => save(block * BLOCK + i))
      const r = timings(BLOCK, (i) => insert(block * BLOCK + i))
      saves.push(...s)
      rawTimes.push(...r)
      ratios.push(sum(r) / sum(s))
    }
    saves.sort((a, b) => a - b)
    rawTimes.sort((a, b) => a - b)
    const ratio = pct(
      ratios.sort((a, b) => a - b),
      50,
    )
    await core.close()
    raw.close()
    const p99 = pct(saves, 99)
    return [
      figure('answer_save_p99_ms', p99, 'ms', pct(rawTimes, 99), '≤ 2 ms (baseline: raw insert p99)', p99 <= 2),
      figure('answer_save_throughput_ratio', ratio, 'x', 1, '≥ 0.5× raw insert throughput (median of 8 alternating blocks)', ratio >= 0.5),
      figure('mock_start_ms', startMs, 'ms', pickMs, '≤ 100 ms (baseline: question selection alone)', startMs <= 100),
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
