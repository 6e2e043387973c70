/** Content as the renderer receives it: plain data, already validated by core. */
export const DOMAINS = {
  1: { ja: 'AWS のサービスによる開発', en: 'Development with AWS Services', weight: 32 },
  2: { ja: 'セキュリティ', en: 'Security', weight: 26 },
  3: { ja: 'デプロイ', en: 'Deployment', weight: 24 },
  4: { ja: 'トラブルシューティングと最適化', en: 'Troubleshooting and Optimization', weight: 18 },
} as const
export type Domain = keyof typeof DOMAINS

export interface ContentProblem {
  file: string
  line: number
  message: string
}

export interface Heading {
  level: number
  text: string
  slug: string
}

export interface NoteSummary {
  id: string
  title: string
  titleEn: string
  domains: Domain[]
  tags: string[]
  order: number
  headings: Heading[]
  updateCount: number
}

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

export interface Diagram extends DiagramMeta {
  source: string
  /** How many header lines precede the source (to turn parse-error lines into file lines). */
  headerLines: number
}

export interface Grounding {
  note: string
  heading?: string
  diagram?: string
}

export interface QuestionOption {
  key: string
  text: string
  why: string
}

export interface Question {
  id: string
  domain: Domain
  type: 'single' | 'multiple'
  select: number
  difficulty: 1 | 2 | 3
  grounding: Grounding[]
  stem: string
  options: QuestionOption[]
  answer: string[]
  explanation: string
  links: string[]
  asOf: string
  reviewed: string | null
  file: string
  line: number
}
