import { describe, expect, it } from 'vitest'
import { localDay } from '../../../electron/core/progress/feature'
import { overallReadiness, readiness } from '../../../electron/core/progress/readiness'
import { REAL_CONTENT, testCore } from '../helpers/core'
import { testClock } from '../helpers/clock'

describe('readiness', () => {
  it('starts near 50 % with a wide band and narrows as answers accumulate', () => {
    const none = readiness([])
    expect(none.estimate).toBe(0.5)
    const few = readiness([true, true, false])
    const many = readiness(Array.from({ length: 200 }, (_, i) => i % 4 !== 0))
    expect(many.high - many.low).toBeLessThan(few.high - few.low)
    expect(many.estimate).toBeGreaterThan(0.7)
    expect(many.estimate).toBeLessThan(0.8)
  })

  it('follows improvement: recent answers weigh more than old ones', () => {
    const improving = readiness([...Array(100).fill(false), ...Array(100).fill(true)])
    const declining = readiness([...Array(100).fill(true), ...Array(100).fill(false)])
    expect(improving.estimate).toBeGreaterThan(0.7)
    expect(declining.estimate).toBeLessThan(0.3)
  })

  it('weights the overall figure by the blueprint', () => {
    const strong = readiness(Array(100).fill(true))
    const weak = readiness(Array(100).fill(false))
    const o = overallReadiness([
      { weight: 32, r: strong },
      { weight: 18, r: weak },
    ])
    expect(o.estimate).toBeCloseTo((32 * strong.estimate + 18 * weak.estimate) / 50, 5)
  })
})

describe('progress summary', () => {
  it('reflects answers, reads, attempts, study days and the streak', async () => {
    const t = testClock(Date.parse('2026-11-25T09:00:00'))
    const core = testCore({ contentDir: REAL_CONTENT, clock: t.clock, now: () => new Date(t.clock.wall()) })
    const h = core.handlers
    const empty = await h['progress.summary']({})
    expect(empty).toMatchObject({ answersTotal: 0, notesRead: 0, streak: 0, attempts: [] })
    h['notes.markRead']({ id: 'vpc', read: true })
    const a = (await h['exam.start']({ mode: 'practice', count: 5, timeLimitMin: null, domains: [2], notes: [], instantFeedback: false })) as { id: number }
    h['exam.tick']({ attemptId: a.id, position: 0 })
    t.advance(9_000)
    h['exam.answer']({ attemptId: a.id, position: 0, answer: ['A'], confidence: null })
    await h['exam.submit']({ attemptId: a.id })
    const s = await h['progress.summary']({})
    expect(s.answersTotal).toBe(5) // unanswered items of a submitted attempt count as wrong answers
    expect(s.domains.find((d) => d.domain === 2)!.total).toBe(5)
    expect(s.notesRead).toBe(1)
    expect(s.attempts).toHaveLength(1)
    expect(s.streak).toBe(1)
    const today = s.days[s.days.length - 1]!
    expect(today).toMatchObject({ date: localDay(new Date(t.clock.wall())), answers: 1, notesRead: 1 }) // answered today: 1
    expect(today.minutes).toBeCloseTo(0.2, 1)
    expect(s.overall.answers).toBe(5)
  })

  it('counts a streak longer than the 30-day log, and a gap ends it', async () => {
    const today = Date.parse('2026-11-25T12:00:00')
    const core = testCore({ contentDir: REAL_CONTENT, now: () => new Date(today) })
    const add = core.db.prepare(
      "INSERT INTO attempts (mode, config, seed, status, created_at, submitted_at, started_wall_ms, summary) VALUES ('practice', '{}', 1, 'submitted', ?, ?, 0, '{\"scaled\":500,\"passed\":false}')",
    )
    for (let d = 1; d <= 45; d++) {
      if (d === 41) continue // a day off, 41 days ago
      const at = new Date(today - d * 86_400_000).toISOString()
      add.run(at, at)
    }
    // Today is still empty: the streak is yesterday's, 40 days long.
    expect((await core.handlers['progress.summary']({})).streak).toBe(40)
  })
})

describe('local days across a DST change', () => {
  const zones: [string, string][] = [
    ['America/New_York', '2026-03-09T00:30:00'], // the day after clocks went forward (a 23-hour day)
    ['Australia/Sydney', '2026-04-06T00:30:00'], // the day after clocks went back (a 25-hour day)
    ['Europe/London', '2026-03-30T23:30:00'],
  ]
  for (const [zone, at] of zones) {
    it(`the 30-day study log has 30 consecutive calendar days in ${zone}`, async () => {
      const before = process.env.TZ
      process.env.TZ = zone
      try {
        const t = testClock(Date.parse(at)) // parsed in the zone set above
        const core = testCore({ contentDir: REAL_CONTENT, clock: t.clock, now: () => new Date(t.clock.wall()) })
        const days = (await core.handlers['progress.summary']({})).days.map((d) => d.date)
        const expected = Array.from({ length: 30 }, (_, i) => {
          const d = new Date(Date.UTC(Number(at.slice(0, 4)), Number(at.slice(5, 7)) - 1, Number(at.slice(8, 10)) - 29 + i))
          return d.toISOString().slice(0, 10)
        })
        expect(days).toEqual(expected)
        await core.close()
      } finally {
        process.env.TZ = before
      }
    })
  }
})
