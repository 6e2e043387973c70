import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadContent } from '../../../electron/core/content/load'
import { coverageOf } from '../../../electron/core/content/coverage'
import { nearDuplicateProblems } from '../../../electron/core/content/near-duplicates'
import { TASK_IDS } from '@shared/vocab'
import { isSafeExternalUrl } from '../../../electron/main/guards'
import { REAL_CONTENT } from '../helpers/core'

const content = loadContent(REAL_CONTENT)

describe('the shipped content', () => {
  it('loads with no problems', () => {
    expect(content.problems).toEqual([])
    expect(content.notes.filter((n) => n.source === 'seed').length).toBe(36)
  })

  it('covers the whole exam guide: 54+ notes, 27+ diagrams, every task statement in at least 2 notes', () => {
    expect(content.notes.length).toBeGreaterThanOrEqual(54)
    expect(content.diagrams.length).toBeGreaterThanOrEqual(27)
    const coverage = coverageOf(content.notes, content.questions)
    for (const t of TASK_IDS) expect(coverage[t].notes, `task ${t}`).toBeGreaterThanOrEqual(2)
    // Authored notes say when their facts were checked.
    for (const n of content.notes.filter((x) => x.source === 'authored')) expect(n.asOf, n.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('keeps every line of the seed: each non-empty seed line is in the notes, in order', () => {
    const seed = readFileSync(join(REAL_CONTENT, 'seed', '000_c2c548f6819bf906.txt'), 'utf8')
    const fixes = JSON.parse(readFileSync(join(REAL_CONTENT, 'seed-fixes.json'), 'utf8')) as { from: string; to: string }[]
    let fixed = seed
    for (const f of fixes) {
      expect(seed.split(f.from).length - 1, `fix "${f.from}" must match exactly once`).toBe(1)
      fixed = fixed.replace(f.from, f.to)
    }
    const notes = content.notes.map((n) => n.body.split('\n')).flat()
    let at = 0
    const missing: string[] = []
    for (const line of fixed.split('\n').filter((l) => l.trim())) {
      const found = notes.indexOf(line, at)
      if (found < 0) missing.push(line)
      else at = found + 1
    }
    expect(missing).toEqual([])
  })

  it('flags at least 10 stale facts, each with a month and an official source', () => {
    const total = content.notes.reduce((n, note) => n + note.updateCount, 0)
    expect(total).toBeGreaterThanOrEqual(10)
    for (const note of content.notes) {
      const blocks = note.body.split(/\n(?!>)/).filter((b) => /^> \[!update\]/.test(b))
      for (const b of blocks) expect(b, `${note.id}: ${b.slice(0, 80)}`).toMatch(/https:\/\/(docs\.)?aws\.amazon\.com\//)
    }
  })

  it('has at least 200 reviewed questions in the blueprint mix, 20%+ multiple response, no near-duplicates', () => {
    const qs = content.questions
    expect(qs.length).toBeGreaterThanOrEqual(200)
    expect(qs.every((q) => q.reviewed !== null)).toBe(true)
    const share = (d: number) => (100 * qs.filter((q) => q.domain === d).length) / qs.length
    for (const [d, w] of [
      [1, 32],
      [2, 26],
      [3, 24],
      [4, 18],
    ] as const)
      expect(Math.abs(share(d) - w), `domain ${d}`).toBeLessThanOrEqual(3)
    expect(qs.filter((q) => q.type === 'multiple').length / qs.length).toBeGreaterThanOrEqual(0.2)
    expect(nearDuplicateProblems(qs)).toEqual([])
  })

  it('has the English original of every question, with no Japanese left in it', () => {
    const missing = content.questions.filter((q) => !q.en).map((q) => q.id)
    expect(missing).toEqual([])
    const mixed = content.questions.filter((q) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(JSON.stringify(q.en))).map((q) => q.id)
    expect(mixed).toEqual([])
  })

  it('tags 80 %+ of distractors with a listed concept, and compares 40+ pairs, each table reviewed', () => {
    const distractors = content.questions.flatMap((q) => q.options.filter((o) => !q.answer.includes(o.key)))
    const known = new Set(content.concepts.map((c) => c.id))
    expect(distractors.filter((o) => o.concept && known.has(o.concept)).length / distractors.length).toBeGreaterThanOrEqual(0.8)
    expect(content.comparisons.length).toBeGreaterThanOrEqual(40)
    for (const file of ['comparisons-a.yaml', 'comparisons-b.yaml']) {
      const entries = parse(readFileSync(join(REAL_CONTENT, 'comparisons', file), 'utf8')) as { pair: string[]; reviewed: string | null }[]
      for (const e of entries) expect(e.reviewed, `${file} ${e.pair.join('/')}`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('has 40+ diagram questions, each showing its figure with the asked node masked', () => {
    const figures = content.questions.filter((q) => q.figure)
    expect(figures.length).toBeGreaterThanOrEqual(40)
    for (const q of figures) expect(q.figure!.source, q.id).toContain('"？"')
  })

  it('flags the same scenario asked twice', () => {
    const [a] = content.questions
    const copy = { ...a!, id: 'd1-copy-001', stem: `${a!.stem} ` }
    expect(nearDuplicateProblems([a!, copy]).map((p) => p.message)).toEqual([expect.stringMatching(/d1-copy-001 is a near-duplicate/)])
  })

  it('links only to hosts the app may open', () => {
    // Links outside code (the seed's JSON examples and inline code hold placeholder hosts; code is never linked).
    const prose = (body: string) => body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
    const urls = content.notes.flatMap((n) => prose(n.body).match(/https?:\/\/[^\s)）、」]+/g) ?? [])
    const refused = urls.filter((u) => !isSafeExternalUrl(u.replace(/[.,。]+$/, '')))
    expect(refused).toEqual([])
  })
})
