import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../electron/core/content/load'
import { apportion, apportionBy, MOCK } from '../../../electron/core/exam/blueprint'
import { isCorrect, scaledScore, summarize } from '../../../electron/core/exam/scoring'
import { drillPool, pickMock, pickPractice, spreadOverTasks } from '../../../electron/core/exam/select'
import { rng } from '../../../electron/core/exam/random'
import { DOMAIN_IDS, EXAM_TICK_MS, tasksOfDomain } from '@shared/vocab'
import type { Question } from '@shared/content-types'
import { creditedDelta, MAX_GAP_MS, remainingMs } from '../../../electron/core/exam/timer'
import { REAL_CONTENT } from '../helpers/core'

const bank = loadContent(REAL_CONTENT).questions

describe('blueprint and stratification', () => {
  it('apportions 65 and 50 by 32/26/24/18 exactly', () => {
    expect(apportion(65)).toEqual({ 1: 21, 2: 17, 3: 15, 4: 12 }) // largest remainder of 20.8, 16.9, 15.6, 11.7
    expect(apportion(50)).toEqual({ 1: 16, 2: 13, 3: 12, 4: 9 })
    for (let n = 1; n <= 80; n++) expect(Object.values(apportion(n)).reduce((a, b) => a + b, 0)).toBe(n)
  })

  it('a mock has 65 distinct questions, 50 scored, in blueprint proportions, reproducible by seed', () => {
    const a = pickMock(bank, 42)
    expect(a).toHaveLength(MOCK.questions)
    expect(new Set(a.map((p) => p.question.id)).size).toBe(65)
    expect(a.filter((p) => p.scored)).toHaveLength(50)
    const per = (d: number, scoredOnly = false) => a.filter((p) => p.question.domain === d && (!scoredOnly || p.scored)).length
    expect([per(1), per(2), per(3), per(4)]).toEqual([21, 17, 15, 12])
    expect([per(1, true), per(2, true), per(3, true), per(4, true)]).toEqual([16, 13, 12, 9])
    expect(pickMock(bank, 42).map((p) => p.question.id)).toEqual(a.map((p) => p.question.id))
    expect(pickMock(bank, 43).map((p) => p.question.id)).not.toEqual(a.map((p) => p.question.id))
  })

  it('within a domain, a mock spreads its questions over the task statements in proportion to the bank', () => {
    const a = pickMock(bank, 7)
    for (const d of DOMAIN_IDS) {
      const tasks = tasksOfDomain(d)
      const inBank = (t: string) => bank.filter((q) => q.domain === d && q.tasks[0] === t).length
      const want = apportionBy(apportion(MOCK.questions)[d], tasks, inBank)
      const short = tasks.some((t) => inBank(t) < want[t])
      for (const t of tasks) {
        const got = a.filter((p) => p.question.domain === d && p.question.tasks[0] === t).length
        // Each task gets its apportioned share (all it has, if fewer); only a short task's room
        // goes to the others.
        expect(got, `domain ${d} task ${t}`).toBeGreaterThanOrEqual(Math.min(want[t], inBank(t)))
        if (!short) expect(got, `domain ${d} task ${t}`).toBe(want[t])
      }
    }
  })

  it('a task with too few questions leaves room that the other tasks of its domain fill', () => {
    const mk = (id: string, task: '1.1' | '1.2' | '1.3'): Question => ({ ...bank.find((q) => q.domain === 1)!, id, tasks: [task] })
    const pool = [mk('a1', '1.1'), ...Array.from({ length: 9 }, (_, i) => mk(`b${i}`, '1.2')), ...Array.from({ length: 10 }, (_, i) => mk(`c${i}`, '1.3'))]
    // 1.1 has 1 of 20 questions → its share of 10 is 0.5; with 10 wanted, 1.2 and 1.3 take the rest.
    expect(apportionBy(10, ['1.1', '1.2', '1.3'], (t) => pool.filter((q) => q.tasks[0] === t).length)).toEqual({ '1.1': 1, '1.2': 4, '1.3': 5 })
    const chosen = spreadOverTasks(
      pool.filter((q) => q.id !== 'a1'),
      10,
      tasksOfDomain(1),
      rng(3),
    )
    expect(chosen).toHaveLength(10)
    expect(new Set(chosen.map((q) => q.id)).size).toBe(10)
    expect(spreadOverTasks(pool.slice(0, 3), 10, tasksOfDomain(1), rng(3))).toHaveLength(3)
  })

  it('practice keeps to the filter and the count, spread across domains', () => {
    const pool = bank.filter((q) => q.domain === 2 || q.domain === 4)
    const p = pickPractice(pool, 10, 7)
    expect(p).toHaveLength(10)
    expect(p.every((x) => x.question.domain === 2 || x.question.domain === 4)).toBe(true)
    expect(p.filter((x) => x.question.domain === 2).length).toBe(6) // 26:18 of 10
    expect(pickPractice(pool.slice(0, 3), 10, 1)).toHaveLength(3)
  })

  it('drills draw from wrong, flagged, unseen and weakest-note questions', () => {
    const [q1, q2, q3] = bank
    const h = {
      lastCorrect: new Map([
        [q1!.id, false],
        [q2!.id, true],
      ]),
      flagged: new Set([q2!.id]),
      noteAccuracy: new Map([[q1!.grounding[0]!.note, { correct: 0, total: 2 }]]),
    }
    expect(drillPool('wrong', bank, h).map((q) => q.id)).toEqual([q1!.id])
    expect(drillPool('flagged', bank, h).map((q) => q.id)).toEqual([q2!.id])
    expect(drillPool('unseen', bank, h).map((q) => q.id)).toContain(q3!.id)
    expect(drillPool('unseen', bank, h).map((q) => q.id)).not.toContain(q1!.id)
    expect(drillPool('weakest', bank, h).every((q) => q.grounding.some((g) => g.note === q1!.grounding[0]!.note))).toBe(true)
  })
})

