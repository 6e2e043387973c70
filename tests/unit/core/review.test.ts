import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { migrate, migrations, schemaVersion } from '../../../electron/core/db/migrations'
import { createCardStore, replay, type CardState, type LogEntry } from '../../../electron/core/review/cards'
import { deriveRating, isSlow, needsReview } from '../../../electron/core/review/rating'
import { REAL_CONTENT, testCore } from '../helpers/core'
import { testClock } from '../helpers/clock'

describe('rating derivation', () => {
  const base = { correct: true, confidence: null, flagged: false, slow: false } as const
  it('wrong → Again; right but unsure, guessed, flagged or slow → Hard; right → Good', () => {
    expect(deriveRating({ ...base, correct: false, confidence: 'sure' })).toBe('again')
    expect(deriveRating({ ...base, confidence: 'unsure' })).toBe('hard')
    expect(deriveRating({ ...base, confidence: 'guess' })).toBe('hard')
    expect(deriveRating({ ...base, flagged: true })).toBe('hard')
    expect(deriveRating({ ...base, slow: true })).toBe('hard')
    expect(deriveRating({ ...base, confidence: 'sure' })).toBe('good')
    expect(needsReview({ ...base, confidence: 'sure' })).toBe(false)
  })
  it('slow means over twice the median and at least 90 s', () => {
    const times = [40_000, 50_000, 60_000, 45_000]
    expect(isSlow(130_000, times)).toBe(true)
    expect(isSlow(80_000, [10_000, 10_000, 10_000])).toBe(false)
  })
})

describe('FSRS replay', () => {
  it('is deterministic and spaces Good further than Hard, Again soonest', () => {
    const at = '2026-11-25T10:00:00.000Z'
    const due = (rating: number) =>
      replay([{ question_id: 'q', rating, reviewed_at: at }])
        .get('q')!
        .card.due.getTime()
    expect(due(1)).toBeLessThan(due(2))
    expect(due(2)).toBeLessThan(due(3))
    const log = [1, 3, 3, 3].map((rating, i) => ({ question_id: 'q', rating, reviewed_at: new Date(Date.parse(at) + i * 86_400_000 * 3).toISOString() }))
    const a = replay(log).get('q')!
    expect(replay(log).get('q')!.card.due.getTime()).toBe(a.card.due.getTime())
    expect(a.card.reps).toBe(4)
    expect(a.card.lapses).toBe(0)
    expect(a.lastRating).toBe('good')
  })
})

