import Database from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Question } from '@shared/content-types'
import { migrate } from '../../../electron/core/db/migrations'
import { examHistory } from '../../../electron/core/exam/history'
import { drillPool, type History } from '../../../electron/core/exam/select'
import { REAL_CONTENT, testCore } from '../helpers/core'

const question = (id: string, notes: string[]): Question => ({
  id,
  domain: 1,
  type: 'single',
  select: 1,
  difficulty: 1,
  tasks: ['1.1'],
  grounding: notes.map((note) => ({ note })),
  stem: '',
  options: [],
  answer: [],
  explanation: '',
  links: [],
  asOf: '',
  reviewed: null,
  file: '',
  line: 0,
})
// Several notes with one question each, so the weakest-notes drill often has ties to break.
const bank = [question('q1', ['n1']), question('q2', ['n2']), question('q3', ['n3']), question('q4', ['n4', 'n1']), question('q5', ['n5'])]
const byId = new Map(bank.map((q) => [q.id, q]))

/** How history was computed before migration 9: replay every graded answer in time order. */
function replay(db: Database.Database): History {
  const rows = db
    .prepare(
      `
    SELECT i.question_id, i.correct, i.flagged FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
    WHERE a.status != 'discarded' AND i.correct IS NOT NULL
    ORDER BY coalesce(i.answered_at, a.submitted_at), i.attempt_id, i.position`,
    )
    .all() as { question_id: string; correct: number; flagged: number }[]
  const lastCorrect = new Map<string, boolean>()
  const flagged = new Set<string>()
  for (const r of rows) {
    lastCorrect.set(r.question_id, r.correct === 1)
    if (r.flagged) flagged.add(r.question_id)
    else flagged.delete(r.question_id)
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

/** Everything a caller can observe, in order where order is observable (weakest-note ties). */
const observed = (h: History) => ({
  lastCorrect: [...h.lastCorrect],
  flagged: [...h.flagged].sort(), // only ever tested for membership
  noteAccuracy: [...h.noteAccuracy],
  drills: (['wrong', 'flagged', 'weakest', 'unseen'] as const).map((k) => drillPool(k, bank, h).map((q) => q.id)),
})

function freshDb() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db)
  return db
}

// Few distinct times so ties are common; '2026-11-01' sorts before its own longer forms.
const when = fc.constantFrom<string | null>(null, '2026-11-01', '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z', '2026-11-02T08:00:00.000Z')
const grade = fc.constantFrom<number | null>(null, 0, 1)
const attempt = fc.integer({ min: 1, max: 3 })
const position = fc.integer({ min: 0, max: 3 })
const op = fc.oneof(
  // An attempt put into any state with any submit time, keeping its items: covers an import's
  // submitted and discarded attempts (graded or not) and a changed submit time.
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('attempt' as const), attempt, status: fc.constantFrom('open', 'submitted', 'discarded'), submittedAt: when }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('item' as const),
      attempt,
      q: fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5', 'gone'),
      correct: grade,
      at: when,
      flagged: fc.boolean(),
    }),
  },
  // A re-answer (instant feedback grades it, a mock answer leaves the grade empty).
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('answer' as const), attempt, position, correct: grade, at: when }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('mark' as const), attempt, position, flagged: fc.boolean() }) },
  // Submit: every item graded, blanks included, and the attempt's time set.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('submit' as const), attempt, at: when, correct: fc.constantFrom(0, 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('discard' as const), attempt, ungrade: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), attempt, position: fc.option(position) }) },
)
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never

