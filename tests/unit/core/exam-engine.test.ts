import { describe, expect, it } from 'vitest'
import { OPTION_KEYS } from '@shared/vocab'
import type { AttemptView } from '@shared/exam-types'
import { REAL_CONTENT, testCore } from '../helpers/core'
import { testClock } from '../helpers/clock'
import { tempDir } from '../helpers/tmp'

function setup(dataDir = tempDir(), t = testClock()) {
  const core = testCore({ dataDir, contentDir: REAL_CONTENT, clock: t.clock })
  return { core, t, h: core.handlers, dataDir }
}
const call = async <T>(v: T | Promise<T>) => await v

describe('exam engine', () => {
  it('starts a full mock: 65 questions, 130 minutes, no answers revealed before submit', async () => {
    const { h } = setup()
    const a = await call(h['exam.start']({ mode: 'mock', strict: false, seed: 1 }))
    expect(a.items).toHaveLength(65)
    expect(a.remainingMs).toBe(130 * 60_000)
    expect(JSON.stringify(a)).not.toMatch(/"reveal"|"explanation"|"why"/)
    for (const item of a.items) expect(item.options.map((o) => o.key).join('')).toBe('ABCDEFGH'.slice(0, item.options.length))
  })

  it('keeps one open attempt per mode', async () => {
    const { h } = setup()
    const a = await call(h['exam.start']({ mode: 'mock', strict: false }))
    await expect(async () => h['exam.start']({ mode: 'mock', strict: false })).rejects.toMatchObject({ code: 'conflict', details: [`attempt:${a.id}`] })
    // another mode is fine
    await call(h['exam.start']({ mode: 'practice', count: 5, timeLimitMin: null, domains: [], notes: [], instantFeedback: false }))
    h['exam.discard']({ attemptId: a.id })
    await call(h['exam.start']({ mode: 'mock', strict: false }))
  })

  it('a practice of exactly the given questions ("retry the wrong ones")', async () => {
    const { h } = setup()
    const first = await call(h['exam.start']({ mode: 'practice', count: 6, timeLimitMin: null, domains: [], notes: [], instantFeedback: false, seed: 3 }))
    const wanted = first.items.slice(0, 3).map((i) => i.questionId)
    h['exam.discard']({ attemptId: first.id })
    const retry = await call(
      h['exam.start']({ mode: 'practice', count: 10, timeLimitMin: null, domains: [], notes: [], questions: wanted, instantFeedback: true }),
    )
    expect(retry.items.map((i) => i.questionId).sort()).toEqual([...wanted].sort())
  })

  it('commits every answer, maps display keys through the stored option order, and survives a restart', async () => {
    const dir = tempDir()
    const first = setup(dir)
    const a = await call(first.h['exam.start']({ mode: 'practice', count: 4, timeLimitMin: 30, domains: [], notes: [], instantFeedback: false, seed: 9 }))
    first.h['exam.answer']({ attemptId: a.id, position: 0, answer: ['B'], confidence: 'unsure' })
    first.h['exam.mark']({ attemptId: a.id, position: 1, flagged: true })
    first.core.db.close() // a crash: no orderly shutdown
    const again = setup(dir)
    const v = await call(again.h['exam.get']({ attemptId: a.id }))
    expect(v.items.map((i) => i.questionId)).toEqual(a.items.map((i) => i.questionId))
    expect(v.items.map((i) => i.options.map((o) => o.text))).toEqual(a.items.map((i) => i.options.map((o) => o.text)))
    expect(v.items[0]).toMatchObject({ answer: ['B'], confidence: 'unsure' })
    expect(v.items[1]!.flagged).toBe(true)
  })

  it('counts active time from the exam screen; closing stops the clock; resume is within 5 s', async () => {
    const dir = tempDir()
    const t = testClock()
    const first = setup(dir, t)
    const a = await call(first.h['exam.start']({ mode: 'mock', strict: false, seed: 3 }))
    first.h['exam.tick']({ attemptId: a.id, position: 0 })
    for (let i = 0; i < 12; i++) {
      t.advance(5_000)
      first.h['exam.tick']({ attemptId: a.id, position: 0 })
    }
    expect(first.h['exam.tick']({ attemptId: a.id, position: 0 })).toMatchObject({ remainingMs: 130 * 60_000 - 60_000 })
    t.advance(3_000) // 3 s on screen after the last commit, then the app dies
    first.core.db.close()
    t.advance(2 * 60 * 60_000) // closed for two hours
    const again = setup(dir, t)
    const v = await call(again.h['exam.get']({ attemptId: a.id }))
    expect(Math.abs(v.remainingMs! - (130 * 60_000 - 63_000))).toBeLessThanOrEqual(5_000)
  })

  it('an answer credits its time by writing only its item row; the attempt counts it, across a crash and at submit', async () => {
    const dir = tempDir()
    const t = testClock()
    const first = setup(dir, t)
    const a = await call(first.h['exam.start']({ mode: 'practice', count: 3, timeLimitMin: 30, domains: [], notes: [], instantFeedback: false, seed: 4 }))
    first.h['exam.tick']({ attemptId: a.id, position: 0 })
    t.advance(4_000)
    const attemptRow = () => first.core.db.prepare('SELECT active_ms FROM attempts WHERE id = ?').pluck().get(a.id)
    const pending = () => first.core.db.prepare('SELECT sum(pending_ms) FROM attempt_items WHERE attempt_id = ?').pluck().get(a.id)
    const answered = await call(first.h['exam.answer']({ attemptId: a.id, position: 0, answer: ['A'], confidence: null }))
    expect(answered.remainingMs).toBe(30 * 60_000 - 4_000)
    expect([attemptRow(), pending()]).toEqual([0, 4_000]) // the attempt row was not written
    first.core.db.close() // a crash right after the answer

    const again = setup(dir, t)
    expect((await call(again.h['exam.get']({ attemptId: a.id }))).remainingMs).toBe(30 * 60_000 - 4_000)
    again.h['exam.tick']({ attemptId: a.id, position: 1 })
    t.advance(2_000)
    again.h['exam.tick']({ attemptId: a.id, position: 1 }) // a tick writes the attempt row anyway: pending time joins it
    const row = () =>
      again.core.db
        .prepare('SELECT a.active_ms, (SELECT sum(pending_ms) FROM attempt_items WHERE attempt_id = a.id) AS p FROM attempts a WHERE id = ?')
        .get(a.id)
    expect(row()).toEqual({ active_ms: 6_000, p: 0 })
    t.advance(1_000)
    again.h['exam.answer']({ attemptId: a.id, position: 1, answer: ['B'], confidence: null })
    const result = await call(again.h['exam.submit']({ attemptId: a.id }))
    expect(row()).toEqual({ active_ms: 7_000, p: 0 }) // a finished attempt holds all its time
    expect(result.totalTimeMs).toBe(7_000)
  })

  it('changing the system clock changes nothing', async () => {
    const { h, t } = setup()
    const a = await call(h['exam.start']({ mode: 'mock', strict: false }))
    h['exam.tick']({ attemptId: a.id, position: 0 })
    t.advance(4_000)
    h['exam.tick']({ attemptId: a.id, position: 0 })
    t.jumpWall(+3 * 60 * 60_000)
    expect(h['exam.tick']({ attemptId: a.id, position: 0 })).toMatchObject({ status: 'open', remainingMs: 130 * 60_000 - 4_000 })
    t.jumpWall(-6 * 60 * 60_000)
    expect(h['exam.tick']({ attemptId: a.id, position: 0 })).toMatchObject({ status: 'open', remainingMs: 130 * 60_000 - 4_000 })
  })

  it('a long gap while open (sleep, hidden tab) is capped, not counted in full', async () => {
    const { h, t } = setup()
    const a = await call(h['exam.start']({ mode: 'mock', strict: false }))
    h['exam.tick']({ attemptId: a.id, position: 0 })
    t.advance(30 * 60_000)
    expect((h['exam.tick']({ attemptId: a.id, position: 0 }) as { remainingMs: number }).remainingMs).toBe(130 * 60_000 - 10_000)
  })

  it('submits at zero, also when the app was closed just before', async () => {
    const dir = tempDir()
    const t = testClock()
    const first = setup(dir, t)
    const a = await call(first.h['exam.start']({ mode: 'practice', count: 3, timeLimitMin: 1, domains: [], notes: [], instantFeedback: false }))
    first.h['exam.tick']({ attemptId: a.id, position: 0 })
    for (let i = 0; i < 6; i++) {
      t.advance(9_000)
      first.h['exam.tick']({ attemptId: a.id, position: 0 })
    }
    t.advance(6_500)
    first.h['exam.answer']({ attemptId: a.id, position: 1, answer: ['A'], confidence: null }) // 60.5 s used, over the limit
    first.core.db.close()
    const again = setup(dir, t)
    const list = await call(again.h['exam.list']({}))
    expect(list.find((x) => x.id === a.id)).toMatchObject({ status: 'submitted' })
    const r = await call(again.h['exam.result']({ attemptId: a.id }))
    expect(r.submitReason).toBe('time-up')
  })

  it('strict mode runs on wall time like a test centre', async () => {
    const { h, t } = setup()
    const a = await call(h['exam.start']({ mode: 'mock', strict: true }))
    t.advance(131 * 60_000)
    expect((await call(h['exam.get']({ attemptId: a.id }))).status).toBe('submitted')
  })

  it('a mock cannot be paused; practice can', async () => {
    const { h } = setup()
    const mock = await call(h['exam.start']({ mode: 'mock', strict: false }))
    await expect(async () => h['exam.pause']({ attemptId: mock.id })).rejects.toMatchObject({ code: 'conflict' })
    const p = await call(h['exam.start']({ mode: 'practice', count: 2, timeLimitMin: 10, domains: [], notes: [], instantFeedback: false }))
    expect(h['exam.pause']({ attemptId: p.id })).toBe(true)
  })

  it('instant feedback reveals the key, explanation and note heading after an answer, and locks it', async () => {
    const { h } = setup()
    const a = await call(h['exam.start']({ mode: 'practice', count: 3, timeLimitMin: null, domains: [1], notes: [], instantFeedback: true }))
    const r = await call(h['exam.answer']({ attemptId: a.id, position: 0, answer: ['A'], confidence: 'sure' }))
    expect(r.item.reveal).toBeDefined()
    expect(r.item.reveal!.key.length).toBe(a.items[0]!.select)
    expect(r.item.reveal!.grounding[0]!.noteTitle).toBeTruthy()
    expect(Object.keys(r.item.reveal!.why).sort()).toEqual(a.items[0]!.options.map((o) => o.key))
    expect(() => h['exam.answer']({ attemptId: a.id, position: 0, answer: ['B'], confidence: null })).toThrow(/already checked/)
    expect((await call(h['exam.get']({ attemptId: a.id }))).items[1]!.reveal).toBeUndefined()
  })

  it('scores a submitted mock: correct answers count, unanswered are wrong, results link to notes', async () => {
    const { h, core } = setup()
    const a: AttemptView = await call(h['exam.start']({ mode: 'mock', strict: false, seed: 11 }))
    // Answer every question correctly by reading the key the engine would use.
    const byId = new Map(core.content.questions.map((q) => [q.id, q]))
    const order = core.db.prepare('SELECT position, option_order FROM attempt_items WHERE attempt_id = ?').all(a.id) as {
      position: number
      option_order: string
    }[]
    for (const row of order.slice(0, 40)) {
      const q = byId.get(a.items[row.position]!.questionId)!
      const keys = q.answer.map((k) => OPTION_KEYS[(JSON.parse(row.option_order) as string[]).indexOf(k)]!)
      h['exam.answer']({ attemptId: a.id, position: row.position, answer: keys, confidence: 'sure' })
    }
    const r = await call(h['exam.submit']({ attemptId: a.id }))
    const scoredAnswered = r.attempt.items.slice(0, 40).filter((i) => i.reveal!.scored).length
    expect(r.scored).toBe(50)
    expect(r.correct).toBe(scoredAnswered)
    expect(r.scaled).toBe(Math.round(100 + (900 * scoredAnswered) / 50))
    expect(r.attempt.items.slice(40).every((i) => i.reveal!.correct === false)).toBe(true)
    expect(r.domains.map((d) => d.total)).toEqual([16, 13, 12, 9])
    expect(r.attempt.items.every((i) => i.reveal!.grounding.length > 0)).toBe(true)
    await expect(async () => h['exam.answer']({ attemptId: a.id, position: 50, answer: ['A'], confidence: null })).rejects.toMatchObject({ code: 'conflict' })
  })

  it('refuses an option that does not exist, and writes nothing', async () => {
    const { h } = setup()
    const a = await call(h['exam.start']({ mode: 'practice', count: 1, timeLimitMin: null, domains: [], notes: [], instantFeedback: false }))
    expect(() => h['exam.answer']({ attemptId: a.id, position: 0, answer: ['H'], confidence: null })).toThrow(/no option H/)
    expect((await call(h['exam.get']({ attemptId: a.id }))).items[0]!.answer).toBeNull()
  })
})
