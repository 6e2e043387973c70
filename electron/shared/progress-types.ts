import type { Domain } from './content-types'

export interface Accuracy {
  correct: number
  total: number
}

export interface Readiness {
  /** Estimated share correct on unseen questions, 0–1 (posterior mean). */
  estimate: number
  /** A 90 % credible interval for it. */
  low: number
  high: number
  /** The same as an estimated scaled score (100 + 900 × p). */
  scaled: number
  answers: number
}

export interface ProgressSummary {
  domains: (Accuracy & { domain: Domain; readiness: Readiness })[]
  overall: Readiness
  topics: (Accuracy & { note: string; title: string })[]
  weakest: (Accuracy & { note: string; title: string })[]
  notesRead: number
  notesTotal: number
  attempts: { id: number; date: string; mode: string; scaled: number; passed: boolean }[]
  /** Minutes of active exam time and notes marked read, per local day, last 30 days. */
  days: { date: string; minutes: number; answers: number; notesRead: number }[]
  streak: number
  answersTotal: number
}
