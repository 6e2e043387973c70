/** Content as the renderer receives it: plain data, already validated by core. */
import type { Domain, OptionKey, TaskId } from './vocab'
export { DOMAINS, type Domain } from './vocab'

export interface ContentProblem {
  file: string
  line: number
  message: string
}

export interface Heading {
  level: number
  text: string
  slug: string
  /** The section's own text states a limit, a default or a service status (content/dated-sections). */
  statesFacts?: true
  /** When such a section's facts were checked (its own `sectionsAsOf` date or its parent section's). */
  asOf?: string
}

export interface NoteSummary {
  id: string
  title: string
  titleEn: string
  domains: Domain[]
  tags: string[]
  /** Exam-guide task statements the note covers. */
  tasks: TaskId[]
  source: 'seed' | 'authored'
  /** When an authored note's facts were checked. */
  asOf?: string
  order: number
  headings: Heading[]
  updateCount: number
  /** Each `[!update] YYYY-MM` callout: its month and the headings it sits under (outermost first). */
  updates: { month: string; under: string[] }[]
  /** A service AWS no longer offers: since when, and the page that says so. */
  retired?: { since: string; source: string }
}

/** Why a question may state something no longer true; such questions stay out of mock exams. */
export type StaleReason =
  | { kind: 'update'; note: string; noteTitle: string; heading: string | null; month: string }
  | { kind: 'retired'; note: string; noteTitle: string; since: string }

export interface Note extends NoteSummary {
  body: string
  file: string
  /** The body rendered by core (unsanitized: the renderer runs DOMPurify on it). */
  html: string
  /** Inline ```mermaid sources, in the order of their mount points in html. */
  mermaid: string[]
}

export interface DiagramMeta {
  id: string
  title: string
  titleEn: string
  note: string
  heading?: string
  sources: string[]
  file: string
}

/** A node a diagram question or the diagram drill may ask about, with what it does (never its name). */
export interface DiagramAsk {
  node: string
  prompt: string
  promptEn: string
}

export interface Diagram extends DiagramMeta {
  source: string
  ask: DiagramAsk[]
  /** How many header lines precede the source (to turn parse-error lines into file lines). */
  headerLines: number
}

export interface Grounding {
  note: string
  heading?: string
  diagram?: string
}

export interface QuestionOption {
  key: OptionKey
  text: string
  why: string
  /** The concept the option stands for, e.g. "sqs-visibility-timeout". */
  concept?: string
}

export interface Question {
  id: string
  domain: Domain
  type: 'single' | 'multiple'
  select: number
  difficulty: 1 | 2 | 3
  tasks: TaskId[]
  grounding: Grounding[]
  stem: string
  options: QuestionOption[]
  answer: OptionKey[]
  explanation: string
  links: string[]
  asOf: string
  reviewed: string | null
  /** The English original (a native English exam item); the key, concepts and links are shared. */
  en?: QuestionEnglish
  /** A diagram question: the diagram shown above the stem, one node hidden. */
  diagram?: { id: string; hide: string }
  /** Filled in at load for a diagram question: the diagram with that node masked. */
  figure?: Figure
  /** Filled in at load: why its facts may be out of date (absent when they are not). */
  stale?: StaleReason[]
  file: string
  line: number
}

/** A diagram as a question shows it: the hidden node's label is "？" and its id renamed. */
export interface Figure {
  title: string
  titleEn: string
  source: string
}

export interface QuestionEnglish {
  stem: string
  options: { key: OptionKey; text: string; why: string }[]
  explanation: string
}

/** A thing an answer option stands for (a service, a setting, a mechanism): confusions are counted between them. */
export interface Concept {
  id: string
  term: string
  en: string
  /** Where the app explains it. */
  note: string
  heading?: string
}

/** A side-by-side table of two concepts learners confuse (authored content). */
export interface Comparison {
  pair: [string, string]
  rows: { aspect: string; aspectEn: string; a: string; aEn: string; b: string; bEn: string }[]
  tip: string
  tipEn: string
  sources: string[]
  asOf: string
}

/** A service or feature name: how AWS writes it in Japanese and English, and how learners say it. */
export interface GlossaryEntry {
  id: string
  term: string
  en: string
  /** Kana readings a learner types ("ラムダ", "ダイナモ"): search finds the term by them. */
  readings: string[]
  aliases: string[]
  definition: string
  definitionEn: string
  /** The note that explains it. */
  note: string
  source: string
}
