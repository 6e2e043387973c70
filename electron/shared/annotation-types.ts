/** The highlight colours, defined once in the vocabulary. */
import type { HighlightColour } from './vocab'
export { HIGHLIGHT_COLOURS as COLORS } from './vocab'
export type Color = HighlightColour

/** Where a highlight sits: the quoted text, what surrounds it, and its offset in the note's text. */
export interface Anchor {
  quote: string
  prefix: string
  suffix: string
  position: number
}

export interface Annotation extends Anchor {
  id: string
  noteId: string
  color: Color
  comment: string
  createdAt: string
  updatedAt: string
}

export interface PersonalNote {
  id: string
  noteId: string | null
  title: string
  body: string
  createdAt: string
  updatedAt: string
}

export interface AnnotationHit {
  kind: 'annotation' | 'personal'
  id: string
  noteId: string | null
  /** A highlight's quoted text, or a personal note's title. */
  text: string
  /** A highlight's comment or the start of a personal note's body (Markdown), '' when none. */
  comment: string
  color: Color | null
  updatedAt: string
}

/** One window of the Annotations list: `total` rows match, `hits` start at the asked offset. */
export interface AnnotationPage {
  total: number
  hits: AnnotationHit[]
}
