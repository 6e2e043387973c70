import type { Database } from 'better-sqlite3'
import type { BankStats, ExamConfig, ResultView } from '@shared/exam-types'
import type { ParsedInput } from '@shared/api'
import { ApiFailure } from '@shared/result'
import type { LoadedContent } from '../content/load'
import type { Feature, Handlers } from '../dispatch'
import { MOCK } from './blueprint'
import { createExamEngine, MOCK_LIMIT_MS } from './engine'
import { examHistory } from './history'
import { newSeed } from './random'
import { drillPool, pickMock, pickPractice } from './select'
import { TASK_IDS, type TaskId } from '@shared/vocab'
import { readSummary, unlessDamaged } from './columns'
import { parseConfig } from './store'
import type { Clock } from './timer'

type ExamHandlers = Pick<Handlers, `exam.${string}` & keyof Handlers>

/** Mock exams, practice and drills over the question bank. */
export function examFeature(db: Database, content: LoadedContent, clock: Clock, onSubmitted?: (attemptId: number) => void): Feature<ExamHandlers> {
  const engine = createExamEngine(db, content.questions, content.notes, clock, onSubmitted)
  const bank = content.questions

  const history = examHistory(db, engine.byId)

  function start(req: ParsedInput<'exam.start'>) {
    const existing = engine.openOf(req.mode)
    if (existing) {
      throw new ApiFailure('conflict', 'An attempt in this mode is still open: resume it or discard it first.', [`attempt:${existing.id}`], 'exam.attempt_open')
    }
    const seed = req.seed ?? newSeed()
    const base: ExamConfig = { count: 0, timeLimitMin: null, domains: [], notes: [], instantFeedback: false, pauseAllowed: true, strict: false, drill: null }
    if (req.mode === 'mock') {
      const config = { ...base, count: MOCK.questions, timeLimitMin: MOCK.minutes, pauseAllowed: false, strict: req.strict }
      // A mock is a verdict on readiness: no question whose facts may be out of date.
      return engine.create(
        'mock',
        config,
        pickMock(
          bank.filter((q) => !q.stale),
          seed,
        ),
        seed,
        MOCK_LIMIT_MS,
      )
    }
    if (req.mode === 'practice') {
      const tasks = req.tasks ?? []
      const only = req.questions ? new Set(req.questions) : null
      const pool = bank.filter(
        (q) =>
          (!only || only.has(q.id)) &&
          (!req.domains.length || req.domains.includes(q.domain)) &&
          (!req.notes.length || q.grounding.some((g) => req.notes.includes(g.note))) &&
          (!tasks.length || q.tasks.some((t) => tasks.includes(t))),
      )
      const config = {
        ...base,
        count: req.count,
        timeLimitMin: req.timeLimitMin,
        domains: req.domains,
        notes: req.notes,
        tasks,
        instantFeedback: req.instantFeedback,
      }
      return engine.create('practice', config, pickPractice(pool, req.count, seed), seed, req.timeLimitMin === null ? null : req.timeLimitMin * 60_000)
    }
    const pool = drillPool(req.drill, bank, history())
    const config = { ...base, count: req.count, instantFeedback: req.instantFeedback, drill: req.drill }
    return engine.create('drill', config, pickPractice(pool, req.count, seed), seed, null)
  }

  function result(id: number): ResultView {
    const a = engine.load(id)
    if (a.status !== 'submitted' || !a.summary)
      throw new ApiFailure('conflict', 'Results are shown once the attempt is submitted.', undefined, 'exam.not_submitted')
    const s = readSummary(a.summary)
    const attempt = engine.view(id)
    return {
      attempt,
      scaled: s.scaled,
      passed: s.passed,
      correct: s.correct,
      scored: s.scored,
      domains: s.domains,
      calibration: s.calibration,
      totalTimeMs: s.totalTimeMs,
      timePerItemMs: engine.itemTimes(id),
      submitReason: a.submit_reason === 'time-up' ? 'time-up' : 'user',
    }
  }

  const handlers: ExamHandlers = {
    'exam.bank': (): BankStats => {
      const h = history()
      const count = (d: number) => bank.filter((q) => q.domain === d).length
      const notes = content.notes
        .map((n) => ({ id: n.id, title: n.title, count: bank.filter((q) => q.grounding.some((g) => g.note === n.id)).length }))
        .filter((n) => n.count > 0)
      return {
        total: bank.length,
        byDomain: { 1: count(1), 2: count(2), 3: count(3), 4: count(4) },
        byTask: Object.fromEntries(TASK_IDS.map((t) => [t, bank.filter((q) => q.tasks.includes(t)).length])) as Record<TaskId, number>,
        multiple: bank.filter((q) => q.type === 'multiple').length,
        notes,
        stale: bank.flatMap((q) => (q.stale ? [{ id: q.id, stem: q.stem, reasons: q.stale }] : [])),
        drills: {
          wrong: drillPool('wrong', bank, h).length,
          flagged: drillPool('flagged', bank, h).length,
          weakest: drillPool('weakest', bank, h).length,
          unseen: drillPool('unseen', bank, h).length,
        },
      }
    },
    'exam.list': () =>
      engine.recent(200).map((a) => {
        const view = a.status === 'open' ? unlessDamaged(() => engine.view(a.id)) : null // settles an expired attempt
        const current = view ? engine.load(a.id) : a
        // One damaged row does not empty the list: it shows without what cannot be read.
        const s = current.summary ? unlessDamaged(() => readSummary(current.summary!)) : null
        return {
          id: current.id,
          mode: current.mode,
          drill: unlessDamaged(() => parseConfig(current))?.drill ?? null,
          status: current.status,
          createdAt: current.created_at,
          submittedAt: current.submitted_at,
          ...engine.counts(current.id),
          remainingMs: view?.remainingMs ?? null,
          scaled: s?.scaled ?? null,
          correct: s?.correct ?? null,
          scored: s?.scored ?? null,
          passed: s?.passed ?? null,
        }
      }),
    'exam.start': (req) => engine.view(start(req)),
    'exam.get': ({ attemptId }) => engine.view(attemptId),
    'exam.tick': ({ attemptId, position }) => engine.tick(attemptId, position),
    'exam.answer': ({ attemptId, position, answer, confidence }) => engine.answer(attemptId, position, answer, confidence),
    'exam.mark': ({ attemptId, position, flagged, confidence }) => {
      engine.mark(attemptId, position, flagged, confidence)
      return true
    },
    'exam.pause': ({ attemptId }) => {
      engine.pause(attemptId)
      return true
    },
    'exam.submit': ({ attemptId }) => {
      engine.submit(attemptId, 'user')
      return result(attemptId)
    },
    'exam.discard': ({ attemptId }) => {
      engine.discard(attemptId)
      return true
    },
    'exam.result': ({ attemptId }) => result(attemptId),
  }
  return { handlers }
}
