import type { Database } from 'better-sqlite3'
import type { Question } from '@shared/content-types'
import type { Confidence, ItemView } from '@shared/exam-types'
import { startOfDay } from 'date-fns'
import type { ReviewCard, ReviewQueue, ReviewRating } from '@shared/review-types'
import { ApiFailure } from '@shared/result'
import { defaultSettings } from '@shared/settings-defaults'
import type { OptionKey } from '@shared/vocab'
import type { LoadedContent } from '../content/load'
import type { Handlers } from '../dispatch'
import { revealFor, shownParts } from '../exam/reveal'
import { isCorrect } from '../exam/scoring'
import { createCardStore, fromRow, previewDue, stateName } from './cards'
import { deriveRating, isSlow, needsReview, RATING_NUMBER } from './rating'

type ReviewHandlers = Pick<Handlers, 'review.queue' | 'review.preview' | 'review.answer'>

/** The daily limits, read from the settings each time the queue is asked for. */
export interface DailyLimits {
  newPerDay: number
  maxPerDay: number
}

export const LEARN_AHEAD_MS = 20 * 60_000

/**
 * Spaced review from mistakes: exam answers that were wrong, unsure, guessed, flagged or slow
 * become FSRS cards; the daily queue brings them back. The append-only review_log is the record;
 * each question's current card is kept beside it (review_cards), updated in the same transaction.
 */
