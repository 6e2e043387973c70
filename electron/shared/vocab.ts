/**
 * The app's vocabulary: every enum-like fact is defined here once, and zod schemas, SQL CHECK
 * constraints, CSS custom properties and UI labels derive from it. Pure data, no Node.
 */

/** DVA-C02 content domains with their blueprint weights (exam guide, per cent of scored content). */
export const DOMAINS = {
  1: { ja: 'AWS のサービスによる開発', en: 'Development with AWS Services', weight: 32 },
  2: { ja: 'セキュリティ', en: 'Security', weight: 26 },
  3: { ja: 'デプロイ', en: 'Deployment', weight: 24 },
  4: { ja: 'トラブルシューティングと最適化', en: 'Troubleshooting and Optimization', weight: 18 },
} as const
export type Domain = keyof typeof DOMAINS
export const DOMAIN_IDS = [1, 2, 3, 4] as const satisfies readonly Domain[]

/**
 * The exam guide's 13 task statements. English as the official guide words them; Japanese is
 * our translation for the UI.
 */
export const TASKS = {
  '1.1': { domain: 1, en: 'Develop code for applications hosted on AWS', ja: 'AWS でホストされるアプリケーションのコードを開発する' },
  '1.2': { domain: 1, en: 'Develop code for AWS Lambda', ja: 'AWS Lambda のコードを開発する' },
  '1.3': { domain: 1, en: 'Use data stores in application development', ja: 'アプリケーション開発でデータストアを使用する' },
  '2.1': {
    domain: 2,
    en: 'Implement authentication and/or authorization for applications and AWS services',
    ja: 'アプリケーションと AWS のサービスに認証と認可を実装する',
  },
  '2.2': { domain: 2, en: 'Implement encryption by using AWS services', ja: 'AWS のサービスを使用して暗号化を実装する' },
  '2.3': { domain: 2, en: 'Manage sensitive data in application code', ja: 'アプリケーションコード内の機密データを管理する' },
  '3.1': { domain: 3, en: 'Prepare application artifacts to be deployed to AWS', ja: 'AWS にデプロイするアプリケーションアーティファクトを準備する' },
  '3.2': { domain: 3, en: 'Test applications in development environments', ja: '開発環境でアプリケーションをテストする' },
  '3.3': { domain: 3, en: 'Automate deployment testing', ja: 'デプロイのテストを自動化する' },
  '3.4': { domain: 3, en: 'Deploy code by using AWS CI/CD services', ja: 'AWS の CI/CD サービスを使用してコードをデプロイする' },
  '4.1': { domain: 4, en: 'Assist in a root cause analysis', ja: '根本原因分析を支援する' },
  '4.2': { domain: 4, en: 'Instrument code for observability', ja: 'オブザーバビリティのためにコードを計装する' },
  '4.3': { domain: 4, en: 'Optimize applications by using AWS services and features', ja: 'AWS のサービスと機能を使用してアプリケーションを最適化する' },
} as const satisfies Record<string, { domain: Domain; en: string; ja: string }>
export type TaskId = keyof typeof TASKS
export const TASK_IDS = Object.keys(TASKS) as TaskId[]
export const isTaskId = (s: string): s is TaskId => Object.hasOwn(TASKS, s)
export const tasksOfDomain = (d: Domain): TaskId[] => TASK_IDS.filter((t) => TASKS[t].domain === d)

/** Option letters a question may use, in order (a multiple-response item has up to 8). */
export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const
export type OptionKey = (typeof OPTION_KEYS)[number]

/** How sure the learner was of an answer. */
export const CONFIDENCES = ['sure', 'unsure', 'guess'] as const

/** The four FSRS grades of a review answer, in order (keys 1–4 on the review screen). */
export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const
export type Confidence = (typeof CONFIDENCES)[number]

/** Kinds of exam attempt: the full mock, a practice set, a drill. */
export const EXAM_MODES = ['mock', 'practice', 'drill'] as const
export type ExamMode = (typeof EXAM_MODES)[number]

/** Where an attempt stands. */
export const ATTEMPT_STATUSES = ['open', 'submitted', 'discarded'] as const
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number]

/** The drills the exams screen offers: wrong before, flagged, weakest domain, not seen yet. */
export const DRILL_KINDS = ['wrong', 'flagged', 'weakest', 'unseen'] as const
export type DrillKind = (typeof DRILL_KINDS)[number]

/** Where a review-log entry came from: a graded exam answer or a review card. */
export const REVIEW_SOURCES = ['exam', 'review'] as const
export type ReviewSource = (typeof REVIEW_SOURCES)[number]

/** Highlight colours; CSS custom properties are named `--hl-<colour>`. */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number]

export const LANGUAGES = ['ja', 'en'] as const
export type Lang = (typeof LANGUAGES)[number]
/** The Intl locale each UI language formats dates and numbers with. */
export const INTL_LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB' }

/**
 * The language questions are shown in: 'ja-en' Japanese with a toggle to the English original
 * (as the real exam in Japanese offers), 'ja' Japanese only, 'en' the English original first.
 */
export const QUESTION_LANGUAGES = ['ja-en', 'ja', 'en'] as const
export type QuestionLanguage = (typeof QUESTION_LANGUAGES)[number]

/** Where a note comes from: the learner's seed notes, or written by the app's authors. */
export const NOTE_SOURCES = ['seed', 'authored'] as const

/** How often the exam screen reports in: the clock counts a gap up to the core's MAX_GAP_MS as active time. */
export const EXAM_TICK_MS = 2_000

/** The real DVA-C02: 65 questions (50 scored + 15 unscored, not identified), 130 minutes. */
export const MOCK = { questions: 65, scored: 50, minutes: 130 } as const

/** Scaled score range and pass mark (exam guide: 100–1,000, pass 720, compensatory). */
export const SCALE = { min: 100, max: 1000, pass: 720 } as const

/**
 * AWS does not publish its scaling; we map the share p of scored questions answered correctly
 * linearly onto the scale, and say so in the UI.
 */
export const scaledScore = (p: number): number => Math.round(SCALE.min + (SCALE.max - SCALE.min) * Math.min(1, Math.max(0, p)))

/** The share of correct answers the linear map needs for the pass mark (≈ 0.689). */
export const PASS_SHARE = (SCALE.pass - SCALE.min) / (SCALE.max - SCALE.min)

/** Below this many scored questions a scaled score says little: results show the raw score. */
export const MIN_QUESTIONS_FOR_SCALED = 20

/** Why a learner reports a question. */
export const REPORT_KINDS = ['wrong', 'unclear', 'other'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]

export const isOptionKey = (s: string): s is OptionKey => (OPTION_KEYS as readonly string[]).includes(s)
