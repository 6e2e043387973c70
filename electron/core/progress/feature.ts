import type { Database } from 'better-sqlite3'
import { startOfDay, subDays } from 'date-fns'
import { DOMAINS, type Domain } from '@shared/content-types'
import type { ProgressSummary } from '@shared/progress-types'
import type { LoadedContent } from '../content/load'
import type { NoteReadRow } from '../db/rows'
import type { Feature, Handlers } from '../dispatch'
import { overallReadiness, readiness } from './readiness'

/** Local calendar day (YYYY-MM-DD) of a time. */
/**
 * The local calendar day of a moment, as yyyy-MM-dd. Read from the Date's local fields (what
 * date-fns' format does too, at a tenth of the cost: the dashboard calls this for every
 * ten-minute slot of 30 days); days are stepped with date-fns (lastLocalDays), never by 24 hours.
 */
export const localDay = (t: string | Date | number): string => {
  const d = new Date(t)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/**
 * The local calendar days ending with the one of `today`, oldest first. Calendar steps, not
 * 24-hour ones: across a DST change a day has 23 or 25 hours, and 24-hour steps skip or repeat one.
 */
export function lastLocalDays(today: number | Date, count: number): Date[] {
  const start = startOfDay(today)
  return Array.from({ length: count }, (_, i) => subDays(start, count - 1 - i))
}

/** Answers older than this many per domain barely move a readiness with a 60-answer half-life. */
const RECENT_ANSWERS = 2000

/**
 * Where the learner stands. Counts come from totals the database keeps as answers are graded
 * (per question, per ten minutes), and readiness uses the most recent answers only, so the
 * dashboard stays fast at 100,000 answers.
 */
export function progressFeature(db: Database, content: LoadedContent, now: () => Date): Feature<Pick<Handlers, 'progress.summary'>> {
  // Per-question totals of graded answers, kept by triggers (migration 8): no 100k-row recount.
  const perQuestion = db.prepare<[], { question_id: string; total: number; correct: number }>(
    'SELECT question_id, total, correct FROM question_totals WHERE total > 0',
  )
  // Attempts are numbered in time order, so the primary key gives the newest answers cheaply.
  const recent = db.prepare<[number], { question_id: string; correct: number }>(
    `SELECT question_id, correct FROM (SELECT question_id, correct, attempt_id, position FROM attempt_items WHERE correct IS NOT NULL
     ORDER BY attempt_id DESC, position DESC LIMIT ?) ORDER BY attempt_id, position`,
  )
  // Graded answers per ten-minute UTC slot, also kept by triggers (SQLite's 'localtime' is slow
  // per row); each slot is put on its local day here, which places :30 time zones correctly.
  const answersPerSlot = db.prepare<[{ since: string }], { slot: string; n: number }>(
    'SELECT slot, n FROM answer_slots WHERE slot >= substr(@since, 1, 15) AND n > 0',
  )
  const minutesPerDay = db.prepare<[string], { day: string; ms: number }>(
    "SELECT date(coalesce(submitted_at, created_at), 'localtime') AS day, sum(active_ms) AS ms FROM attempts WHERE status != 'discarded' AND coalesce(submitted_at, created_at) >= ? GROUP BY day",
  )
  const olderAttemptDays = db
    .prepare<[string], string>("SELECT submitted_at FROM attempts WHERE status = 'submitted' AND submitted_at < ? ORDER BY submitted_at DESC")
    .pluck()
  const attempts = db.prepare<[], { id: number; submitted_at: string; mode: string; scaled: number; passed: number }>(
    `SELECT id, submitted_at, mode, json_extract(summary, '$.scaled') AS scaled, json_extract(summary, '$.passed') AS passed
     FROM attempts WHERE status = 'submitted' ORDER BY submitted_at DESC LIMIT 200`,
  )
  const reads = db.prepare<[], NoteReadRow>('SELECT note_id, read_at FROM note_reads')
  const questions = new Map(content.questions.map((q) => [q.id, q]))
  const titles = new Map(content.notes.map((n) => [n.id, n.title]))

  /**
   * Consecutive active days up to today (an empty today does not break yesterday's streak). The
   * last 30 days come from the study log; a longer streak continues through submitted attempts
   * and reads before that, so it costs two small queries however long it is.
   */
  function streak(
    days: { date: string; minutes: number; answers: number; notesRead: number }[],
    attemptDays: Set<string>,
    reads: string[],
    today: number,
  ): number {
    const active = (d: (typeof days)[number]) => d.answers > 0 || d.notesRead > 0 || d.minutes > 0 || attemptDays.has(d.date)
    let n = 0
    for (let i = days.length - 1; i >= 0; i--) {
      if (active(days[i]!)) n++
      else if (i < days.length - 1) return n
    }
    const windowStart = lastLocalDays(today, days.length)[0]!
    // Walk back day by day through attempts (newest first) and reads, stopping at the first gap.
    const readDays = new Set(reads.map((r) => localDay(r)))
    const older = olderAttemptDays.iterate(windowStart.toISOString())
    const nextDay = () => {
      const r = older.next()
      return r.done ? null : localDay(r.value)
    }
    let attemptDay = nextDay()
    for (let day = subDays(windowStart, 1); ; day = subDays(day, 1)) {
      const d = localDay(day)
      while (attemptDay !== null && attemptDay > d) attemptDay = nextDay()
      if (attemptDay !== d && !readDays.has(d)) break
      n++
    }
    older.return?.()
    return n
  }

  const handlers: Pick<Handlers, 'progress.summary'> = {
    'progress.summary': (): ProgressSummary => {
      const totals = { domain: new Map<Domain, { correct: number; total: number }>(), note: new Map<string, { correct: number; total: number }>() }
      let answersTotal = 0
      for (const r of perQuestion.all()) {
        const q = questions.get(r.question_id)
        if (!q) continue
        answersTotal += r.total
        const add = <K>(m: Map<K, { correct: number; total: number }>, k: K) => {
          const t = m.get(k) ?? { correct: 0, total: 0 }
          t.correct += r.correct
          t.total += r.total
          m.set(k, t)
        }
        add(totals.domain, q.domain)
        for (const note of new Set(q.grounding.map((g) => g.note))) add(totals.note, note)
      }
      const outcomes = new Map<Domain, boolean[]>()
      for (const r of recent.all(RECENT_ANSWERS)) {
        const q = questions.get(r.question_id)
        if (q) (outcomes.get(q.domain) ?? outcomes.set(q.domain, []).get(q.domain)!).push(r.correct === 1)
      }
      const domains = ([1, 2, 3, 4] as Domain[]).map((domain) => ({
        domain,
        ...(totals.domain.get(domain) ?? { correct: 0, total: 0 }),
        readiness: readiness(outcomes.get(domain) ?? []),
      }))
      const topics = [...totals.note.entries()].map(([note, t]) => ({ note, title: titles.get(note) ?? note, ...t }))
      const weakest = topics
        .filter((t) => t.total >= 3)
        .sort((a, b) => a.correct / a.total - b.correct / b.total || b.total - a.total)
        .slice(0, 5)

      const today = now().getTime()
      const window = lastLocalDays(today, 30)
      const since = window[0]!.toISOString()
      const answers = new Map<string, number>()
      for (const r of answersPerSlot.all({ since })) {
        const day = localDay(`${r.slot}0:00.000Z`)
        answers.set(day, (answers.get(day) ?? 0) + r.n)
      }
      const minutes = new Map(minutesPerDay.all(since).map((r) => [r.day, r.ms / 60_000]))
      const readRows = reads.all()
      const readsPerDay = new Map<string, number>()
      for (const r of readRows) readsPerDay.set(localDay(r.read_at), (readsPerDay.get(localDay(r.read_at)) ?? 0) + 1)
      const days = window.map((day) => {
        const date = localDay(day)
        return { date, minutes: Math.round((minutes.get(date) ?? 0) * 10) / 10, answers: answers.get(date) ?? 0, notesRead: readsPerDay.get(date) ?? 0 }
      })
      return {
        domains,
        overall: overallReadiness(domains.map((d) => ({ weight: DOMAINS[d.domain].weight, r: d.readiness }))),
        topics,
        weakest,
        notesRead: readRows.filter((r) => titles.has(r.note_id)).length,
        notesTotal: content.notes.length,
        attempts: attempts
          .all()
          .reverse()
          .map((a) => ({ id: a.id, date: a.submitted_at, mode: a.mode, scaled: a.scaled, passed: a.passed === 1 })),
        days,
        streak: streak(
          days,
          new Set(minutes.keys()),
          readRows.map((r) => r.read_at),
          today,
        ),
        answersTotal,
      }
    },
  }
  return { handlers }
}
