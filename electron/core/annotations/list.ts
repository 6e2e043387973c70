import type { Database } from 'better-sqlite3'
import type { AnnotationHit, AnnotationPage, Color } from '@shared/annotation-types'
import type { Handlers } from '../dispatch'

/** What the search index and the list show of each kind, defined once (import uses them too). */
export const annotationText = (quote: string, comment: string) => `${quote}\n${comment}`
export const personalText = (title: string, body: string) => `${title}\n${body}`

type AnnotationBrief = [id: string, noteId: string, color: Color, quote: string, comment: string, updatedAt: string]
type PersonalBrief = [id: string, noteId: string | null, title: string, body: string, updatedAt: string]
const annotationHit = ([id, noteId, color, quote, comment, updatedAt]: AnnotationBrief): AnnotationHit => ({
  kind: 'annotation',
  id,
  noteId,
  text: quote,
  comment,
  color,
  updatedAt,
})
const personalHit = ([id, noteId, title, body, updatedAt]: PersonalBrief): AnnotationHit => ({
  kind: 'personal',
  id,
  noteId,
  text: title,
  comment: body.slice(0, 400),
  color: null,
  updatedAt,
})

/** Search matches looked at per query; beyond this a search is not a result anyone reads. */
const MATCH_CAP = 2000

interface Filter {
  noteId: string | null
  color: string | null
}
interface Window extends Filter {
  offset: number
  limit: number
}

/**
 * The Annotations list, one window at a time: every highlight (in note order) then every
 * personal note (newest first), or the matches of a search (best first), filtered by note and
 * colour. A personal note has no colour, so a colour filter leaves personal notes out.
 */
export function annotationList(db: Database, noteIds: readonly string[]): Pick<Handlers, 'annotations.search'> {
  // Highlights follow the library's order of notes; those of a note no longer in the content come last.
  const rank = new Map(noteIds.map((id, i) => [id, i]))
  const inLibraryOrder = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0)
  const live = 'deleted_at IS NULL AND (@noteId IS NULL OR note_id = @noteId)'
  const ofA = `FROM annotations WHERE ${live} AND (@color IS NULL OR color = @color)`
  const ofP = `FROM personal_notes WHERE ${live} AND @color IS NULL`
  // Raw rows (arrays) are noticeably cheaper to materialise than objects.
  const q = {
    perNote: db.prepare<[Filter], [noteId: string, n: number]>(`SELECT note_id, count(*) ${ofA} GROUP BY note_id`).raw(),
    countP: db.prepare<[Filter], number>(`SELECT count(*) ${ofP}`).pluck(),
    // One note's slice: an index range (note_id, position), never a sort of every highlight.
    pageA: db
      .prepare<[Window], AnnotationBrief>(`SELECT id, note_id, color, quote, comment, updated_at ${ofA} ORDER BY position LIMIT @limit OFFSET @offset`)
      .raw(),
    pageP: db.prepare<[Window], PersonalBrief>(`SELECT id, note_id, title, body, updated_at ${ofP} ORDER BY updated_at DESC LIMIT @limit OFFSET @offset`).raw(),
    oneA: db.prepare<[Filter & { id: string }], AnnotationBrief>(`SELECT id, note_id, color, quote, comment, updated_at ${ofA} AND id = @id`).raw(),
    oneP: db.prepare<[Filter & { id: string }], PersonalBrief>(`SELECT id, note_id, title, body, updated_at ${ofP} AND id = @id`).raw(),
    fts: db.prepare<[string, number], { kind: 'annotation' | 'personal'; ref_id: string }>(
      'SELECT kind, ref_id FROM user_text_fts WHERE user_text_fts MATCH ? ORDER BY rank LIMIT ?',
    ),
    // The trigram index needs three characters; shorter queries scan the same text.
    like: db.prepare<[string, number], { kind: 'annotation' | 'personal'; ref_id: string }>(
      "SELECT kind, ref_id FROM user_text_fts WHERE text LIKE ? ESCAPE '\\' LIMIT ?",
    ),
  }

  /** The window's highlights: walk the notes in library order by their counts, read only the slices it covers. */
  function highlights(w: Window, perNote: [string, number][]): AnnotationHit[] {
    const hits: AnnotationHit[] = []
    let skip = w.offset
    for (const [noteId, n] of perNote.sort((a, b) => inLibraryOrder(a[0], b[0]))) {
      if (hits.length === w.limit) break
      if (skip >= n) {
        skip -= n
        continue
      }
      hits.push(...q.pageA.all({ ...w, noteId, offset: skip, limit: w.limit - hits.length }).map(annotationHit))
      skip = 0
    }
    return hits
  }

  function browse(w: Window): AnnotationPage {
    const perNote = q.perNote.all(w)
    const inA = perNote.reduce((sum, [, n]) => sum + n, 0)
    const total = inA + q.countP.get(w)!
    const hits = w.offset < inA ? highlights(w, perNote) : []
    const rest = w.limit - hits.length
    if (rest > 0) hits.push(...q.pageP.all({ ...w, offset: Math.max(0, w.offset - inA), limit: rest }).map(personalHit))
    return { total, hits }
  }

  function search(text: string, w: Window): AnnotationPage {
    const refs =
      [...text].length < 3 ? q.like.all(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, MATCH_CAP) : q.fts.all(`"${text.replace(/"/g, '""')}"`, MATCH_CAP)
    const found = refs.flatMap((r): AnnotationHit[] => {
      const key = { noteId: w.noteId, color: w.color, id: r.ref_id }
      const row = r.kind === 'annotation' ? q.oneA.get(key) : q.oneP.get(key)
      if (!row) return []
      return [r.kind === 'annotation' ? annotationHit(row as AnnotationBrief) : personalHit(row as PersonalBrief)]
    })
    return { total: found.length, hits: found.slice(w.offset, w.offset + w.limit) }
  }

  return {
    'annotations.search': ({ q: text, noteId, color, offset, limit }) => {
      const w = { noteId: noteId ?? null, color: color ?? null, offset: offset ?? 0, limit: limit ?? 200 }
      const query = text.trim()
      return query ? search(query, w) : browse(w)
    },
  }
}