describe('scoring', () => {
  it('is all-or-nothing; unanswered is wrong', () => {
    expect(isCorrect(['A'], ['A'])).toBe(true)
    expect(isCorrect(['C', 'A'], ['A', 'C'])).toBe(true)
    expect(isCorrect(['A'], ['A', 'C'])).toBe(false)
    expect(isCorrect(['A', 'B', 'C'], ['A', 'C'])).toBe(false)
    expect(isCorrect(null, ['A'])).toBe(false)
    expect(isCorrect([], ['A'])).toBe(false)
  })

  it('maps the scored share linearly to 100–1000; 720 needs about 69 %', () => {
    expect(scaledScore(0, 50)).toBe(100)
    expect(scaledScore(50, 50)).toBe(1000)
    expect(scaledScore(35, 50)).toBe(730)
    expect(scaledScore(34, 50)).toBe(712)
  })

  it('counts only scored items, per domain, with calibration and time', () => {
    const s = summarize([
      { domain: 1, scored: true, correct: true, confidence: 'sure', timeMs: 1000 },
      { domain: 1, scored: true, correct: false, confidence: 'guess', timeMs: 2000 },
      { domain: 2, scored: false, correct: false, confidence: null, timeMs: 500 },
      { domain: 2, scored: true, correct: true, confidence: 'sure', timeMs: 500 },
    ])
    expect(s).toMatchObject({ correct: 2, scored: 3, scaled: 700, passed: false, totalTimeMs: 4000 })
    expect(s.domains).toEqual([
      { domain: 1, correct: 1, total: 2, ratio: 0.5, meets: false },
      { domain: 2, correct: 1, total: 1, ratio: 1, meets: true },
    ])
    expect(s.calibration.find((c) => c.confidence === 'sure')).toEqual({ confidence: 'sure', total: 2, correct: 2 })
  })
})

describe('timer policy', () => {
  it('credits real gaps, caps long ones (closed app, sleep), ignores negatives', () => {
    expect(creditedDelta(null)).toBe(0)
    expect(creditedDelta(3000)).toBe(3000)
    expect(creditedDelta(60 * 60_000)).toBe(MAX_GAP_MS)
    expect(creditedDelta(-5000)).toBe(0)
  })

  it('a late tick from the exam screen is still credited in full (the gap cap is several ticks long)', () => {
    expect(MAX_GAP_MS).toBeGreaterThanOrEqual(3 * EXAM_TICK_MS)
    expect(creditedDelta(2 * EXAM_TICK_MS)).toBe(2 * EXAM_TICK_MS)
  })
  it('strict mode runs on wall time; normal mode on the active budget', () => {
    const t = { limitMs: 60_000, activeMs: 10_000, strict: false, startedWallMs: 0 }
    expect(remainingMs(t, 999_999)).toBe(50_000)
    expect(remainingMs({ ...t, strict: true }, 45_000)).toBe(15_000)
    expect(remainingMs({ ...t, strict: true }, 90_000)).toBe(0)
    expect(remainingMs({ ...t, limitMs: null }, 0)).toBeNull()
  })
})
