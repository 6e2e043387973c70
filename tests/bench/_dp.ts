import { dashboardFigures } from './dashboard-bench'
import Database from 'better-sqlite3'
// re-create the bench DB by monkeypatching timings? simpler: copy the setup
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../electron/core/core'
import { silentLogger } from '../../electron/core/log'
import { timings, pct } from './measure'
void dashboardFigures; void Database; void randomUUID
const dir = mkdtempSync(join(tmpdir(), 'dp-'))
const core = createCore({ dataDir: dir, contentDir: '/work/main/content', platform: 'host', version: 'bench', log: silentLogger, openExternal: async () => false })
const { db, content } = core
const qs = content.questions
const insA = db.prepare("INSERT INTO attempts (mode, config, seed, status, created_at, submitted_at, active_ms, started_wall_ms, summary) VALUES ('practice', '{}', ?, 'submitted', ?, ?, ?, 0, ?)")
const insI = db.prepare('INSERT INTO attempt_items (attempt_id, position, question_id, option_order, answer, answered_at, correct, time_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
db.transaction(() => {
  for (let a = 0; a < 2000; a++) {
    const at = new Date(Date.parse('2026-05-10T09:00:00Z') + a * 8_640_000).toISOString()
    const id = Number(insA.run(a, at, at, 50 * 60_000, JSON.stringify({ scaled: 600 + (a % 300), passed: a % 3 === 0 })).lastInsertRowid)
    for (let p = 0; p < 50; p++) insI.run(id, p, qs[(a * 50 + p) % qs.length]!.id, '["A","B","C","D"]', '["A"]', at, (a + p) % 3 ? 1 : 0, 60_000)
  }
})()
const q = (sql: string, ...args: unknown[]) => { const st = db.prepare(sql); const t = timings(20, () => st.all(...args)); return pct(t, 50).toFixed(2) + '/' + pct(t, 95).toFixed(2) }
console.log('perQuestion', q('SELECT question_id, count(*) AS total, sum(correct) AS correct FROM attempt_items WHERE correct IS NOT NULL GROUP BY question_id'))
console.log('recent', q(`SELECT question_id, correct FROM (SELECT question_id, correct, attempt_id, position FROM attempt_items WHERE correct IS NOT NULL ORDER BY attempt_id DESC, position DESC LIMIT 2000) ORDER BY attempt_id, position`))
const since = new Date(Date.now() - 30 * 86400000).toISOString()
console.log('slots', q(`SELECT substr(answered_at, 1, 15) AS slot, count(*) AS n FROM attempt_items WHERE attempt_id >= (SELECT coalesce(min(id), 0) FROM attempts WHERE created_at >= @since) AND answered_at >= @since AND correct IS NOT NULL GROUP BY slot`, { since }))
console.log('minutes', q("SELECT date(coalesce(submitted_at, created_at), 'localtime') AS day, sum(active_ms) AS ms FROM attempts WHERE status != 'discarded' AND coalesce(submitted_at, created_at) >= ? GROUP BY day", since))
console.log('attempts', q(`SELECT id, submitted_at, mode, json_extract(summary, '$.scaled') AS scaled, json_extract(summary, '$.passed') AS passed FROM attempts WHERE status = 'submitted' ORDER BY submitted_at DESC LIMIT 200`))
const t = timings(30, () => core.handlers['progress.summary']({}))
console.log('summary', pct(t, 50).toFixed(2), pct(t, 95).toFixed(2))
console.log(db.prepare("SELECT sql FROM sqlite_master WHERE tbl_name IN ('attempt_items','attempts')").pluck().all().join('\n'))
