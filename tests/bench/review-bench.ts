import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../electron/core/core'
import { silentLogger } from '../../electron/core/log'
import { createCardStore, replay, type LogEntry } from '../../electron/core/review/cards'
import { figure, pct, timings, type Figure } from './measure'

/** The review queue and one review answer over a 50,000-entry review log, against replaying it. */
export function reviewFigures(contentDir: string): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'study-bench-review-'))
  try {
    let clock = Date.parse('2026-01-01T00:00:00Z')
    const core = createCore({
      dataDir: dir,
      contentDir,
      platform: 'host',
      version: 'bench',
      log: silentLogger,
      openExternal: async () => false,
      now: () => new Date(clock),
    })
    const { db, handlers: h, content } = core
    const qs = content.questions
    // 50,000 reviews over the bank, a few minutes apart, written as import does (log, then cards).
    const ins = db.prepare("INSERT INTO review_log (question_id, rating, source, correct, reviewed_at) VALUES (?, ?, 'review', ?, ?)")
    db.transaction(() => {
      for (let i = 0; i < 50_000; i++) ins.run(qs[i % qs.length]!.id, 1 + (i % 4), i % 4 ? 1 : 0, new Date(clock + i * 300_000).toISOString())
    })()
    // The cards, built once from the log as migration 12 and an import do.
    const cards = createCardStore(db)
    db.transaction(() => qs.forEach((q) => cards.rebuild(q.id)))()
    clock += 50_000 * 300_000
    const log = db.prepare<[], LogEntry>('SELECT question_id, rating, reviewed_at FROM review_log ORDER BY reviewed_at, id')
    const baseline = timings(10, () => replay(log.all()))
    const queue = timings(30, () => h['review.queue']({}))
    const answer = timings(30, (i) => {
      clock += 60_000
      const q = qs[i % qs.length]!
      h['review.answer']({ questionId: q.id, answer: q.answer, confidence: 'sure' })
    })
    core.db.close()
    const met = (v: number) => v <= 20 && v <= 0.1 * pct(baseline, 95)
    return [
      figure('review_queue_p95_ms_50k_log', pct(queue, 95), 'ms', pct(baseline, 95), '≤ 0.1× replaying the log and ≤ 20 ms', met(pct(queue, 95))),
      figure('review_answer_p95_ms_50k_log', pct(answer, 95), 'ms', pct(baseline, 95), '≤ 0.1× replaying the log and ≤ 20 ms', met(pct(answer, 95))),
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
