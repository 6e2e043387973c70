import type { SearchHit } from '@shared/api-types'
import type { GlossaryEntry } from '@shared/content-types'
import { foldForms } from '@shared/fold'
import { MARK_END, MARK_START } from './search-index'

/**
 * The glossary entries a query names exactly: a reading ("ラムダ", "だいなも"), an alias ("SQS")
 * or the term itself. Only whole names: a fragment such as "ゲートウェイ" is ordinary text search.
 */
export function glossaryMatches(glossary: GlossaryEntry[], query: string, max = 3): GlossaryEntry[] {
  const q = foldForms(query)
  if ([...q].length < 2) return []
  return glossary.filter((entry) => [...entry.readings, ...entry.aliases, entry.term, entry.en].some((n) => foldForms(n) === q)).slice(0, max)
}

/**
 * Search that also understands how learners say a name: a query matching a glossary entry puts
 * the entry's note first and adds the sections that use the name as AWS writes it.
 */
export function searchWithGlossary(glossary: GlossaryEntry[], search: (q: string, limit: number) => SearchHit[], query: string, limit: number): SearchHit[] {
  const entries = glossaryMatches(glossary, query)
  if (!entries.length) return search(query, limit)
  const out: SearchHit[] = entries.map((e) => ({
    noteId: e.note,
    slug: '',
    heading: e.term,
    snippet: `${MARK_START}${e.term}${MARK_END}（${e.en}）: ${e.definition}`,
  }))
  const written = entries.flatMap((e) => search(e.aliases[0] ?? e.term, limit))
  const seen = new Set<string>()
  return [...out, ...search(query, limit), ...written]
    .filter((h, i) => {
      const key = `${h.noteId}#${h.slug}`
      if (i >= out.length && seen.has(key)) return false
      seen.add(key)
      return true
    })
    .slice(0, limit)
}
