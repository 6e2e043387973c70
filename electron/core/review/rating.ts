import type { Confidence } from '@shared/exam-types'
import type { ReviewRating } from '@shared/review-types'

export interface Outcome {
  correct: boolean
  confidence: Confidence | null
  flagged: boolean
  slow: boolean
}

/**
 * The rating is derived, never self-graded: wrong → Again; right but unsure, guessed, flagged or
 * slow → Hard; right → Good. (Easy is never given: a mock is no place to be overconfident.)
 */
export function deriveRating(o: Outcome): ReviewRating {
  if (!o.correct) return 'again'
  if (o.confidence === 'unsure' || o.confidence === 'guess' || o.flagged || o.slow) return 'hard'
  return 'good'
}

/** Should an exam answer start a review card? Anything short of a sure, quick, right answer. */
export const needsReview = (o: Outcome): boolean => deriveRating(o) !== 'good'

/** "Unusually slowly": over twice the attempt's median time and at least 90 seconds. */
export function isSlow(timeMs: number, attemptTimes: number[]): boolean {
  const sorted = attemptTimes.filter((t) => t > 0).sort((a, b) => a - b)
  if (sorted.length < 3) return false
  const median = sorted[Math.floor(sorted.length / 2)]!
  return timeMs >= 90_000 && timeMs > 2 * median
}

export const RATING_NUMBER: Record<ReviewRating, 1 | 2 | 3 | 4> = { again: 1, hard: 2, good: 3, easy: 4 }
export const RATING_NAME: Record<number, ReviewRating> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' }
