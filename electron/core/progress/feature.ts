import type { Database } from 'better-sqlite3'
import { DOMAINS, type Domain } from '../../shared/content-types'
import type { ProgressSummary } from '../../shared/progress-types'
import type { LoadedContent } from '../content/load'
import type { Handlers } from '../dispatch'
import { overallReadiness, readiness } from './readiness'

/** Local calendar day (YYYY-MM-DD) of an ISO timestamp. */
export const localDay = (iso: string | Date): string => {
  const d = new Date(iso)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Where the learner stands: accuracy, readiness, history, study days and the weakest topics. */
export function progressFeature(db: Database, content: LoadedContent, now: () => Date): Pick<Handlers, 'progress.summary'> {
  const graded = db.prepare<[], { question_id: string; correct: number; at: string; time_ms: number }>(`
    SELECT i.question_id, i.correct, coalesce(i.answered_at, a.submitted_at) AS at, i.time_ms
    FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
    WHERE a.status != 'discarded' AND i.correct IS NOT NULL
    ORDER BY at, i.attempt_id, i.position`)
  const attempts = db.prepare<[], { id: number; submitted_at: string; mode: string; summary: string }>(
    "SELECT id, submitted_at, mode, summary FROM attempts WHERE status = 'submitted' ORDER BY submitted_at")
  const activeByDay = db.prepare<[], { at: string; active_ms: number }>(
    "SELECT coalesce(submitted_at, created_at) AS at, active_ms FROM attempts WHERE status != 'discarded'")
  const reads = db.prepare<[], { note_id: string; read_at: string }>('SELECT note_id, read_at FROM note_reads')
  const questions = new Map(content.questions.map((q) => [q.id, q]))
  const titles = new Map(content.notes.map((n) => [n.id, n.title]))

  return {
    'progress.summary': (): ProgressSummary => {
      const rows = graded.all().filter((r) => questions.has(r.question_id))
      const byDomain = new Map<Domain, boolean[]>()
      const byNote = new Map<string, { correct: number; total: number }>()
      for (const r of rows) {
        const q = questions.get(r.question_id)!
        const list = byDomain.get(q.domain) ?? []
        list.push(r.correct === 1)
        byDomain.set(q.domain, list)
        for (const note of new Set(q.grounding.map((g) => g.note))) {
          const t = byNote.get(note) ?? { correct: 0, total: 0 }
          t.total++
          if (r.correct === 1) t.correct++
          byNote.set(note, t)
        }
      }
      const domains = ([1, 2, 3, 4] as Domain[]).map((domain) => {
        const outcomes = byDomain.get(domain) ?? []
        return { domain, correct: outcomes.filter(Boolean).length, total: outcomes.length, readiness: readiness(outcomes) }
      })
      const topics = [...byNote.entries()].map(([note, t]) => ({ note, title: titles.get(note) ?? note, ...t }))
      const weakest = topics.filter((t) => t.total >= 3).sort((a, b) => a.correct / a.total - b.correct / b.total || b.total - a.total).slice(0, 5)

      // Study days: active exam minutes, answers and notes read, per local day.
      const days = new Map<string, { minutes: number; answers: number; notesRead: number }>()
      const day = (d: string) => days.get(d) ?? days.set(d, { minutes: 0, answers: 0, notesRead: 0 }).get(d)!
      for (const a of activeByDay.all()) day(localDay(a.at)).minutes += a.active_ms / 60_000
      for (const r of rows) day(localDay(r.at)).answers++
      const readRows = reads.all()
      for (const r of readRows) day(localDay(r.read_at)).notesRead++
      const today = now()
      const last30 = Array.from({ length: 30 }, (_, i) => {
        const d = localDay(new Date(today.getTime() - (29 - i) * 86_400_000))
        const v = days.get(d) ?? { minutes: 0, answers: 0, notesRead: 0 }
        return { date: d, minutes: Math.round(v.minutes * 10) / 10, answers: v.answers, notesRead: v.notesRead }
      })
      let streak = 0
      for (let i = 0; ; i++) {
        const d = days.get(localDay(new Date(today.getTime() - i * 86_400_000)))
        const active = !!d && (d.answers > 0 || d.notesRead > 0 || d.minutes > 0)
        if (active) streak++
        else if (i > 0) break // today may still be empty without breaking yesterday's streak
        if (i > 3650) break
      }
      return {
        domains,
        overall: overallReadiness(domains.map((d) => ({ weight: DOMAINS[d.domain].weight, r: d.readiness }))),
        topics,
        weakest,
        notesRead: readRows.filter((r) => titles.has(r.note_id)).length,
        notesTotal: content.notes.length,
        attempts: attempts.all().map((a) => {
          const s = JSON.parse(a.summary) as { scaled: number; passed: boolean }
          return { id: a.id, date: a.submitted_at, mode: a.mode, scaled: s.scaled, passed: s.passed }
        }),
        days: last30,
        streak,
        answersTotal: rows.length,
      }
    },
  }
}
