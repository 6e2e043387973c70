import { createHash } from 'node:crypto'
import type { ContentProblem, Diagram, Question } from '../../shared/content-types'
import type { ContentCache } from './cache'
import { loadDiagrams } from './diagrams'
import { loadNotes, type LoadedNote } from './notes'
import { loadQuestions } from './questions'

export interface LoadedContent {
  notes: LoadedNote[]
  diagrams: Diagram[]
  questions: Question[]
  problems: ContentProblem[]
  /** Changes whenever any loaded note, diagram or question changes: drives re-indexing. */
  hash: string
}

/** Loads all content; one bad file never stops the others. */
export function loadContent(contentDir: string, cache?: ContentCache): LoadedContent {
  const { notes, problems: noteProblems } = loadNotes(contentDir, cache)
  const headings = new Map(notes.map((n) => [n.id, new Set(n.headings.map((h) => h.text))]))
  const { diagrams, problems: diagramProblems } = loadDiagrams(contentDir, headings)
  const refs = {
    notes: headings,
    diagrams: new Set(diagrams.map((d) => d.id)),
  }
  const { questions, problems: questionProblems } = loadQuestions(contentDir, refs, cache)
  const hash = createHash('sha256')
    .update(JSON.stringify([notes.map((n) => [n.id, n.order, n.title, n.titleEn, n.domains, n.tags, n.body]), diagrams, questions]))
    .digest('hex')
  return { notes, diagrams, questions, problems: [...noteProblems, ...diagramProblems, ...questionProblems], hash }
}
