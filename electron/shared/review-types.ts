import type { ItemView } from './exam-types'
import type { REVIEW_RATINGS } from './vocab'

export type ReviewRating = (typeof REVIEW_RATINGS)[number]

export interface ReviewCard {
  questionId: string
  due: string
  state: 'new' | 'learning' | 'review' | 'relearning'
  reps: number
  lapses: number
  lastRating: ReviewRating | null
  /** Never answered on the review screen yet (counts against the daily new-card limit). */
  fresh: boolean
  /** The question in its own order (A, B, C …), without the answer. */
  item: ItemView
}

export interface ReviewLimits {
  newPerDay: number
  maxPerDay: number
  /** Today's review-screen answers, and how many of them were a card's first. */
  reviewedToday: number
  newToday: number
  /** Due cards left for another day by the limits. */
  heldBack: number
}

export interface ReviewQueue {
  /** Due cards within today's limits, most overdue first. */
  due: ReviewCard[]
  totalCards: number
  /** When the next card not yet due comes up, if any. */
  nextDue: string | null
  limits: ReviewLimits
}

/** The four FSRS grades, each with when the card would come back if chosen. */
export type GradePreviews = Record<ReviewRating, string>

export interface ReviewPreview {
  item: ItemView
  /** The grade derived from the answer (wrong → again; unsure → hard; right → good). */
  rating: ReviewRating
  previews: GradePreviews
}

export interface ReviewAnswerResult {
  item: ItemView
  rating: ReviewRating
  nextDue: string
}
