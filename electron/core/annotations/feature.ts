import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { Annotation, Color, PersonalNote } from '@shared/annotation-types'
import { ApiFailure } from '@shared/result'
import type { AnnotationRow, PersonalNoteRow } from '../db/rows'
import type { Feature, Handlers } from '../dispatch'
import { annotationList, annotationText, personalText } from './list'

type AnnotationHandlers = Pick<
  Handlers,
  | 'annotations.list'
  | 'annotations.create'
  | 'annotations.update'
  | 'annotations.delete'
  | 'annotations.restore'
  | 'pnotes.list'
  | 'pnotes.save'
  | 'pnotes.delete'
  | 'pnotes.restore'
>

export const toAnnotation = (r: AnnotationRow): Annotation => ({
  id: r.id,
  noteId: r.note_id,
  color: r.color,
  quote: r.quote,
  prefix: r.prefix,
  suffix: r.suffix,
  position: r.position,
  comment: r.comment,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})
export const toPersonal = (r: PersonalNoteRow): PersonalNote => ({
  id: r.id,
  noteId: r.note_id,
  title: r.title,
  body: r.body,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

/**
 * Highlights with comments, and personal notes. Everything the user writes is stored as plain
 * text (the renderer shows it inert) and kept in a trigram index for search.
 */
/** Highlights, comments and personal notes; `noteIds` in library order, which the list follows. */
export function annotationsFeature(
  db: Database,
  now: () => Date,
  noteIds: readonly string[],
): Feature<AnnotationHandlers & Pick<Handlers, 'annotations.search'>> {
  const q = {
    list: db.prepare<[{ noteId: string | null; color: string | null }], AnnotationRow>(
      `SELECT * FROM annotations WHERE deleted_at IS NULL AND (@noteId IS NULL OR note_id = @noteId) AND (@color IS NULL OR color = @color)
       ORDER BY note_id, position`,
    ),
    get: db.prepare<[string], AnnotationRow>('SELECT * FROM annotations WHERE id = ?'),
    insert: db.prepare(`INSERT INTO annotations (id, note_id, color, quote, prefix, suffix, position, comment, created_at, updated_at)
      VALUES (@id, @noteId, @color, @quote, @prefix, @suffix, @position, @comment, @at, @at)`),
    update: db.prepare<[Color | null, string | null, string, string]>(
      'UPDATE annotations SET color = coalesce(?, color), comment = coalesce(?, comment), updated_at = ? WHERE id = ? AND deleted_at IS NULL',
    ),
    softDelete: db.prepare<[string, string]>('UPDATE annotations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    restore: db.prepare<[string]>('UPDATE annotations SET deleted_at = NULL WHERE id = ?'),
    pList: db.prepare<[{ noteId: string | null }], PersonalNoteRow>(
      'SELECT * FROM personal_notes WHERE deleted_at IS NULL AND (@noteId IS NULL OR note_id = @noteId) ORDER BY updated_at DESC',
    ),
    pGet: db.prepare<[string], PersonalNoteRow>('SELECT * FROM personal_notes WHERE id = ?'),
    pUpsert: db.prepare(`INSERT INTO personal_notes (id, note_id, title, body, created_at, updated_at) VALUES (@id, @noteId, @title, @body, @at, @at)
      ON CONFLICT(id) DO UPDATE SET note_id = excluded.note_id, title = excluded.title, body = excluded.body, updated_at = excluded.updated_at, deleted_at = NULL`),
    pDelete: db.prepare<[string, string]>('UPDATE personal_notes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    pRestore: db.prepare<[string]>('UPDATE personal_notes SET deleted_at = NULL WHERE id = ?'),
    ftsDelete: db.prepare<[string]>('DELETE FROM user_text_fts WHERE ref_id = ?'),
    ftsInsert: db.prepare<[string, string, string]>('INSERT INTO user_text_fts (kind, ref_id, text) VALUES (?, ?, ?)'),
  }
  const index = (kind: 'annotation' | 'personal', id: string, text: string | null) => {
    q.ftsDelete.run(id)
    if (text !== null) q.ftsInsert.run(kind, id, text)
  }
  const iso = () => now().toISOString()
  const mustGet = (id: string) => {
    const row = q.get.get(id)
    if (!row) throw new ApiFailure('not_found', 'That highlight does not exist any more.', undefined, 'annotation.gone')
    return row
  }
  const mustGetP = (id: string) => {
    const row = q.pGet.get(id)
    if (!row) throw new ApiFailure('not_found', 'That personal note does not exist any more.', undefined, 'personal_note.gone')
    return row
  }

  const handlers: AnnotationHandlers = {
    'annotations.list': ({ noteId, color }) => q.list.all({ noteId: noteId ?? null, color: color ?? null }).map(toAnnotation),
    'annotations.create': (a) => {
      const id = randomUUID()
      const at = iso()
      db.transaction(() => {
        q.insert.run({ id, ...a, comment: a.comment ?? '', at })
        index('annotation', id, annotationText(a.quote, a.comment ?? ''))
      })()
      return toAnnotation(mustGet(id))
    },
    'annotations.update': ({ id, color, comment }) => {
      const row = mustGet(id)
      db.transaction(() => {
        q.update.run(color ?? null, comment ?? null, iso(), id)
        index('annotation', id, annotationText(row.quote, comment ?? row.comment))
      })()
      return toAnnotation(mustGet(id))
    },
    'annotations.delete': ({ id }) => {
      mustGet(id)
      db.transaction(() => {
        q.softDelete.run(iso(), id)
        index('annotation', id, null)
      })()
      return true
    },
    'annotations.restore': ({ id }) => {
      const row = mustGet(id)
      db.transaction(() => {
        q.restore.run(id)
        index('annotation', id, annotationText(row.quote, row.comment))
      })()
      return toAnnotation(mustGet(id))
    },
    'pnotes.list': ({ noteId }) => q.pList.all({ noteId: noteId ?? null }).map(toPersonal),
    'pnotes.save': ({ id, noteId, title, body }) => {
      const key = id ?? randomUUID()
      db.transaction(() => {
        q.pUpsert.run({ id: key, noteId: noteId ?? null, title, body, at: iso() })
        index('personal', key, personalText(title, body))
      })()
      return toPersonal(mustGetP(key))
    },
    'pnotes.delete': ({ id }) => {
      mustGetP(id)
      db.transaction(() => {
        q.pDelete.run(iso(), id)
        index('personal', id, null)
      })()
      return true
    },
    'pnotes.restore': ({ id }) => {
      const row = mustGetP(id)
      db.transaction(() => {
        q.pRestore.run(id)
        index('personal', id, personalText(row.title, row.body))
      })()
      return toPersonal(mustGetP(id))
    },
  }
  return { handlers: { ...handlers, ...annotationList(db, noteIds) } }
}
