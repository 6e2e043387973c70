import type { Database } from 'better-sqlite3'
import type { Confidence, ExamConfig, ExamMode } from '@shared/exam-types'
import type { AttemptRow, ItemRow } from '../db/rows'
import { readConfig } from './columns'

export type { AttemptRow, ItemRow } from '../db/rows'

/**
 * An attempt's columns, its active time including what answers credited to their items but
 * not yet to the attempt row (pending_ms, migration 10): the whole truth even after a crash.
 */
const ATTEMPT = `a.id, a.mode, a.config, a.seed, a.status, a.created_at, a.submitted_at, a.submit_reason, a.time_limit_ms,
  a.active_ms + (SELECT coalesce(sum(pending_ms), 0) FROM attempt_items WHERE attempt_id = a.id) AS active_ms,
  a.strict, a.started_wall_ms, a.summary FROM attempts a`

/** Every SQL statement the exam engine runs, prepared once. */
export function examStore(db: Database) {
  return {
    insertAttempt: db.prepare<[ExamMode, string, number, string, number | null, number, number], void>(
      `INSERT INTO attempts (mode, config, seed, status, created_at, time_limit_ms, strict, started_wall_ms)
       VALUES (?, ?, ?, 'open', ?, ?, ?, ?)`,
    ),
    insertItem: db.prepare<[number, number, string, string, number]>(
      'INSERT INTO attempt_items (attempt_id, position, question_id, option_order, scored) VALUES (?, ?, ?, ?, ?)',
    ),
    attempt: db.prepare<[number], AttemptRow>(`SELECT ${ATTEMPT} WHERE a.id = ?`),
    items: db.prepare<[number], ItemRow>('SELECT * FROM attempt_items WHERE attempt_id = ? ORDER BY position'),
    item: db.prepare<[number, number], ItemRow>('SELECT * FROM attempt_items WHERE attempt_id = ? AND position = ?'),
    openOfMode: db.prepare<[ExamMode], AttemptRow>(`SELECT ${ATTEMPT} WHERE a.status = 'open' AND a.mode = ?`),
    open: db.prepare<[], AttemptRow>(`SELECT ${ATTEMPT} WHERE a.status = 'open'`),
    recent: db.prepare<[number], AttemptRow>(`SELECT ${ATTEMPT} WHERE a.status != 'discarded' ORDER BY a.id DESC LIMIT ?`),
    answeredCount: db.prepare<[number], number>('SELECT count(*) FROM attempt_items WHERE attempt_id = ? AND answer IS NOT NULL').pluck(),
    addTime: db.prepare<[number, number], void>('UPDATE attempts SET active_ms = active_ms + ? WHERE id = ?'),
    addItemTime: db.prepare<[number, number, number], void>('UPDATE attempt_items SET time_ms = time_ms + ? WHERE attempt_id = ? AND position = ?'),
    /** One row, one page: the credited time goes to the item and, pending, to the attempt. */
    saveAnswer: db.prepare<[string, Confidence | null, string, number | null, number, number, number, number], void>(
      `UPDATE attempt_items SET answer = ?, confidence = coalesce(?, confidence), answered_at = ?, correct = ?,
         time_ms = time_ms + ?, pending_ms = pending_ms + ?
       WHERE attempt_id = ? AND position = ?`,
    ),
    /** Moves the pending time into attempts.active_ms (at submit), so finished attempts hold it all. */
    foldPending: db.prepare<{ id: number }, void>(
      `UPDATE attempts SET active_ms = active_ms + (SELECT coalesce(sum(pending_ms), 0) FROM attempt_items WHERE attempt_id = @id) WHERE id = @id`,
    ),
    clearPending: db.prepare<[number], void>('UPDATE attempt_items SET pending_ms = 0 WHERE attempt_id = ? AND pending_ms != 0'),
    saveMark: db.prepare<[number | null, Confidence | null, number, number], void>(
      'UPDATE attempt_items SET flagged = coalesce(?, flagged), confidence = coalesce(?, confidence) WHERE attempt_id = ? AND position = ?',
    ),
    setCorrect: db.prepare<[number, number, number], void>('UPDATE attempt_items SET correct = ? WHERE attempt_id = ? AND position = ?'),
    submit: db.prepare<[string, string, string, number], void>(
      "UPDATE attempts SET status = 'submitted', submitted_at = ?, submit_reason = ?, summary = ? WHERE id = ? AND status = 'open'",
    ),
    discard: db.prepare<[number], void>("UPDATE attempts SET status = 'discarded' WHERE id = ? AND status = 'open'"),
    /** A discarded attempt's answers no longer count anywhere (instant-feedback ones included). */
    ungrade: db.prepare<[number], void>('UPDATE attempt_items SET correct = NULL WHERE attempt_id = ?'),
  }
}

export type ExamStore = ReturnType<typeof examStore>

export const parseConfig = (row: AttemptRow): ExamConfig => readConfig(row.config)
