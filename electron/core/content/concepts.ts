import { join } from 'node:path'
import { z } from 'zod'
import type { Comparison, Concept, ContentProblem, Question } from '@shared/content-types'
import type { ContentCache } from './cache'
import { NOTE_ID, isoDate, officialAwsUrl } from './note-schema'
import { contentFiles } from './source-file'
import { lineInList, readYamlList } from './yaml-list'

export const CONCEPTS_FILE = 'concepts.yaml'

const ConceptSchema = z
  .object({
    id: z.string().regex(NOTE_ID, 'a concept id is a lowercase slug like "sqs-visibility-timeout"'),
    term: z.string().trim().min(1),
    en: z.string().trim().min(1),
    note: z.string().regex(NOTE_ID),
    heading: z.string().trim().min(1).optional(),
  })
  .strict()

const cell = z.string().trim().min(1).max(200)
const ComparisonSchema = z
  .object({
    pair: z.tuple([z.string().regex(NOTE_ID), z.string().regex(NOTE_ID)]).refine(([a, b]) => a !== b, 'a comparison is of two different concepts'),
    rows: z
      .array(z.object({ aspect: cell, aspect_en: cell, a: cell, a_en: cell, b: cell, b_en: cell }).strict())
      .min(2)
      .max(8),
    tip: z.string().trim().min(5),
    tip_en: z.string().trim().min(5),
    sources: z.array(officialAwsUrl).min(1, 'cite the documentation the table comes from'),
    asOf: isoDate,
    reviewed: isoDate.nullable(),
  })
  .strict()

/**
 * content/concepts.yaml, the controlled list options' `concept:` must come from, each pointing at
 * the note (and heading) that explains it. Optional: without it, concepts are not checked.
 */
export function loadConcepts(
  contentDir: string,
  headings: Map<string, Set<string>>,
  cache?: ContentCache,
): { concepts: Concept[]; problems: ContentProblem[] } {
  const path = join(contentDir, CONCEPTS_FILE)
  const read = readYamlList(path, CONCEPTS_FILE, ConceptSchema, 'the concept list', cache)
  const { items } = read
  const problems = [...read.problems] // the cached list is not added to
  const concepts: Concept[] = []
  const seen = new Set<string>()
  for (const { value: c, index } of items) {
    const fail = (field: string, message: string) =>
      problems.push({ file: CONCEPTS_FILE, line: lineInList(path, CONCEPTS_FILE, [index, field]), message: `${c.id}: ${message}` })
    const noteHeadings = headings.get(c.note)
    if (seen.has(c.id)) fail('id', 'duplicate concept id')
    else if (!noteHeadings) fail('note', `unknown note id "${c.note}"`)
    else if (c.heading && !noteHeadings.has(c.heading)) fail('heading', `note "${c.note}" has no heading "${c.heading}"`)
    else {
      seen.add(c.id)
      concepts.push({ id: c.id, term: c.term, en: c.en, note: c.note, ...(c.heading ? { heading: c.heading } : {}) })
    }
  }
  return { concepts, problems }
}

/** Options whose concept is not in the list (reported at the question; the question still loads). */
export function unknownConceptProblems(questions: Question[], concepts: Concept[]): ContentProblem[] {
  if (!concepts.length) return []
  const known = new Set(concepts.map((c) => c.id))
  return questions.flatMap((q) =>
    q.options.flatMap((o) =>
      o.concept && !known.has(o.concept)
        ? [{ file: q.file, line: q.line, message: `${q.id} option ${o.key}: concept "${o.concept}" is not in ${CONCEPTS_FILE}` }]
        : [],
    ),
  )
}

/** content/comparisons/*.yaml: one table per pair of concepts; both must be in the list, each pair once. */
export function loadComparisons(contentDir: string, concepts: Concept[], cache?: ContentCache): { comparisons: Comparison[]; problems: ContentProblem[] } {
  const dir = join(contentDir, 'comparisons')
  const files = contentFiles(dir, /\.ya?ml$/)
  if (!files) return { comparisons: [], problems: [] }
  const known = new Set(concepts.map((c) => c.id))
  const comparisons: Comparison[] = []
  const problems: ContentProblem[] = []
  const seen = new Set<string>()
  for (const name of files) {
    const file = `comparisons/${name}`
    const path = join(dir, name)
    const read = readYamlList(path, file, ComparisonSchema, 'a comparisons file', cache)
    problems.push(...read.problems)
    for (const { value: c, index } of read.items) {
      const key = [...c.pair].sort().join('|')
      const missing = c.pair.filter((id) => !known.has(id))
      const fail = (message: string) => problems.push({ file, line: lineInList(path, file, [index, 'pair']), message })
      if (missing.length) fail(`unknown concept "${missing[0]}" (not in ${CONCEPTS_FILE})`)
      else if (seen.has(key)) fail(`the pair ${c.pair.join(' / ')} is compared twice`)
      else {
        seen.add(key)
        comparisons.push({
          pair: c.pair,
          rows: c.rows.map((r) => ({ aspect: r.aspect, aspectEn: r.aspect_en, a: r.a, aEn: r.a_en, b: r.b, bEn: r.b_en })),
          tip: c.tip,
          tipEn: c.tip_en,
          sources: c.sources,
          asOf: c.asOf,
        })
      }
    }
  }
  return { comparisons, problems }
}
