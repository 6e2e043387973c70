import type { Database } from 'better-sqlite3'
import type { NoteListItem, NotePage } from '@shared/api-types'
import { ApiFailure } from '@shared/result'
import type { LoadedContent } from '../content/load'
import { searchWithGlossary } from '../content/glossary-search'
import { createSearch, ensureIndexed } from '../content/search-index'
import type { NoteReadRow } from '../db/rows'
import type { Feature, Handlers } from '../dispatch'

type NoteHandlers = Pick<Handlers, 'content.status' | 'notes.list' | 'notes.get' | 'notes.markRead' | 'search.query' | 'glossary.list' | 'diagrams.list'>

/** Reading: the library, note pages, read marks and search over the loaded content. */
export function notesFeature(db: Database, content: LoadedContent, now: () => Date): Feature<NoteHandlers> {
  ensureIndexed(db, content.notes, content.hash)
  const search = createSearch(db)
  const readAt = db.prepare<[string], string>('SELECT read_at FROM note_reads WHERE note_id = ?').pluck()
  const allReads = db.prepare<[], NoteReadRow>('SELECT note_id, read_at FROM note_reads')
  const markRead = db.prepare<[string, string]>('INSERT OR REPLACE INTO note_reads (note_id, read_at) VALUES (?, ?)')
  const unmark = db.prepare<[string]>('DELETE FROM note_reads WHERE note_id = ?')
  const byId = new Map(content.notes.map((n, i) => [n.id, i]))

  const find = (id: string) => {
    const i = byId.get(id)
    if (i === undefined) throw new ApiFailure('not_found', `There is no note "${id}".`, undefined, 'note.unknown', { id })
    return i
  }
  const brief = (i: number) => {
    const n = content.notes[i]
    return n ? { id: n.id, title: n.title } : null
  }

  // How many questions are grounded in each note: the note's own practice set.
  const questionsPerNote = new Map<string, number>()
  for (const q of content.questions)
    for (const note of new Set(q.grounding.map((g) => g.note))) questionsPerNote.set(note, (questionsPerNote.get(note) ?? 0) + 1)

  const handlers: NoteHandlers = {
    'content.status': () => ({
      notes: content.notes.length,
      diagrams: content.diagrams.length,
      questions: content.questions.length,
      problems: content.problems,
    }),
    'notes.list': (): NoteListItem[] => {
      const reads = new Map(allReads.all().map((r) => [r.note_id, r.read_at]))
      return content.notes.map(({ body: _b, file: _f, mermaidBlocks: _m, html: _h, mermaid: _mm, ...summary }) => ({
        ...summary,
        readAt: reads.get(summary.id) ?? null,
        questionCount: questionsPerNote.get(summary.id) ?? 0,
      }))
    },
    'notes.get': ({ id }): NotePage => {
      const i = find(id)
      const { mermaidBlocks: _m, ...note } = content.notes[i]!
      return {
        ...note,
        readAt: readAt.get(id) ?? null,
        questionCount: questionsPerNote.get(id) ?? 0,
        prev: brief(i - 1),
        next: brief(i + 1),
        diagrams: content.diagrams
          .filter((d) => d.note === id)
          .map(({ id: did, title, titleEn, heading, source }) => ({ id: did, title, titleEn, heading, source })),
      }
    },
    'notes.markRead': ({ id, read }) => {
      find(id)
      if (!read) {
        unmark.run(id)
        return { readAt: null }
      }
      const at = now().toISOString()
      markRead.run(id, at)
      return { readAt: at }
    },
    'search.query': ({ q, limit }) => searchWithGlossary(content.glossary, search, q, limit ?? 20),
    'glossary.list': () => content.glossary,
    'diagrams.list': () => content.diagrams,
  }
  return { handlers }
}
