import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../electron/core/core'
import { silentLogger } from '../../electron/core/log'
import { figure, pct, timings, type Figure } from './measure'

/** The dashboard, the Exams home and the Annotations list over 100,000 answers and 10,000 annotations. */
export function dashboardFigures(contentDir: string): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'study-bench-dash-'))
  try {
    const core = createCore({ dataDir: dir, contentDir, platform: 'host', version: 'bench', log: silentLogger, openExternal: async () => false })
    const { db, handlers: h, content } = core
    const qs = content.questions
    // 2,000 submitted attempts × 50 answered items = 100,000 answers, spread over 200 days.
    const insA = db.prepare(
      "INSERT INTO attempts (mode, config, seed, status, created_at, submitted_at, active_ms, started_wall_ms, summary) VALUES ('practice', '{}', ?, 'submitted', ?, ?, ?, 0, ?)",
    )
    const insI = db.prepare(
      'INSERT INTO attempt_items (attempt_id, position, question_id, option_order, answer, answered_at, correct, time_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    db.transaction(() => {
      for (let a = 0; a < 2000; a++) {
        const at = new Date(Date.parse('2026-05-10T09:00:00Z') + a * 8_640_000).toISOString()
        const id = Number(insA.run(a, at, at, 50 * 60_000, JSON.stringify({ scaled: 600 + (a % 300), passed: a % 3 === 0 })).lastInsertRowid)
        for (let p = 0; p < 50; p++) {
          const q = qs[(a * 50 + p) % qs.length]!
          insI.run(id, p, q.id, '["A","B","C","D"]', '["A"]', at, (a + p) % 3 ? 1 : 0, 60_000)
        }
      }
    })()
    const at = new Date().toISOString()
    const insAn = db.prepare(
      "INSERT INTO annotations (id, note_id, color, quote, prefix, suffix, position, comment, created_at, updated_at) VALUES (?, ?, 'yellow', ?, '', '', ?, ?, ?, ?)",
    )
    const insF = db.prepare("INSERT INTO user_text_fts (kind, ref_id, text) VALUES ('annotation', ?, ?)")
    db.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        const id = randomUUID()
        insAn.run(id, content.notes[i % content.notes.length]!.id, `引用 ${i} ゲートウェイ`, i, `コメント ${i}`, at, at)
        insF.run(id, `引用 ${i} ゲートウェイ\nコメント ${i}`)
      }
    })()
    const summary = timings(30, () => h['progress.summary']({}))
    const bank = timings(30, () => h['exam.bank']({}))
    // Baseline: what exam.bank replayed before migration 9, every graded answer in time order.
    const replayRead = timings(15, () =>
      db
        .prepare(
          `SELECT i.question_id, i.correct, i.flagged FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
      WHERE a.status != 'discarded' AND i.correct IS NOT NULL ORDER BY coalesce(i.answered_at, a.submitted_at), i.attempt_id, i.position`,
        )
        .all(),
    )
    // The list asks for the window on screen: measured at spread offsets, the deepest included.
    const listWindow = timings(30, (i) => h['annotations.search']({ q: '', offset: Math.floor((i / 29) * 9_900), limit: 100 }))
    const readAll = timings(15, () =>
      db.prepare('SELECT id, note_id, color, quote, comment, updated_at FROM annotations WHERE deleted_at IS NULL ORDER BY note_id, position').raw().all(),
    )
    const search = timings(30, () => h['annotations.search']({ q: 'コメント 99', limit: 100 }))
    // Baseline: the raw SQL read of the same rows, no computation.
    const raw = timings(15, () => db.prepare('SELECT question_id, correct, answered_at, time_ms FROM attempt_items').all())
    core.db.close()
    return [
      figure(
        'dashboard_summary_p95_ms_100k_answers',
        pct(summary, 95),
        'ms',
        pct(raw, 95),
        '≤ 20 ms (baseline: reading the 100k rows alone)',
        pct(summary, 95) <= 20,
      ),
      figure(
        'exam_bank_p95_ms_100k_answers',
        pct(bank, 95),
        'ms',
        pct(replayRead, 95),
        '≤ 20 ms (baseline: reading the 100k graded answers in time order, as the replay did)',
        pct(bank, 95) <= 20,
      ),
      figure('annotations_list_p95_ms_10k', pct(listWindow, 95), 'ms', pct(readAll, 95), '≤ 20 ms (baseline: reading all 10k rows)', pct(listWindow, 95) <= 20),
      figure('annotations_search_p95_ms_10k', pct(search, 95), 'ms', pct(readAll, 95), '≤ 20 ms (baseline: reading all 10k rows)', pct(search, 95) <= 20),
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
