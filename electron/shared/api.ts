import { z } from 'zod'
import type { ContentStatus, NoteListItem, NotePage, SearchHit } from './api-types'
import type { Diagram, GlossaryEntry } from './content-types'
import type { AttemptSummary, AttemptView, BankStats, ItemView, ResultView } from './exam-types'
import type { Notice } from './notices'
import type { ProgressSummary } from './progress-types'
import type { ReviewAnswerResult, ReviewPreview, ReviewQueue } from './review-types'
import type { Annotation, AnnotationPage, PersonalNote } from './annotation-types'
import type { ImportReport } from './export-schema'
import { Settings, SettingsPatch } from './settings'
import { CONFIDENCES, DRILL_KINDS, HIGHLIGHT_COLOURS, OPTION_KEYS, REPORT_KINDS, REVIEW_RATINGS, TASK_IDS, type TaskId } from './vocab'
import type { QuestionReport } from './report-types'
import type { ChoiceRecord, ConfusionPair } from './confusion-types'

/**
 * The one API table. Preload, the main-process IPC handlers, the loopback host and the
 * renderer client are all generated from it, so a method exists everywhere or nowhere.
 * Each entry holds the zod schema for its input; the result type rides along as a phantom.
 */
interface MethodSpec<I extends z.ZodType, O> {
  input: I
  /** Never read at run time: carries the result type for TypeScript. */
  output?: O
}
const method =
  <I extends z.ZodType>(input: I) =>
  <O>(): MethodSpec<I, O> => ({ input })

/** Largest request body either transport accepts (bytes). */
export const MAX_PAYLOAD_BYTES = 1_000_000
/** Methods that carry whole files (an import) may send this much. */
export const LARGE_PAYLOAD_BYTES = 60_000_000
export const LARGE_PAYLOAD_METHODS: ReadonlySet<string> = new Set(['data.import'])

const NoInput = z.object({}).strict()
const Id = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/)
const AttemptId = z
  .number()
  .int()
  .positive()
  .max(2 ** 31)
const Position = z.number().int().min(0).max(500)
const DomainNo = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
const ConfidenceTag = z.enum(CONFIDENCES)
const Seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
  .optional()

const ColorName = z.enum(HIGHLIGHT_COLOURS)
const QuestionId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/)
const OptionKey = z.enum(OPTION_KEYS)
const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
/** What the user writes: any text, bounded; it is stored as text and always rendered inert. */
const UserText = (max: number) => z.string().max(max)

export const StartExam = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('mock'), strict: z.boolean().default(false), seed: Seed }).strict(),
  z
    .object({
      mode: z.literal('practice'),
      count: z.number().int().min(1).max(200),
      timeLimitMin: z.number().int().min(1).max(300).nullable(),
      domains: z.array(DomainNo).max(4).default([]),
      notes: z.array(Id).max(100).default([]),
      tasks: z
        .array(z.enum(TASK_IDS as [TaskId, ...TaskId[]]))
        .max(TASK_IDS.length)
        .optional(),
      /** Exactly these questions (e.g. "retry the wrong ones" from a result); other filters still apply. */
      questions: z.array(QuestionId).max(200).optional(),
      instantFeedback: z.boolean().default(false),
      seed: Seed,
    })
    .strict(),
  z
    .object({
      mode: z.literal('drill'),
      drill: z.enum(DRILL_KINDS),
      count: z.number().int().min(1).max(100),
      instantFeedback: z.boolean().default(true),
      seed: Seed,
    })
    .strict(),
])
export type StartExam = z.input<typeof StartExam>

export interface AppInfo {
  version: string
  /** 'electron' inside the desktop app, 'host' in browser mode. */
  platform: 'electron' | 'host'
  dataDir: string
  schemaVersion: number
  /** The content's version (as question reports record it) and the latest date its facts were checked. */
  content: { version: string; asOf: string | null }
}

