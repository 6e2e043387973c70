import type { Database } from 'better-sqlite3'
import type { Question } from '../../shared/content-types'
import type { AttemptView, Confidence, ExamConfig, ExamMode, ItemView } from '../../shared/exam-types'
import { ApiFailure } from '../../shared/result'
import type { LoadedNote } from '../content/notes'
import { MOCK } from './blueprint'
import { rng, shuffle } from './random'
import { isCorrect, summarize, type ScoreSummary } from './scoring'
import type { Picked } from './select'
import { examStore, parseConfig, type AttemptRow, type ItemRow } from './store'
import { creditedDelta, remainingMs, type Clock, type TimerState } from './timer'
import { revealFor } from './reveal'

const KEYS = 'ABCDEFGH'

/**
 * The exam engine: attempts, answers and the clock, all committed to SQLite before a call
 * returns, so whatever the UI shows as saved survives a crash.
 */
export function createExamEngine(db: Database, bank: Question[], notes: LoadedNote[], clock: Clock) {
  const store = examStore(db)
  const byId = new Map(bank.map((q) => [q.id, q]))
  /** attempt id → monotonic time of the last report from the exam screen (in memory only). */
  const lastReport = new Map<number, number>()
  const iso = () => new Date(clock.wall()).toISOString()

  const timerOf = (a: AttemptRow): TimerState => ({
    limitMs: a.time_limit_ms, activeMs: a.active_ms, strict: a.strict === 1, startedWallMs: a.started_wall_ms,
  })

  function load(id: number): AttemptRow {
    const a = store.attempt.get(id)
    if (!a) throw new ApiFailure('not_found', `There is no attempt ${id}.`)
    return a
  }

  function requireOpen(id: number): AttemptRow {
    const a = settleIfExpired(load(id))
    if (a.status !== 'open') throw new ApiFailure('conflict', 'This attempt is already finished.')
    return a
  }

  /** Submits an attempt whose time is up, e.g. when the app was closed just before zero. */
  function settleIfExpired(a: AttemptRow): AttemptRow {
    if (a.status === 'open' && remainingMs(timerOf(a), clock.wall()) === 0) {
      submit(a.id, 'time-up')
      return load(a.id)
    }
    return a
  }

  /** Credits active time since the last report to the attempt and the item on screen. */
  const credit = db.transaction((a: AttemptRow, position: number | null) => {
    const now = clock.monotonic()
    const prev = lastReport.get(a.id)
    lastReport.set(a.id, now)
    const delta = creditedDelta(prev === undefined ? null : now - prev)
    if (delta <= 0) return
    const room = a.time_limit_ms === null || a.strict ? delta : Math.min(delta, Math.max(0, a.time_limit_ms - a.active_ms))
    store.addTime.run(room, a.id)
    if (position !== null) store.addItemTime.run(room, a.id, position)
  })

  function create(mode: ExamMode, config: ExamConfig, picked: Picked[], seed: number, limitMs: number | null): number {
    if (picked.length === 0) throw new ApiFailure('not_found', 'No questions match this selection.')
    return db.transaction(() => {
      const random = rng(seed ^ 0x5bd1e995)
      const info = store.insertAttempt.run(mode, JSON.stringify(config), seed, iso(), limitMs, config.strict ? 1 : 0, clock.wall())
      const id = Number(info.lastInsertRowid)
      picked.forEach((p, i) => {
        const order = shuffle(p.question.options.map((o) => o.key), random)
        store.insertItem.run(id, i, p.question.id, JSON.stringify(order), p.scored ? 1 : 0)
      })
      return id
    })()
  }

  function itemView(a: AttemptRow, row: ItemRow, config: ExamConfig): ItemView {
    const q = byId.get(row.question_id)
    const order = JSON.parse(row.option_order) as string[]
    const toDisplay = (orig: string) => KEYS[order.indexOf(orig)]!
    const answer = row.answer ? (JSON.parse(row.answer) as string[]).map(toDisplay).sort() : null
    const base: ItemView = {
      position: row.position,
      questionId: row.question_id,
      domain: q?.domain ?? 1,
      type: q?.type ?? 'single',
      select: q?.select ?? 1,
      stem: q?.stem ?? '(この問題は問題集から削除されました / This question was removed from the bank.)',
      options: order.map((orig, i) => ({ key: KEYS[i]!, text: q?.options.find((o) => o.key === orig)?.text ?? '' })),
      answer,
      flagged: row.flagged === 1,
      confidence: row.confidence,
    }
    const mayReveal = a.status === 'submitted' || (config.instantFeedback && row.answer !== null)
    if (q && mayReveal) base.reveal = revealFor(q, row, order, notes)
    return base
  }

  function view(a: AttemptRow): AttemptView {
    const config = parseConfig(a)
    return {
      id: a.id,
      mode: a.mode,
      config,
      status: a.status,
      createdAt: a.created_at,
      remainingMs: remainingMs(timerOf(a), clock.wall()),
      limitMs: a.time_limit_ms,
      items: store.items.all(a.id).map((row) => itemView(a, row, config)),
    }
  }

  function submit(id: number, reason: 'user' | 'time-up'): ScoreSummary {
    return db.transaction(() => {
      const a = load(id)
      if (a.status !== 'open') throw new ApiFailure('conflict', 'This attempt is already finished.')
      const items = store.items.all(id)
      const scored = items.map((row) => {
        const q = byId.get(row.question_id)
        const correct = !!q && isCorrect(row.answer ? (JSON.parse(row.answer) as string[]) : null, q.answer)
        store.setCorrect.run(correct ? 1 : 0, id, row.position)
        return { domain: q?.domain ?? 1, scored: row.scored === 1 && !!q, correct, confidence: row.confidence, timeMs: row.time_ms }
      })
      const summary = summarize(scored)
      store.submit.run(iso(), reason, JSON.stringify(summary), id)
      lastReport.delete(id)
      return summary
    })()
  }

  // At start-up: anything whose time ran out while the app was closed is submitted now.
  for (const a of store.open.all()) settleIfExpired(a)

  return {
    store,
    byId,
    create,
    view: (id: number) => view(settleIfExpired(load(id))),
    load,
    requireOpen,
    submit,
    discard(id: number) {
      requireOpen(id)
      store.discard.run(id)
      lastReport.delete(id)
    },
    tick(id: number, position: number | null) {
      const a = requireOpen(id)
      credit(a, position)
      const after = settleIfExpired(load(id))
      return { status: after.status, remainingMs: remainingMs(timerOf(after), clock.wall()) }
    },
    pause(id: number) {
      const a = requireOpen(id)
      if (!parseConfig(a).pauseAllowed) throw new ApiFailure('conflict', 'A full mock exam cannot be paused, just like the real one.')
      credit(a, null)
      lastReport.delete(id)
    },
    answer(id: number, position: number, displayKeys: string[], confidence: Confidence | null) {
      const a = requireOpen(id)
      const config = parseConfig(a)
      const row = store.item.get(id, position)
      if (!row) throw new ApiFailure('not_found', `There is no question ${position + 1} in this attempt.`)
      if (config.instantFeedback && row.answer !== null) throw new ApiFailure('conflict', 'This answer was already checked and cannot be changed.')
      const order = JSON.parse(row.option_order) as string[]
      const original = [...new Set(displayKeys)].map((k) => {
        const i = KEYS.indexOf(k)
        if (i < 0 || i >= order.length) throw new ApiFailure('invalid_input', `There is no option ${k}.`)
        return order[i]!
      })
      const q = byId.get(row.question_id)
      db.transaction(() => {
        credit(a, position)
        const correct = config.instantFeedback && q ? (isCorrect(original, q.answer) ? 1 : 0) : null
        store.saveAnswer.run(JSON.stringify(original.sort()), confidence, iso(), correct, id, position)
      })()
      const after = settleIfExpired(load(id))
      return { item: itemView(after, store.item.get(id, position)!, config), remainingMs: remainingMs(timerOf(after), clock.wall()), status: after.status }
    },
    mark(id: number, position: number, flagged: boolean | undefined, confidence: Confidence | undefined) {
      requireOpen(id)
      if (!store.item.get(id, position)) throw new ApiFailure('not_found', `There is no question ${position + 1} in this attempt.`)
      store.saveMark.run(flagged === undefined ? null : flagged ? 1 : 0, confidence ?? null, id, position)
    },
  }
}

export type ExamEngine = ReturnType<typeof createExamEngine>
export const MOCK_LIMIT_MS = MOCK.minutes * 60_000
