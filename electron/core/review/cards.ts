import { createEmptyCard, fsrs, generatorParameters, State, type Card, type Grade } from 'ts-fsrs'
import type { ReviewRating } from '../../shared/review-types'
import { RATING_NAME } from './rating'

// No fuzz: the same review log always replays to the same schedule.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, request_retention: 0.9 }))

export interface LogEntry {
  question_id: string
  rating: number
  reviewed_at: string
}

export interface CardState {
  card: Card
  lastRating: ReviewRating | null
}

/** Replays the append-only review log into the current FSRS card of each question. */
export function replay(log: LogEntry[]): Map<string, CardState> {
  const cards = new Map<string, CardState>()
  for (const entry of log) {
    const at = new Date(entry.reviewed_at)
    const prev: Card = cards.get(entry.question_id)?.card ?? createEmptyCard(at)
    const { card } = scheduler.next(prev, at, entry.rating as Grade)
    cards.set(entry.question_id, { card, lastRating: RATING_NAME[entry.rating] ?? null })
  }
  return cards
}

export function stateName(s: State): 'new' | 'learning' | 'review' | 'relearning' {
  return s === State.New ? 'new' : s === State.Learning ? 'learning' : s === State.Review ? 'review' : 'relearning'
}
