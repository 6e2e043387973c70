import { z } from 'zod'
import { CONFIDENCES, EXAM_MODES, HIGHLIGHT_COLOURS, REPORT_KINDS, REVIEW_SOURCES } from './vocab'

/** The one-file backup of everything a learner did. Bump EXPORT_VERSION on any change. */
export const EXPORT_FORMAT = 'aws-study-desk-export'
export const EXPORT_VERSION = 2 // 2: question reports

const iso = z.string().min(10).max(40)
const text = (max: number) => z.string().max(max)

export const ExportFile = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.number().int().min(1),
    exportedAt: iso,
    settings: z.record(z.string().max(50), z.unknown()),
    noteReads: z.array(z.object({ noteId: text(120), readAt: iso }).strict()).max(10_000),
    attempts: z
      .array(
        z
          .object({
            mode: z.enum(EXAM_MODES),
            config: text(10_000),
            seed: z.number().int(),
            status: z.enum(['submitted', 'discarded']),
            createdAt: iso,
            submittedAt: iso.nullable(),
            submitReason: text(20).nullable(),
            timeLimitMs: z.number().int().nullable(),
            activeMs: z.number().int().min(0),
            strict: z.boolean(),
            startedWallMs: z.number().int(),
            summary: text(100_000).nullable(),
            items: z
              .array(
                z
                  .object({
                    position: z.number().int().min(0),
                    questionId: text(120),
                    optionOrder: text(200),
                    scored: z.boolean(),
                    answer: text(200).nullable(),
                    flagged: z.boolean(),
                    confidence: z.enum(CONFIDENCES).nullable(),
                    timeMs: z.number().int().min(0),
                    answeredAt: iso.nullable(),
                    correct: z.boolean().nullable(),
                  })
                  .strict(),
              )
              .max(500),
          })
          .strict(),
      )
      .max(100_000),
    reviewLog: z
      .array(
        z
          .object({ questionId: text(120), rating: z.number().int().min(1).max(4), source: z.enum(REVIEW_SOURCES), correct: z.boolean(), reviewedAt: iso })
          .strict(),
      )
      .max(1_000_000),
    annotations: z
      .array(
        z
          .object({
            id: z.uuid(),
            noteId: text(120),
            color: z.enum(HIGHLIGHT_COLOURS),
            quote: text(5000),
            prefix: text(200),
            suffix: text(200),
            position: z.number().int().min(0),
            comment: text(20_000),
            createdAt: iso,
            updatedAt: iso,
          })
          .strict(),
      )
      .max(200_000),
    personalNotes: z
      .array(z.object({ id: z.uuid(), noteId: text(120).nullable(), title: text(300), body: text(200_000), createdAt: iso, updatedAt: iso }).strict())
      .max(100_000),
    /** Question reports (since the app added them; older files have none). */
    reports: z
      .array(
        z.object({ id: z.uuid(), questionId: text(120), contentVersion: text(64), kind: z.enum(REPORT_KINDS), comment: text(5000), createdAt: iso }).strict(),
      )
      .max(100_000)
      .default([]),
  })
  .strict()
export type ExportFile = z.infer<typeof ExportFile>

export interface ImportReport {
  added: Record<'noteReads' | 'attempts' | 'reviewLog' | 'annotations' | 'personalNotes' | 'reports', number>
  skipped: number
}
