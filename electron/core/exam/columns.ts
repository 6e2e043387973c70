import { z } from 'zod'
import type { ExamConfig } from '@shared/exam-types'
import { ApiFailure } from '@shared/result'
import { CONFIDENCES, DOMAIN_IDS, DRILL_KINDS, TASK_IDS, type TaskId } from '@shared/vocab'
import type { ScoreSummary } from './scoring'

/**
 * The JSON columns of attempts and attempt_items, parsed with zod when read: a damaged value is
 * an error that names its column (and the UI says so in the learner's language), never a cast.
 */
const domain = z.union(DOMAIN_IDS.map((d) => z.literal(d)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>])

const Config: z.ZodType<ExamConfig> = z.object({
  count: z.number().int().nonnegative(),
  timeLimitMin: z.number().nonnegative().nullable(),
  domains: z.array(domain),
  notes: z.array(z.string()),
  tasks: z.array(z.enum(TASK_IDS as [TaskId, ...TaskId[]])).optional(),
  instantFeedback: z.boolean(),
  pauseAllowed: z.boolean(),
  strict: z.boolean(),
  drill: z.enum(DRILL_KINDS).nullable(),
})

const Summary: z.ZodType<ScoreSummary> = z.object({
  correct: z.number().int().nonnegative(),
  scored: z.number().int().nonnegative(),
  scaled: z.number(),
  passed: z.boolean(),
  domains: z.array(z.object({ domain, correct: z.number().int(), total: z.number().int(), ratio: z.number(), meets: z.boolean() })),
  calibration: z.array(z.object({ confidence: z.enum([...CONFIDENCES, 'none']), total: z.number().int(), correct: z.number().int() })),
  totalTimeMs: z.number().nonnegative(),
})

/** Option keys in their original order, or the ones chosen (both as written by the engine). */
const Keys = z.array(z.string().min(1).max(2))

function column<T>(name: string, schema: z.ZodType<T>) {
  return (json: string): T => {
    let value: unknown
    try {
      value = JSON.parse(json)
    } catch {
      value = undefined
    }
    const parsed = schema.safeParse(value)
    if (parsed.success) return parsed.data
    throw new ApiFailure('storage', `The stored ${name} is damaged and cannot be read.`, undefined, 'data.damaged', { column: name })
  }
}

/** For lists: a damaged value reads as null there (the row still shows; opening it says what is damaged). */
export function unlessDamaged<T>(read: () => T): T | null {
  try {
    return read()
  } catch (err) {
    if (err instanceof ApiFailure && err.reason === 'data.damaged') return null
    throw err
  }
}

export const readConfig = column('attempts.config', Config)
export const readSummary = column('attempts.summary', Summary)
export const readOptionOrder = column('attempt_items.option_order', Keys)
const readAnswerJson = column('attempt_items.answer', Keys)
/** The chosen options, or null before an answer. */
export const readAnswer = (json: string | null): string[] | null => (json === null ? null : readAnswerJson(json))