function apply(db: Database.Database, ops: Op[]) {
  const ensure = db.prepare(
    "INSERT OR IGNORE INTO attempts (id, mode, config, seed, status, created_at, started_wall_ms) VALUES (?, 'practice', '{}', 1, 'open', 'now', 0)",
  )
  for (const o of ops) {
    if (o.kind === 'attempt') {
      db.prepare(
        `INSERT INTO attempts (id, mode, config, seed, status, created_at, submitted_at, started_wall_ms) VALUES (?, 'practice', '{}', 1, ?, 'now', ?, 0)
        ON CONFLICT (id) DO UPDATE SET status = excluded.status, submitted_at = excluded.submitted_at`,
      ).run(o.attempt, o.status, o.submittedAt)
      continue
    }
    ensure.run(o.attempt)
    if (o.kind === 'item') {
      const next = db.prepare('SELECT coalesce(max(position) + 1, 0) FROM attempt_items WHERE attempt_id = ?').pluck().get(o.attempt) as number
      db.prepare(
        "INSERT INTO attempt_items (attempt_id, position, question_id, option_order, answered_at, correct, flagged) VALUES (?, ?, ?, '[]', ?, ?, ?)",
      ).run(o.attempt, next, o.q, o.at, o.correct, o.flagged ? 1 : 0)
    } else if (o.kind === 'answer') {
      db.prepare('UPDATE attempt_items SET answer = \'["A"]\', answered_at = ?, correct = ? WHERE attempt_id = ? AND position = ?').run(
        o.at,
        o.correct,
        o.attempt,
        o.position,
      )
    } else if (o.kind === 'mark') {
      db.prepare('UPDATE attempt_items SET flagged = ? WHERE attempt_id = ? AND position = ?').run(o.flagged ? 1 : 0, o.attempt, o.position)
    } else if (o.kind === 'submit') {
      db.prepare('UPDATE attempt_items SET correct = coalesce(correct, ?) WHERE attempt_id = ?').run(o.correct, o.attempt)
      db.prepare("UPDATE attempts SET status = 'submitted', submitted_at = ? WHERE id = ?").run(o.at, o.attempt)
    } else if (o.kind === 'discard') {
      db.prepare("UPDATE attempts SET status = 'discarded' WHERE id = ?").run(o.attempt)
      if (o.ungrade) db.prepare('UPDATE attempt_items SET correct = NULL WHERE attempt_id = ?').run(o.attempt)
    } else if (o.position === null) {
      db.prepare('DELETE FROM attempts WHERE id = ?').run(o.attempt) // items go by ON DELETE CASCADE
    } else {
      db.prepare('DELETE FROM attempt_items WHERE attempt_id = ? AND position = ?').run(o.attempt, o.position)
    }
  }
}

describe('exam history', () => {
  it('equals a replay of every graded answer after any sequence of writes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40, size: 'max' }), (ops) => {
        const db = freshDb()
        apply(db, ops)
        expect(observed(examHistory(db, byId)())).toEqual(observed(replay(db)))
        db.close()
      }),
      { numRuns: 1000 },
    )
  })

  it('takes the latest answer: a blank counts at submit time, ties go to the later attempt and position, discarded attempts not at all', () => {
    const db = freshDb()
    db.exec(`INSERT INTO attempts (id, mode, config, seed, status, created_at, submitted_at, started_wall_ms) VALUES
        (1, 'practice', '{}', 1, 'submitted', 'now', '2026-11-03T00:00:00.000Z', 0),
        (2, 'practice', '{}', 1, 'submitted', 'now', '2026-11-02T00:00:00.000Z', 0),
        (3, 'practice', '{}', 1, 'discarded', 'now', '2026-11-09T00:00:00.000Z', 0);
      INSERT INTO attempt_items (attempt_id, position, question_id, option_order, answered_at, correct, flagged) VALUES
        (1, 0, 'q1', '[]', NULL, 0, 1),
        (2, 0, 'q1', '[]', '2026-11-02T12:00:00.000Z', 1, 0),
        (1, 1, 'q2', '[]', '2026-11-01T00:00:00.000Z', 0, 0),
        (2, 1, 'q2', '[]', '2026-11-01T00:00:00.000Z', 1, 0),
        (2, 2, 'q2', '[]', '2026-11-01T00:00:00.000Z', 0, 1),
        (3, 0, 'q3', '[]', '2026-11-09T00:00:00.000Z', 1, 0);`)
    const h = examHistory(db, byId)()
    expect([...h.lastCorrect]).toEqual([
      ['q2', false],
      ['q1', false],
    ]) // q2 was answered first
    expect([...h.flagged].sort()).toEqual(['q1', 'q2'])
    expect(observed(h)).toEqual(observed(replay(db)))
  })

  it('feeds the Exams home: blanks graded at submit are wrong, flags count, a discarded attempt does not', async () => {
    const { handlers: h, content } = testCore({ contentDir: REAL_CONTENT })
    const practice = (seed: number) => ({ mode: 'practice' as const, count: 5, timeLimitMin: null, domains: [], notes: [], instantFeedback: false, seed })
    const a = await h['exam.start'](practice(1))
    h['exam.mark']({ attemptId: a.id, position: 1, flagged: true })
    h['exam.submit']({ attemptId: a.id })
    const total = content.questions.length
    expect((await h['exam.bank']({})).drills).toMatchObject({ wrong: 5, flagged: 1, unseen: total - 5 })
    const b = await h['exam.start'](practice(2))
    h['exam.mark']({ attemptId: b.id, position: 0, flagged: true })
    h['exam.discard']({ attemptId: b.id })
    expect((await h['exam.bank']({})).drills).toMatchObject({ wrong: 5, flagged: 1, unseen: total - 5 })
  })
})
