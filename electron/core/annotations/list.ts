import type { Database } from 'better-sqlite3'
import type { AnnotationHit, AnnotationPage, Color } from '../../shared/annotation-types'
import type { Handlers } from '../dispatch'

/** What the search index and the list show of each kind, defined once (import uses them too). */
export const annotationText = (quote: string, comment: string) => `${quote}\n${comment}`
export const personalText = (title: string, body: string) => `${title}\n${body}`

type AnnotationBrief = [id: string, noteId: string, color: Color, quote: string, comment: string, updatedAt: string]
type PersonalBrief = [id: string, noteId: string | null, title: string, body: string, updatedAt: string]
const annotationHit = ([id, noteId, color, quote, comment, updatedAt]: AnnotationBrief): AnnotationHit => (
  { kind: 'annotation', id, noteId, text: comment ? `${quote} — ${comment}` : quote, color, updatedAt })
const personalHit = ([id, noteId, title, body, updatedAt]: PersonalBrief): AnnotationHit => (
  { kind: 'personal', id, noteId, text: personalText(title, body).slice(0, 400), color: null, updatedAt })

/** Search matches looked at per query; beyond this a search is not a result anyone reads. */
const MATCH_CAP = 2000

interface Filter { noteId: string | null; color: string | null }
interface Window extends Filter { offset: number; limit: number }

/**
 * The Annotations list, one window at a time: every highlight (in note order) then every
 * personal note (newest first), or the matches of a search (best first), filtered by note and
 * colour. A personal note has no colour, so a colour filter leaves personal notes out.
 */
export function annotationList(db: Database): Pick<Handlers, 'annotations.search'> {
  const live = 'deleted_at IS NULL AND (@noteId IS NULL OR note_id = @noteId)'
  const ofA = `FROM annotations WHERE ${live} AND (@color IS NULL OR color = @color)`
  const ofP = `FROM personal_notes WHERE ${live} AND @color IS NULL`
  // Raw rows (arrays) are noticeably cheaper to materialise than objects.
  const q = {
    countA: db.prepare<[Filter], number>(`SELECT count(*) ${ofA}`).pluck(),
    countP: db.prepare<[Filter], number>(`SELECT count(*) ${ofP}`).pluck(),
    pageA: db.prepare<[Window], AnnotationBrief>(`SELECT id, note_id, color, quote, comment, updated_at ${ofA} ORDER BY note_id, position LIMIT @limit OFFSET @offset`).raw(),
    pageP: db.prepare<[Window], PersonalBrief>(`SELECT id, note_id, title, body, updated_at ${ofP} ORDER BY updated_at DESC LIMIT @limit OFFSET @offset`).raw(),
    oneA: db.prepare<[Filter & { id: string }], AnnotationBrief>(`SELECT id, note_id, color, quote, comment, updated_at ${ofA} AND id = @id`).raw(),
    oneP: db.prepare<[Filter & { id: string }], PersonalBrief>(`SELECT id, note_id, title, body, updated_at ${ofP} AND id = @id`).raw(),
    fts: db.prepare<[string, number], { kind: 'annotation' | 'personal'; ref_id: string }>(
      'SELECT kind, ref_id FROM user_text_fts WHERE user_text_fts MATCH ? ORDER BY rank LIMIT ?'),
    // The trigram index needs three characters; shorter queries scan the same text.
    like: db.prepare<[string, number], { kind: 'annotation' | 'personal'; ref_id: string }>(
      "SELECT kind, ref_id FROM user_text_fts WHERE text LIKE ? ESCAPE '\\' LIMIT ?"),
  }

  function browse(w: Window): AnnotationPage {
    const inA = q.countA.get(w)!
    const total = inA + q.countP.get(w)!
    const hits = w.offset < inA ? q.pageA.all(w).map(annotationHit) : []
    const rest = w.limit - hits.length
    if (rest > 0) hits.push(...q.pageP.all({ ...w, offset: Math.max(0, w.offset - inA), limit: rest }).map(personalHit))
    return { total, hits }
  }

  function search(text: string, w: Window): AnnotationPage {
    const refs = [...text].length < 3
      ? q.like.all(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, MATCH_CAP)
      : q.fts.all(`"${text.replace(/"/g, '""')}"`, MATCH_CAP)
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
