import type { ItemView } from './exam-types'

export type ReviewRating = 'again' | 'hard' | 'good' | 'easy'

export interface ReviewCard {
  questionId: string
  due: string
  state: 'new' | 'learning' | 'review' | 'relearning'
  reps: number
  lapses: number
  lastRating: ReviewRating | null
  /** The question in its own order (A, B, C …), without the answer. */
  item: ItemView
}

export interface ReviewQueue {
  due: ReviewCard[]
  totalCards: number
  /** When the next card not yet due comes up, if any. */
  nextDue: string | null
}

export interface ReviewAnswerResult {
  item: ItemView
  rating: ReviewRating
  nextDue: string
}