describe('review queue', () => {
  it('turns exam mistakes into due cards, reviews them and reschedules', async () => {
    const t = testClock(Date.parse('2026-11-25T10:00:00Z'))
    const core = testCore({ contentDir: REAL_CONTENT, clock: t.clock, now: () => new Date(t.clock.wall()) })
    const h = core.handlers
    expect((await h['review.queue']({})).totalCards).toBe(0)
    const a = (await h['exam.start']({ mode: 'practice', count: 3, timeLimitMin: null, domains: [1], notes: [], instantFeedback: false })) as {
      id: number
      items: { questionId: string }[]
    }
    h['exam.answer']({ attemptId: a.id, position: 0, answer: ['A'], confidence: 'guess' })
    await h['exam.submit']({ attemptId: a.id })
    // Every item is either wrong (unanswered ones too) or a guess: all three become cards.
    const logged = core.db.prepare("SELECT count(*) FROM review_log WHERE source = 'exam'").pluck().get()
    expect(logged).toBe(3)
    const q = await h['review.queue']({}) // fresh mistakes are in learning: due within the learn-ahead window
    expect(q.totalCards).toBe(3)
    expect(q.due.length).toBe(3)
    expect(JSON.stringify(q.due[0]!.item)).not.toMatch(/"reveal"/)
    const card = q.due[0]!
    const question = core.content.questions.find((x) => x.id === card.questionId)!
    const r = await h['review.answer']({ questionId: card.questionId, answer: question.answer, confidence: 'sure' })
    expect(r.rating).toBe('good')
    expect(r.item.reveal!.correct).toBe(true)
    expect(Date.parse(r.nextDue)).toBeGreaterThan(t.clock.wall())
    expect(Date.parse(r.nextDue)).toBeGreaterThan(Date.parse(card.due)) // moved on
    t.advance(60 * 60_000)
    const after = await h['review.queue']({})
    expect(after.totalCards).toBe(3)
    expect(after.due.map((c) => c.questionId)).toContain(q.due[1]!.questionId) // still unreviewed
    // Submitting the same attempt's data again cannot add entries twice (one per question and attempt).
    expect(() => h['exam.submit']({ attemptId: a.id })).toThrow()
  })

  it('limits a day to newPerDay first-time cards and maxPerDay answers; the next local day lets the rest in', async () => {
    const t = testClock(Date.parse('2026-11-25T10:00:00Z'))
    const core = testCore({ contentDir: REAL_CONTENT, clock: t.clock, now: () => new Date(t.clock.wall()) })
    const h = core.handlers
    core.handlers['settings.update']({ reviewNewPerDay: 2, reviewMaxPerDay: 3 })
    const a = (await h['exam.start']({ mode: 'practice', count: 6, timeLimitMin: null, domains: [], notes: [], instantFeedback: false })) as { id: number }
    await h['exam.submit']({ attemptId: a.id }) // six unanswered: six cards
    const q = await h['review.queue']({})
    expect(q.totalCards).toBe(6)
    expect(q.due).toHaveLength(2) // all six are new to the review screen: two a day
    expect(q.due.every((c) => c.fresh)).toBe(true)
    expect(q.limits).toMatchObject({ newPerDay: 2, maxPerDay: 3, reviewedToday: 0, newToday: 0, heldBack: 4 })
    for (const c of q.due) {
      const question = core.content.questions.find((x) => x.id === c.questionId)!
      await h['review.answer']({ questionId: c.questionId, answer: question.answer, confidence: 'sure' })
    }
    const after = await h['review.queue']({})
    expect(after.limits).toMatchObject({ reviewedToday: 2, newToday: 2 })
    // The new-card limit is used up today; a card just learnt may come back once (3 answers a day).
    expect(after.due.filter((c) => c.fresh)).toHaveLength(0)
    expect(after.due.length).toBeLessThanOrEqual(1)
    t.advance(24 * 60 * 60_000)
    const tomorrow = await h['review.queue']({})
    expect(tomorrow.limits).toMatchObject({ reviewedToday: 0, newToday: 0 })
    expect(tomorrow.due.filter((c) => c.fresh)).toHaveLength(2)
    expect(tomorrow.due.length).toBeLessThanOrEqual(3)
  })

  it('previews the four grades without writing, and the learner may choose one instead of the derived rating', async () => {
    const t = testClock(Date.parse('2026-11-25T10:00:00Z'))
    const core = testCore({ contentDir: REAL_CONTENT, clock: t.clock, now: () => new Date(t.clock.wall()) })
    const h = core.handlers
    const a = (await h['exam.start']({ mode: 'practice', count: 1, timeLimitMin: null, domains: [], notes: [], instantFeedback: false })) as { id: number }
    await h['exam.submit']({ attemptId: a.id })
    const card = (await h['review.queue']({})).due[0]!
    const question = core.content.questions.find((x) => x.id === card.questionId)!
    const before = core.db.prepare('SELECT count(*) FROM review_log').pluck().get()
    const p = await h['review.preview']({ questionId: card.questionId, answer: question.answer, confidence: null })
    expect(core.db.prepare('SELECT count(*) FROM review_log').pluck().get()).toBe(before)
    expect(p.rating).toBe('good')
    expect(p.item.reveal!.correct).toBe(true)
    const at = (r: keyof typeof p.previews) => Date.parse(p.previews[r])
    expect(at('again')).toBeLessThanOrEqual(at('hard'))
    expect(at('hard')).toBeLessThanOrEqual(at('good'))
    expect(at('good')).toBeLessThan(at('easy'))
    const r = await h['review.answer']({ questionId: card.questionId, answer: question.answer, confidence: null, rating: 'easy' })
    expect(r.rating).toBe('easy')
    expect(r.nextDue).toBe(p.previews.easy) // what the button said is what happens
    expect(core.db.prepare("SELECT rating FROM review_log WHERE source = 'review'").pluck().get()).toBe(4)
  })

  it('refuses an option that does not exist and writes nothing', async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const q = core.content.questions[0]!
    await expect(async () => core.handlers['review.answer']({ questionId: q.id, answer: ['H'], confidence: null })).rejects.toMatchObject({
      code: 'invalid_input',
    })
    expect(core.db.prepare('SELECT count(*) FROM review_log').pluck().get()).toBe(0)
  })
})

