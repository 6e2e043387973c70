import type { Database } from 'better-sqlite3'
import type { Question } from '@shared/content-types'
import type { History } from './select'

/**
 * Per question, its latest graded answer in an attempt that was not discarded (submitted
 * attempts and revealed practice items), ordered by time = coalesce(answered_at, the attempt's
 * submitted_at), then attempt, then position. That is the outcome of replaying every graded
 * answer in that order, but read with two seeks per question on attempt_items_latest
 * (migration 9) instead of sorting all of them: 100,000 answers took 110–190 ms to replay.
 *
 * Rows come in the order of each question's first graded answer, which is the order a replay
 * meets them in; the weakest-notes drill breaks ties between notes by it.
 */
const LATEST_SQL = `
  WITH RECURSIVE answered (id) AS (
    -- Each question with a graded answer, one index seek apiece (a loose index scan).
    SELECT min(question_id) FROM attempt_items WHERE correct IS NOT NULL
    UNION ALL
    SELECT (SELECT min(question_id) FROM attempt_items WHERE correct IS NOT NULL AND question_id > answered.id) FROM answered WHERE id IS NOT NULL
  ), ends AS (
    -- The ORDER BY terms match the index, so each subquery walks it and stops at the first
    -- answer outside a discarded attempt.
    SELECT
      (SELECT i.rowid FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
        WHERE i.question_id = answered.id AND i.correct IS NOT NULL AND a.status != 'discarded'
        ORDER BY coalesce(i.answered_at, i.attempt_submitted_at), i.attempt_id, i.position LIMIT 1) AS first,
      (SELECT i.rowid FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
        WHERE i.question_id = answered.id AND i.correct IS NOT NULL AND a.status != 'discarded'
        ORDER BY coalesce(i.answered_at, i.attempt_submitted_at) DESC, i.attempt_id DESC, i.position DESC LIMIT 1) AS last
    FROM answered WHERE id IS NOT NULL
  )
  SELECT l.question_id, l.correct, l.flagged FROM ends
    JOIN attempt_items f ON f.rowid = ends.first
    JOIN attempt_items l ON l.rowid = ends.last
  ORDER BY coalesce(f.answered_at, f.attempt_submitted_at), f.attempt_id, f.position`

export interface LatestAnswer {
  question_id: string
  correct: number
  flagged: number
}

/** The latest graded answer per question, as described above. */
export const latestAnswers = (db: Database) => db.prepare<[], LatestAnswer>(LATEST_SQL)

/** What drills and the Exams home need to know about past answers. */
export function examHistory(db: Database, byId: Map<string, Question>): () => History {
  const latest = latestAnswers(db)
  return () => {
    const lastCorrect = new Map<string, boolean>()
    const flagged = new Set<string>()
    for (const r of latest.all()) {
      lastCorrect.set(r.question_id, r.correct === 1)
      if (r.flagged) flagged.add(r.question_id)
    }
    const noteAccuracy = new Map<string, { correct: number; total: number }>()
    for (const [qid, ok] of lastCorrect) {
      for (const g of byId.get(qid)?.grounding ?? []) {
        const a = noteAccuracy.get(g.note) ?? { correct: 0, total: 0 }
        a.total++
        if (ok) a.correct++
        noteAccuracy.set(g.note, a)
      }
    }
    return { lastCorrect, flagged, noteAccuracy }
  }
}
