import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Comparison, Concept, ContentProblem, Diagram, GlossaryEntry, Question } from '@shared/content-types'
import { CONCEPTS_FILE, loadComparisons, loadConcepts, unknownConceptProblems } from './concepts'
import { stampOf, type ContentCache } from './cache'
import { loadDiagrams } from './diagrams'
import { GLOSSARY_FILE, loadGlossary } from './glossary'
import { loadNotes, type LoadedNote } from './notes'
import { loadQuestions } from './questions'
import { staleQuestions } from './staleness'

export interface LoadedContent {
  notes: LoadedNote[]
  diagrams: Diagram[]
  questions: Question[]
  glossary: GlossaryEntry[]
  concepts: Concept[]
  comparisons: Comparison[]
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
    diagrams: new Map(diagrams.map((d) => [d.id, d])),
  }
  const { questions: loaded, problems: questionProblems } = loadQuestions(contentDir, refs, cache)
  const stale = staleQuestions(notes, loaded)
  const questions = loaded.map((q) => (stale.has(q.id) ? { ...q, stale: stale.get(q.id)! } : q))
  const { glossary, problems: glossaryProblems } = loadGlossary(contentDir, new Set(headings.keys()), cache)
  // The hash is of the content itself (so a report's content version means the same on every
  // machine); hashing ~3 MB costs more than the rest of a warm start, so it is kept in the cache
  // under the stamps of every file it was computed from.
  const stamps = cache ? fileStamps(contentDir) : ''
  const known = cache?.get<string>(HASH_ENTRY, stamps)
  const hash = known ?? contentHash(contentDir)
  if (cache && !known) cache.set(HASH_ENTRY, stamps, hash)
  const { concepts, problems: conceptProblems } = loadConcepts(contentDir, headings, cache)
  const { comparisons, problems: comparisonProblems } = loadComparisons(contentDir, concepts, cache)
  const problems = [
    ...noteProblems,
    ...diagramProblems,
    ...questionProblems,
    ...glossaryProblems,
    ...conceptProblems,
    ...unknownConceptProblems(questions, concepts),
    ...comparisonProblems,
  ]
  return { notes, diagrams, questions, glossary, concepts, comparisons, problems, hash }
}

const HASH_ENTRY = '(content hash)'

/** Every content file, relative to the content folder, in a stable order; a missing folder is marked. */
function contentFiles(contentDir: string): { rel: string; missing?: true }[] {
  return CONTENT_DIRS.flatMap((dir) => {
    if (CONTENT_FILES.has(dir)) return [{ rel: dir }]
    try {
      return readdirSync(join(contentDir, dir))
        .sort()
        .map((f) => ({ rel: `${dir}/${f}` }))
    } catch {
      return [{ rel: dir, missing: true as const }]
    }
  })
}

/** SHA-256 over every content file's name and bytes, in a stable order (no decoding needed). */
function contentHash(contentDir: string): string {
  const hash = createHash('sha256')
  for (const { rel, missing } of contentFiles(contentDir)) {
    if (missing) continue
    try {
      hash
        .update(`${rel}\0`)
        .update(readFileSync(join(contentDir, rel)))
        .update('\0')
    } catch {
      hash.update(`${rel}\0unreadable\0`)
    }
  }
  return hash.digest('hex')
}

const CONTENT_DIRS = ['notes', 'diagrams', 'questions', 'comparisons', GLOSSARY_FILE, CONCEPTS_FILE]
const CONTENT_FILES = new Set([GLOSSARY_FILE, CONCEPTS_FILE])

/** Every content file's name and stamp (size, mtime, parse format), in a stable order. */
function fileStamps(contentDir: string): string {
  return contentFiles(contentDir)
    .map(({ rel, missing }) => (missing ? `${rel}=missing` : `${rel}=${stampOf(join(contentDir, rel))}`))
    .join('\n')
}