export function reviewFeature(
  db: Database,
  content: LoadedContent,
  now: () => Date,
  limits: () => DailyLimits = () => ({ newPerDay: defaultSettings.reviewNewPerDay, maxPerDay: defaultSettings.reviewMaxPerDay }),
) {
  const byId = new Map(content.questions.map((q) => [q.id, q]))
  const cards = createCardStore(db)
  const insert = db.prepare<[string, number, string, number | null, number, string]>(
    'INSERT OR IGNORE INTO review_log (question_id, rating, source, attempt_id, correct, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  /** Appends a log entry and moves its card on, together. */
  const append = db.transaction((questionId: string, rating: number, source: string, attemptId: number | null, correct: number, at: string) => {
    const r = insert.run(questionId, rating, source, attemptId, correct, at)
    if (r.changes) cards.applied({ id: Number(r.lastInsertRowid), question_id: questionId, rating, reviewed_at: at })
  })
  const attemptItems = db.prepare<[number], { question_id: string; correct: number; confidence: Confidence | null; flagged: number; time_ms: number }>(
    'SELECT question_id, correct, confidence, flagged, time_ms FROM attempt_items WHERE attempt_id = ?',
  )
  const submittedAt = db.prepare<[number], string>('SELECT submitted_at FROM attempts WHERE id = ?').pluck()
  // Each a single statement (one pass in SQLite, not one query per card): how many review-screen
  // answers since a time and how many of them were a card's first, and the cards answered on this
  // screen at all. The look-ups by question name their index: left to itself the planner walks
  // the covering (source, time) index instead, every review row for every card (16 ms → 1 ms at
  // 50,000 entries).
  const reviewedToday = db.prepare<[string, string], { answers: number; firsts: number }>(
    `SELECT count(*) AS answers, count(DISTINCT CASE WHEN NOT EXISTS (
        SELECT 1 FROM review_log b INDEXED BY review_log_question WHERE b.question_id = t.question_id AND b.reviewed_at < ? AND b.source = 'review') THEN t.question_id END) AS firsts
     FROM review_log t WHERE t.source = 'review' AND t.reviewed_at >= ?`,
  )
  const seenOnScreen = db
    .prepare<[], string>(
      "SELECT question_id FROM review_cards c WHERE EXISTS (SELECT 1 FROM review_log l INDEXED BY review_log_question WHERE l.question_id = c.question_id AND l.source = 'review')",
    )
    .pluck()

  /** Called inside the exam's submit transaction: turns its answers into review entries. */
  function recordAttempt(attemptId: number) {
    const items = attemptItems.all(attemptId)
    const at = submittedAt.get(attemptId) ?? now().toISOString()
    const times = items.map((i) => i.time_ms)
    for (const i of items) {
      const outcome = { correct: i.correct === 1, confidence: i.confidence, flagged: i.flagged === 1, slow: isSlow(i.time_ms, times) }
      if (!needsReview(outcome) && !cards.has(i.question_id)) continue
      append(i.question_id, RATING_NUMBER[deriveRating(outcome)], 'exam', attemptId, i.correct, at)
    }
  }

  function plainItem(q: Question): ItemView {
    return {
      position: 0,
      questionId: q.id,
      domain: q.domain,
      type: q.type,
      select: q.select,
      ...shownParts(
        q,
        q.options.map((o) => o.key),
      ),
      answer: null,
      flagged: false,
      confidence: null,
    }
  }

  /** The answer checked against the key, with its explanation; nothing is written. */
  function judged(questionId: string, answer: OptionKey[], confidence: Confidence | null) {
    const q = byId.get(questionId)
    if (!q) throw new ApiFailure('not_found', `There is no question ${questionId}.`, undefined, 'question.unknown', { id: questionId })
    const keys = q.options.map((o) => o.key)
    for (const k of answer) if (!keys.includes(k)) throw new ApiFailure('invalid_input', `There is no option ${k}.`, undefined, 'option.unknown', { key: k })
    const row = { answer: JSON.stringify([...answer].sort()), scored: 1 } as Parameters<typeof revealFor>[1]
    const item: ItemView = { ...plainItem(q), answer: [...answer].sort(), confidence, reveal: revealFor(q, row, keys, content.notes) }
    return { item, correct: isCorrect(answer, q.answer) }
  }

  const handlers: ReviewHandlers = {
    'review.queue': (): ReviewQueue => {
      const t = now().getTime()
      const all: Omit<ReviewCard, 'item'>[] = []
      for (const row of cards.all()) {
        const questionId = row.question_id
        const c = fromRow(row)
        const q = byId.get(questionId)
        if (!q) continue // removed from the bank: kept in the log, not shown
        // The question itself is attached below, only to the cards that come up today.
        all.push({
          questionId,
          due: c.card.due.toISOString(),
          state: stateName(c.card.state),
          reps: c.card.reps,
          lapses: c.card.lapses,
          lastRating: c.lastRating,
          fresh: false,
        })
      }
      // Like Anki's learn-ahead limit: cards still in (re)learning come up to 20 minutes early, so
      // a session right after an exam can go over its fresh mistakes.
      const isDue = (c: Omit<ReviewCard, 'item'>) => Date.parse(c.due) <= t + (c.state === 'learning' || c.state === 'relearning' ? LEARN_AHEAD_MS : 0)
      const due = all.filter(isDue).sort((a, b) => Date.parse(a.due) - Date.parse(b.due))
      const later = all
        .filter((c) => !isDue(c))
        .map((c) => c.due)
        .sort()
      // Daily limits, like Anki's: at most newPerDay cards seen on this screen for the first time,
      // at most maxPerDay answers in all; the local calendar day decides what "today" is.
      const { newPerDay, maxPerDay } = limits()
      const dayStart = startOfDay(now()).toISOString()
      const today = reviewedToday.get(dayStart, dayStart)!
      const newToday = today.firsts
      const seen = new Set(seenOnScreen.all())
      let newLeft = Math.max(0, newPerDay - newToday)
      let left = Math.max(0, maxPerDay - today.answers)
      const taken: ReviewCard[] = []
      for (const c of due) {
        c.fresh = !seen.has(c.questionId)
        if (left === 0 || (c.fresh && newLeft === 0)) continue
        taken.push({ ...c, item: plainItem(byId.get(c.questionId)!) })
        left--
        if (c.fresh) newLeft--
      }
      return {
        due: taken,
        totalCards: all.length,
        nextDue: later[0] ?? null,
        limits: { newPerDay, maxPerDay, reviewedToday: today.answers, newToday, heldBack: due.length - taken.length },
      }
    },
    'review.preview': ({ questionId, answer, confidence }) => {
      const { item, correct } = judged(questionId, answer, confidence)
      return { item, rating: deriveRating({ correct, confidence, flagged: false, slow: false }), previews: previewDue(cards.get(questionId), now()) }
    },
    'review.answer': ({ questionId, answer, confidence, rating: chosen }) => {
      const { item, correct } = judged(questionId, answer, confidence)
      const rating: ReviewRating = chosen ?? deriveRating({ correct, confidence, flagged: false, slow: false })
      append(questionId, RATING_NUMBER[rating], 'review', null, correct ? 1 : 0, now().toISOString())
      return { item, rating, nextDue: cards.get(questionId)!.card.due.toISOString() }
    },
  }
  return { recordAttempt, handlers }
}
