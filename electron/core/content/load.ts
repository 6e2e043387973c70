import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ContentProblem, Diagram, Question } from '../../shared/content-types'
import { stampOf, type ContentCache } from './cache'
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
  // The hash is of the content itself (so a report's content version means the same on every
  // machine); hashing ~3 MB costs more than the rest of a warm start, so it is kept in the cache
  // under the stamps of every file it was computed from.
  const stamps = cache ? fileStamps(contentDir) : ''
  const known = cache?.get<string>(HASH_ENTRY, stamps)
  const hash =
    known ??
    createHash('sha256')
      .update(JSON.stringify([notes.map((n) => [n.id, n.order, n.title, n.titleEn, n.domains, n.tags, n.body]), diagrams, questions]))
      .digest('hex')
  if (cache && !known) cache.set(HASH_ENTRY, stamps, hash)
  return { notes, diagrams, questions, problems: [...noteProblems, ...diagramProblems, ...questionProblems], hash }
}

const HASH_ENTRY = '(content hash)'

/** Every content file's name and stamp (size, mtime, parse format), in a stable order. */
function fileStamps(contentDir: string): string {
  return ['notes', 'diagrams', 'questions']
    .flatMap((dir) => {
      try {
        return readdirSync(join(contentDir, dir)).sort().map((f) => `${dir}/${f}=${stampOf(join(contentDir, dir, f))}`)
      } catch {
        return [`${dir}=missing`]
      }
    })
    .join('\n')
}
