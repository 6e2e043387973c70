import type { Domain, Figure, Grounding, StaleReason } from './content-types'
import type { AttemptStatus, Confidence, DrillKind, ExamMode, TaskId } from './vocab'

export type { AttemptStatus, Confidence, DrillKind, ExamMode } from './vocab'

export interface ExamConfig {
  count: number
  /** null = untimed */
  timeLimitMin: number | null
  domains: Domain[]
  notes: string[]
  /** Exam-guide task statements a practice set was limited to (absent in attempts made before). */
  tasks?: TaskId[]
  instantFeedback: boolean
  pauseAllowed: boolean
  strict: boolean
  drill: DrillKind | null
}

/** A question as shown during an attempt: options in display order, keyed A, B, C … */
export interface ItemView {
  position: number
  questionId: string
  domain: Domain
  type: 'single' | 'multiple'
  select: number
  stem: string
  options: { key: string; text: string }[]
  /** The English original, options in the same display order. */
  en?: { stem: string; options: { key: string; text: string }[] }
  /** A diagram question's figure, its asked node masked. */
  figure?: Figure
  /** Why its facts may be out of date (kept out of mock exams; shown with a warning elsewhere). */
  stale?: StaleReason[]
  answer: string[] | null
  flagged: boolean
  confidence: Confidence | null
  /** Present only once the answer may be shown (after submit, or instant feedback). */
  reveal?: Reveal
}

export interface Reveal {
  correct: boolean
  key: string[]
  explanation: string
  why: Record<string, string>
  /** When the question's facts were checked against AWS documentation (情報の基準日). */
  asOf: string
  /** The English explanation and per-option reasons, keyed like `why`. */
  en?: { explanation: string; why: Record<string, string> }
  links: string[]
  grounding: (Grounding & { noteTitle: string; slug: string | null })[]
  scored: boolean
}

export interface AttemptView {
  id: number
  mode: ExamMode
  config: ExamConfig
  status: AttemptStatus
  createdAt: string
  /** null when untimed */
  remainingMs: number | null
  limitMs: number | null
  items: ItemView[]
}

export interface AttemptSummary {
  id: number
  mode: ExamMode
  drill: DrillKind | null
  status: AttemptStatus
  createdAt: string
  submittedAt: string | null
  count: number
  answered: number
  remainingMs: number | null
  scaled: number | null
  correct: number | null
  scored: number | null
  passed: boolean | null
}

export interface DomainResultView {
  domain: Domain
  correct: number
  total: number
  ratio: number
  meets: boolean
}

export interface ResultView {
  attempt: AttemptView
  scaled: number
  passed: boolean
  correct: number
  scored: number
  domains: DomainResultView[]
  calibration: { confidence: Confidence | 'none'; total: number; correct: number }[]
  totalTimeMs: number
  timePerItemMs: number[]
  submitReason: 'user' | 'time-up'
}

export interface BankStats {
  total: number
  byDomain: Record<Domain, number>
  /** Questions per exam-guide task statement. */
  byTask: Record<TaskId, number>
  multiple: number
  notes: { id: string; title: string; count: number }[]
  drills: Record<DrillKind, number>
  /** Questions kept out of mock exams because their facts may be out of date, with why. */
  stale: { id: string; stem: string; reasons: StaleReason[] }[]
}
