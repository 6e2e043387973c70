import type { Database } from 'better-sqlite3'
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type Grade } from 'ts-fsrs'
import type { ReviewRating } from '@shared/review-types'
import { RATING_NAME } from './rating'

// No fuzz: the same review log always replays to the same schedule.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, request_retention: 0.9 }))

export interface LogEntry {
  id?: number
  question_id: string
  rating: number
  reviewed_at: string
}

export interface CardState {
  card: Card
  lastRating: ReviewRating | null
}

/** One review applied to a card (a new card for the first entry). */
function step(prev: CardState | undefined, entry: LogEntry): CardState {
  const at = new Date(entry.reviewed_at)
  const { card } = scheduler.next(prev?.card ?? createEmptyCard(at), at, entry.rating as Grade)
  return { card, lastRating: RATING_NAME[entry.rating] ?? null }
}

/** When the card would be due after each of the four grades, answered at `at`. */
export function previewDue(prev: CardState | undefined, at: Date): Record<ReviewRating, string> {
  const due = (rating: number) => step(prev, { question_id: '', rating, reviewed_at: at.toISOString() }).card.due.toISOString()
  return { again: due(1), hard: due(2), good: due(3), easy: due(4) }
}

/** Replays the append-only review log into the current FSRS card of each question. */
export function replay(log: LogEntry[]): Map<string, CardState> {
  const cards = new Map<string, CardState>()
  for (const entry of log) cards.set(entry.question_id, step(cards.get(entry.question_id), entry))
  return cards
}

export function stateName(s: State): 'new' | 'learning' | 'review' | 'relearning' {
  return s === State.New ? 'new' : s === State.Learning ? 'learning' : s === State.Review ? 'review' : 'relearning'
}

/** A row of review_cards (migration 12): one question's card after its latest log entry. */
export interface CardRow {
  question_id: string
  due: string
  stability: number
  difficulty: number
  elapsed_days: number
  scheduled_days: number
  learning_steps: number
  reps: number
  lapses: number
  state: number
  last_review: string | null
  last_rating: number | null
  /** The log entry the card was computed up to, by the log's order (reviewed_at, id). */
  last_log_at: string
  last_log_id: number
}

const toRow = (questionId: string, c: CardState, last: { reviewed_at: string; id: number; rating: number }): CardRow => ({
  question_id: questionId,
  due: c.card.due.toISOString(),
  stability: c.card.stability,
  difficulty: c.card.difficulty,
  elapsed_days: c.card.elapsed_days,
  scheduled_days: c.card.scheduled_days,
  learning_steps: c.card.learning_steps,
  reps: c.card.reps,
  lapses: c.card.lapses,
  state: c.card.state,
  last_review: c.card.last_review ? c.card.last_review.toISOString() : null,
  last_rating: last.rating,
  last_log_at: last.reviewed_at,
  last_log_id: last.id,
})

export const fromRow = (r: CardRow): CardState => ({
  card: {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: r.elapsed_days,
    scheduled_days: r.scheduled_days,
    learning_steps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state as State,
    ...(r.last_review ? { last_review: new Date(r.last_review) } : {}),
  },
  lastRating: r.last_rating === null ? null : (RATING_NAME[r.last_rating] ?? null),
})

/**
 * Each question's current card, kept in review_cards in the same transaction as the log entry
 * that changes it, so reading the queue never replays the log (a property test checks the table
 * against a full replay). An entry that lands after the card's latest one is one FSRS step; one
 * that lands earlier (an import of older history) rebuilds that question from its own entries.
 */
export function createCardStore(db: Database) {
  const read = db.prepare<[string], CardRow>('SELECT * FROM review_cards WHERE question_id = ?')
  const all = db.prepare<[], CardRow>('SELECT * FROM review_cards')
  const ofQuestion = db.prepare<[string], Required<LogEntry>>(
    'SELECT id, question_id, rating, reviewed_at FROM review_log WHERE question_id = ? ORDER BY reviewed_at, id',
  )
  const upsert = db.prepare<[CardRow]>(`INSERT INTO review_cards VALUES (@question_id, @due, @stability, @difficulty, @elapsed_days,
      @scheduled_days, @learning_steps, @reps, @lapses, @state, @last_review, @last_rating, @last_log_at, @last_log_id)
    ON CONFLICT (question_id) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
      elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
      reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review,
      last_rating = excluded.last_rating, last_log_at = excluded.last_log_at, last_log_id = excluded.last_log_id`)

  function rebuild(questionId: string): void {
    let card: CardState | undefined
    let last: Required<LogEntry> | undefined
    for (const entry of ofQuestion.iterate(questionId)) {
      card = step(card, entry)
      last = entry
    }
    if (card && last) upsert.run(toRow(questionId, card, last))
  }

  return {
    get: (questionId: string): CardState | undefined => {
      const r = read.get(questionId)
      return r ? fromRow(r) : undefined
    },
    all: (): CardRow[] => all.all(),
    has: (questionId: string): boolean => read.get(questionId) !== undefined,
    /** Call right after inserting `entry` (with its new id) into review_log, in the same transaction. */
    applied(entry: Required<LogEntry>): void {
      const r = read.get(entry.question_id)
      const after = !r || entry.reviewed_at > r.last_log_at || (entry.reviewed_at === r.last_log_at && entry.id > r.last_log_id)
      if (after) upsert.run(toRow(entry.question_id, step(r ? fromRow(r) : undefined, entry), entry))
      else rebuild(entry.question_id)
    },
    rebuild,
  }
}
export type CardStore = ReturnType<typeof createCardStore>
