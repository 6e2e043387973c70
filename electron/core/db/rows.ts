import type { QuestionReport } from '@shared/report-types'
import type { AttemptStatus, Confidence, ExamMode, HighlightColour, ReviewSource } from '@shared/vocab'

/**
 * One row of each table, as SQLite returns it (schema.sql is the shape; enumerated columns use
 * the vocabulary their CHECK holds to). Declared once here; queries that select fewer or
 * computed columns declare their own projection beside the statement.
 */

export interface SettingRow {
  key: string
  /** JSON, parsed per key with the settings schema when read. */
  value: string
}

export interface NoteReadRow {
  note_id: string
  read_at: string
}

export interface AttemptRow {
  id: number
  mode: ExamMode
  /** JSON: read with exam/columns.ts readConfig. */
  config: string
  seed: number
  status: AttemptStatus
  created_at: string
  submitted_at: string | null
  submit_reason: string | null
  time_limit_ms: number | null
  active_ms: number
  strict: number
  started_wall_ms: number
  /** JSON once submitted: read with exam/columns.ts readSummary. */
  summary: string | null
}

export interface ItemRow {
  attempt_id: number
  position: number
  question_id: string
  /** JSON: read with exam/columns.ts readOptionOrder. */
  option_order: string
  scored: number
  /** JSON: read with exam/columns.ts readAnswer. */
  answer: string | null
  flagged: number
  confidence: Confidence | null
  time_ms: number
  answered_at: string | null
  correct: number | null
}

export interface ReviewLogRow {
  id: number
  question_id: string
  rating: number
  source: ReviewSource
  attempt_id: number | null
  correct: number
  reviewed_at: string
}

export interface AnnotationRow {
  id: string
  note_id: string
  color: HighlightColour
  quote: string
  prefix: string
  suffix: string
  position: number
  comment: string
  created_at: string
  updated_at: string
}

export interface PersonalNoteRow {
  id: string
  note_id: string | null
  title: string
  body: string
  created_at: string
  updated_at: string
}

export interface ReportRow {
  id: string
  question_id: string
  content_version: string
  kind: QuestionReport['kind']
  comment: string
  created_at: string
}
