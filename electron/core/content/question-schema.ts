import { z } from 'zod'
import { NOTE_ID, isoDate, officialAwsUrl, taskList } from './note-schema'
import { OPTION_KEYS, TASKS } from '@shared/vocab'

const key = z.enum(OPTION_KEYS, { error: `option keys are single letters ${OPTION_KEYS[0]}–${OPTION_KEYS.at(-1)}` })

/**
 * The English original of a question: written as a native English exam item, not a gloss. Keys
 * mirror the Japanese options; the key, the answer, concepts and links are shared.
 */
const EnglishSchema = z
  .object({
    stem: z.string().trim().min(20, 'the English stem is too short for a scenario'),
    options: z
      .array(z.object({ key, text: z.string().trim().min(1), why: z.string().trim().min(1, 'explain why') }).strict())
      .min(4)
      .max(8),
    explanation: z.string().trim().min(10),
  })
  .strict()

export const QuestionSchema = z
  .object({
    id: z.string().regex(/^d[1-4]-[a-z0-9-]+-\d{3}$/, 'id like "d1-dynamodb-001"'),
    domain: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'domain must be 1–4' }),
    type: z.enum(['single', 'multiple']),
    select: z.number().int().min(1).max(4),
    tasks: taskList,
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    grounding: z
      .array(
        z
          .object({
            note: z.string().regex(NOTE_ID),
            heading: z.string().min(1).optional(),
            diagram: z.string().regex(NOTE_ID).optional(),
          })
          .strict(),
      )
      .min(1, 'ground the question in at least one note'),
    stem: z.string().trim().min(20, 'the stem is too short for a scenario'),
    options: z
      .array(
        z
          .object({
            key,
            text: z.string().trim().min(1),
            why: z.string().trim().min(1, 'explain why'),
            /** The concept the option stands for (e.g. "sqs-visibility-timeout"): confusions are counted by it. */
            concept: z.string().regex(NOTE_ID, 'a concept is a lowercase slug like "sqs-visibility-timeout"').optional(),
          })
          .strict(),
      )
      .min(4)
      .max(8),
    answer: z.array(key).min(1),
    explanation: z.string().trim().min(10),
    links: z.array(officialAwsUrl).min(1, 'add at least one official documentation link'),
    asOf: isoDate,
    reviewed: isoDate.nullable(),
    reviewer_notes: z.string().optional(),
    en: EnglishSchema.optional(),
    /** A diagram question: the diagram is shown above the stem with node `hide` masked. */
    diagram: z
      .object({ id: z.string().regex(NOTE_ID), hide: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'hide names a node id of the diagram') })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const keys = q.options.map((o) => o.key)
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })
    if (new Set(keys).size !== keys.length) issue(['options'], 'option keys repeat')
    if (keys.join('') !== OPTION_KEYS.slice(0, keys.length).join('')) issue(['options'], 'option keys must run A, B, C … in order')
    if (q.type === 'single' && q.options.length !== 4) issue(['options'], 'a single-answer question has exactly 4 options')
    if (q.type === 'multiple' && q.options.length < 5) issue(['options'], 'a multiple-response question has at least 5 options')
    if (q.type === 'single' && q.select !== 1) issue(['select'], 'a single-answer question selects 1')
    if (q.type === 'multiple' && q.select < 2) issue(['select'], 'a multiple-response question selects 2 or more')
    if (q.answer.length !== q.select) issue(['answer'], `select is ${q.select} but the answer has ${q.answer.length} keys`)
    if (new Set(q.answer).size !== q.answer.length) issue(['answer'], 'the answer repeats a key')
    q.answer.forEach((a, i) => {
      if (!keys.includes(a)) issue(['answer', i], `answer key ${a} is not one of the options`)
    })
    if (/選択してください|select (two|three|\d)/i.test(q.stem)) issue(['stem'], 'the stem must not say how many to select: the app shows it from `select`')
    if (q.en) {
      if (q.en.options.map((o) => o.key).join('') !== keys.join(''))
        issue(['en', 'options'], 'the English options must have the same keys as the Japanese ones')
      if (/選択してください|select (two|three|\d)/i.test(q.en.stem))
        issue(['en', 'stem'], 'the stem must not say how many to select: the app shows it from `select`')
    }
    q.tasks.forEach((t, i) => {
      if (TASKS[t].domain !== q.domain) issue(['tasks', i], `task ${t} belongs to domain ${TASKS[t].domain}, not the question's domain ${q.domain}`)
    })
    if (Number(q.id[1]) !== q.domain) issue(['id'], `the id says domain ${q.id[1]} but domain is ${q.domain}`)
  })
