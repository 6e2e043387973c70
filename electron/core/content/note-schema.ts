import { z } from 'zod'
import { NOTE_SOURCES, TASK_IDS, type TaskId } from '@shared/vocab'

export const NOTE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** An official AWS documentation address (questions' links, glossary sources); a plain pattern, no URL parse per link on every load. */
export const officialAwsUrl = z.string().regex(/^https:\/\/([a-z0-9-]+\.)*(amazon\.com|amazonaws\.com|aws)\/\S*$/, 'links must be official AWS https URLs')

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-11-25')

/** The exam guide's task statements a note or question covers ("1.2" …), at least one, no repeats. */
export const taskList = z
  .array(z.enum(TASK_IDS as [TaskId, ...TaskId[]], { error: `tasks must be exam-guide task statements: ${TASK_IDS.join(', ')}` }), {
    error: 'list the exam-guide task statements it covers, like tasks: ["1.2"]',
  })
  .min(1, 'list at least one exam-guide task statement, like tasks: ["1.2"]')
  .refine((t) => new Set(t).size === t.length, 'a task statement is listed twice')

export const NoteFrontmatter = z
  .object({
    id: z.string().regex(NOTE_ID, 'id must be a lowercase slug like "api-gateway"'),
    title: z.string().trim().min(1).max(200),
    title_en: z.string().trim().min(1).max(200),
    domains: z
      .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'domains must be DVA-C02 domain numbers 1–4' }))
      .min(1, 'list at least one DVA-C02 domain (1–4)'),
    tags: z.array(z.string().min(1).max(40)).max(30).default([]),
    order: z.number().int().min(0).max(10_000),
    tasks: taskList,
    source: z.enum(NOTE_SOURCES),
    /** The date an authored note's facts were checked against AWS documentation. */
    asOf: isoDate.optional(),
    /** When each section that states a limit, a default or a status was checked: heading text → date. */
    sectionsAsOf: z.record(z.string().trim().min(1).max(200), isoDate).optional(),
    /** A service AWS has stopped offering: questions grounded in this note stay out of mock exams. */
    retired: z.object({ since: isoDate, source: officialAwsUrl }).strict().optional(),
  })
  .strict()
