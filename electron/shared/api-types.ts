import type { ContentProblem, Diagram, Note, NoteSummary } from './content-types'

export interface NoteListItem extends NoteSummary {
  readAt: string | null
  /** Questions grounded in this note (its practice set). */
  questionCount: number
}

export interface NotePage extends Note {
  readAt: string | null
  questionCount: number
  prev: { id: string; title: string } | null
  next: { id: string; title: string } | null
  diagrams: Pick<Diagram, 'id' | 'title' | 'titleEn' | 'heading' | 'source'>[]
}

export interface SearchHit {
  noteId: string
  /** Heading anchor of the section that matched ('' for the top of the note). */
  slug: string
  heading: string
  /** Plain text with matches between \u0002 and \u0003; the renderer escapes it, then marks. */
  snippet: string
}

export interface ContentStatus {
  notes: number
  diagrams: number
  questions: number
  problems: ContentProblem[]
}