describe('review cards kept beside the log', () => {
  /** The oracle: a replay of the whole log in its order. */
  const all = (db: Database.Database) =>
    replay(db.prepare('SELECT id, question_id, rating, reviewed_at FROM review_log ORDER BY reviewed_at, id').all() as LogEntry[])
  const shape = (c: CardState) => ({
    ...c.card,
    due: c.card.due.toISOString(),
    last_review: c.card.last_review?.toISOString() ?? null,
    lastRating: c.lastRating,
  })

  it('equal a replay of the whole log after any sequence of appends, in or out of time order, and imports', () => {
    const entry = fc.record({
      q: fc.constantFrom('q1', 'q2', 'q3'),
      rating: fc.integer({ min: 1, max: 4 }),
      // Minutes from a start: repeats and steps back in time (an import of older history) included.
      minute: fc.integer({ min: 0, max: 60 * 24 * 60 }),
      rebuildAfter: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60, size: 'max' }), (entries) => {
        const db = new Database(':memory:')
        migrate(db)
        const cards = createCardStore(db)
        const ins = db.prepare("INSERT INTO review_log (question_id, rating, source, correct, reviewed_at) VALUES (?, ?, 'review', 0, ?)")
        for (const e of entries) {
          const at = new Date(Date.parse('2026-01-01T00:00:00Z') + e.minute * 60_000).toISOString()
          db.transaction(() => {
            const id = Number(ins.run(e.q, e.rating, at).lastInsertRowid)
            if (e.rebuildAfter)
              cards.rebuild(e.q) // the import path
            else cards.applied({ id, question_id: e.q, rating: e.rating, reviewed_at: at })
          })()
        }
        const expected = all(db)
        expect(new Set(cards.all().map((r) => r.question_id))).toEqual(new Set(expected.keys()))
        for (const [q, c] of expected) expect(shape(cards.get(q)!), q).toEqual(shape(c))
      }),
      { numRuns: 300, seed: 20261126 },
    )
  })

  it('migration 12 fills the table from an existing log', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 11))
    const ins = db.prepare("INSERT INTO review_log (question_id, rating, source, correct, reviewed_at) VALUES (?, ?, 'review', 0, ?)")
    ins.run('q1', 1, '2026-01-02T00:00:00.000Z')
    ins.run('q1', 3, '2026-01-01T00:00:00.000Z') // inserted later, but earlier in time
    ins.run('q2', 2, '2026-01-03T00:00:00.000Z')
    migrate(db, migrations.slice(0, 12))
    expect(schemaVersion(db)).toBe(12)
    const cards = createCardStore(db)
    for (const [q, c] of all(db)) expect(shape(cards.get(q)!)).toEqual(shape(c))
    expect(() =>
      db
        .prepare(
          "INSERT INTO review_cards (question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_log_at, last_log_id) VALUES ('x', 'now', 0, 0, 0, 0, 0, 0, 0, 9, 'now', 1)",
        )
        .run(),
    ).toThrow(/CHECK/)
  })
})
