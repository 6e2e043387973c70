import type { ReportKind } from './vocab'

/** A learner's report that a question is wrong or unclear; stored locally, exported with everything. */
export interface QuestionReport {
  id: string
  questionId: string
  /** The content version the learner saw (the content hash's first 12 characters). */
  contentVersion: string
  kind: ReportKind
  comment: string
  createdAt: string
}