export const api = {
  'app.info': method(NoInput)<AppInfo>(),
  'app.notices': method(NoInput)<Notice[]>(),
  'app.dismissNotice': method(z.object({ id: z.string().min(1).max(200) }).strict())<boolean>(),
  'settings.get': method(NoInput)<Settings>(),
  'settings.update': method(SettingsPatch)<Settings>(),
  'shell.openExternal': method(z.object({ url: z.string().min(1).max(2048) }).strict())<{
    opened: boolean
  }>(),
  'content.status': method(NoInput)<ContentStatus>(),
  'notes.list': method(NoInput)<NoteListItem[]>(),
  'notes.get': method(z.object({ id: Id }).strict())<NotePage>(),
  'notes.markRead': method(z.object({ id: Id, read: z.boolean() }).strict())<{ readAt: string | null }>(),
  'search.query': method(z.object({ q: z.string().max(200), limit: z.number().int().min(1).max(100).optional() }).strict())<SearchHit[]>(),
  'glossary.list': method(NoInput)<GlossaryEntry[]>(),
  'diagrams.list': method(NoInput)<Diagram[]>(),
  'export.save': method(
    z
      .object({
        // A plain file name: no folders, nothing hidden, a known extension.
        name: z
          .string()
          .min(1)
          .max(120)
          .regex(/^[\w\-. ()\u3000-\u9fff]+\.(svg|png|md|json)$/u)
          .refine((n) => !n.startsWith('.'), 'no hidden files'),
        base64: z
          .string()
          .max(20_000_000)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
  )<{ saved: boolean; path: string | null }>(),
  'progress.summary': method(NoInput)<ProgressSummary>(),
  'annotations.list': method(z.object({ noteId: Id.optional(), color: ColorName.optional() }).strict())<Annotation[]>(),
  'annotations.create': method(
    z
      .object({
        noteId: Id,
        color: ColorName,
        quote: UserText(5000).min(1),
        prefix: UserText(200),
        suffix: UserText(200),
        position: z.number().int().min(0).max(10_000_000),
        comment: UserText(20_000).optional(),
      })
      .strict(),
  )<Annotation>(),
  'annotations.update': method(z.object({ id: Uuid, color: ColorName.optional(), comment: UserText(20_000).optional() }).strict())<Annotation>(),
  'annotations.delete': method(z.object({ id: Uuid }).strict())<boolean>(),
  'annotations.restore': method(z.object({ id: Uuid }).strict())<Annotation>(),
  // The Annotations list asks for the window it shows: filters and paging are done in core.
  'annotations.search': method(
    z
      .object({
        q: UserText(200),
        noteId: Id.optional(),
        color: ColorName.optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
  )<AnnotationPage>(),
  'data.export': method(NoInput)<string>(),
  'data.import': method(z.object({ json: z.string().min(2).max(LARGE_PAYLOAD_BYTES) }).strict())<ImportReport>(),
  'pnotes.list': method(z.object({ noteId: Id.optional() }).strict())<PersonalNote[]>(),
  'pnotes.save': method(
    z.object({ id: Uuid.optional(), noteId: Id.nullable().optional(), title: UserText(300), body: UserText(200_000) }).strict(),
  )<PersonalNote>(),
  'pnotes.delete': method(z.object({ id: Uuid }).strict())<boolean>(),
  'pnotes.restore': method(z.object({ id: Uuid }).strict())<PersonalNote>(),
  'review.queue': method(NoInput)<ReviewQueue>(),
  'review.preview': method(
    z
      .object({
        questionId: QuestionId,
        answer: z.array(OptionKey).min(1).max(OPTION_KEYS.length),
        confidence: ConfidenceTag.nullable().default(null),
      })
      .strict(),
  )<ReviewPreview>(),
  'review.answer': method(
    z
      .object({
        questionId: QuestionId,
        answer: z.array(OptionKey).min(1).max(OPTION_KEYS.length),
        confidence: ConfidenceTag.nullable().default(null),
        /** The learner's own grade instead of the derived one. */
        rating: z.enum(REVIEW_RATINGS).optional(),
      })
      .strict(),
  )<ReviewAnswerResult>(),
  'exam.bank': method(NoInput)<BankStats>(),
  'exam.list': method(NoInput)<AttemptSummary[]>(),
  'exam.start': method(StartExam)<AttemptView>(),
  'exam.get': method(z.object({ attemptId: AttemptId }).strict())<AttemptView>(),
  'exam.tick': method(z.object({ attemptId: AttemptId, position: Position.nullable() }).strict())<{
    status: AttemptView['status']
    remainingMs: number | null
  }>(),
  'exam.answer': method(
    z
      .object({
        attemptId: AttemptId,
        position: Position,
        answer: z.array(OptionKey).max(OPTION_KEYS.length),
        confidence: ConfidenceTag.nullable().default(null),
      })
      .strict(),
  )<{ item: ItemView; remainingMs: number | null; status: AttemptView['status'] }>(),
  'exam.mark': method(
    z.object({ attemptId: AttemptId, position: Position, flagged: z.boolean().optional(), confidence: ConfidenceTag.optional() }).strict(),
  )<boolean>(),
  'exam.pause': method(z.object({ attemptId: AttemptId }).strict())<boolean>(),
  'exam.submit': method(z.object({ attemptId: AttemptId }).strict())<ResultView>(),
  'exam.discard': method(z.object({ attemptId: AttemptId }).strict())<boolean>(),
  'exam.result': method(z.object({ attemptId: AttemptId }).strict())<ResultView>(),
  'confusions.choices': method(z.object({ questionId: QuestionId }).strict())<ChoiceRecord[]>(),
  'confusions.list': method(NoInput)<ConfusionPair[]>(),
  'reports.create': method(z.object({ questionId: QuestionId, kind: z.enum(REPORT_KINDS), comment: UserText(5000) }).strict())<QuestionReport>(),
  'reports.list': method(NoInput)<QuestionReport[]>(),
  'reports.delete': method(z.object({ id: Uuid }).strict())<boolean>(),
} as const

export type Api = typeof api
export type MethodName = keyof Api
export type Input<M extends MethodName> = z.input<Api[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>
export type Output<M extends MethodName> = NonNullable<Api[M]['output']>

export const methodNames = Object.keys(api) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name)
}

/** IPC channel for a method; one per method so the main process can register each. */
export const channelFor = (name: MethodName): string => `study:${name}`
