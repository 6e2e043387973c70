import type { Note, Question, StaleReason } from '@shared/content-types'

/**
 * Why each question's facts may be out of date: a note section it is grounded in carries an
 * `[!update]` newer than the question's `asOf` month, or the note is about a retired service.
 * Only questions with a reason are in the map.
 */
export function staleQuestions(notes: Pick<Note, 'id' | 'title' | 'updates' | 'retired'>[], questions: Question[]): Map<string, StaleReason[]> {
  const byId = new Map(notes.map((n) => [n.id, n]))
  const out = new Map<string, StaleReason[]>()
  for (const q of questions) {
    const reasons: StaleReason[] = []
    const checked = q.asOf.slice(0, 7)
    for (const g of q.grounding) {
      const note = byId.get(g.note)
      if (!note) continue
      if (note.retired && !reasons.some((r) => r.kind === 'retired' && r.note === note.id))
        reasons.push({ kind: 'retired', note: note.id, noteTitle: note.title, since: note.retired.since })
      for (const u of note.updates) {
        if (u.month <= checked || (g.heading && !u.under.includes(g.heading))) continue
        if (!reasons.some((r) => r.kind === 'update' && r.note === note.id && r.month === u.month))
          reasons.push({ kind: 'update', note: note.id, noteTitle: note.title, heading: g.heading ?? null, month: u.month })
      }
    }
    if (reasons.length) out.set(q.id, reasons)
  }
  return out
}
