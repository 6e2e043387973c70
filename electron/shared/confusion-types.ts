import type { Comparison, Concept } from './content-types'

/** "You chose `chosen` when the answer was `key`": counted from wrong answers' chosen options. */
/** A concept with the address of the note section that explains it. */
export type LinkedConcept = Concept & { href: string | null }

export interface ConfusionPair {
  key: LinkedConcept
  chosen: LinkedConcept
  count: number
  /** Of `count`, how many in the last 14 days (the trend). */
  recent: number
  lastAt: string
  /** Questions where the learner made this mix-up, most recent first (for the drill). */
  questions: string[]
  /** Questions in the bank that pair these two concepts (key and distractor) at all. */
  bankQuestions: string[]
  comparison: Comparison | null
}

/** One answer to a question: when, which options (by their text: display letters change per attempt), right or not. */
export interface ChoiceRecord {
  at: string
  mode: 'mock' | 'practice' | 'drill'
  chosen: { key: string; text: string; correct: boolean }[]
  correct: boolean
}
