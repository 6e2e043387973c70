import { describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderMarkdown } from '@shared/markdown/render'
import { datedSections } from '../../../electron/core/content/dated-sections'
import { loadNotes } from '../../../electron/core/content/notes'
import { staleQuestions } from '../../../electron/core/content/staleness'
import type { Question } from '@shared/content-types'
import { REAL_CONTENT, testCore } from '../helpers/core'
import { tempDir } from '../helpers/tmp'

const body = [
  '# ノート',
  '## 制限',
  '> [!update] 2026-12',
  '> 新しい上限',
  '### 細目',
  '> [!update] 2025-03',
  '> 古い更新',
  '## 別の節',
  '> [!update] 2027-01',
  '> 別の節の更新',
].join('\n')

const question = (id: string, asOf: string, heading?: string, note = 'n'): Question =>
  ({ id, asOf, grounding: [{ note, ...(heading ? { heading } : {}) }] }) as Question

describe('dated facts', () => {
  it('records each update callout with its month and the headings it sits under, from the parse that renders the note', () => {
    expect(renderMarkdown(body).outline.updates).toEqual([
      { month: '2026-12', under: ['ノート', '制限'] },
      { month: '2025-03', under: ['ノート', '制限', '細目'] },
      { month: '2027-01', under: ['ノート', '別の節'] },
    ])
  })

  it('flags a question when its section has an update newer than its asOf month, or its note is a retired service', () => {
    const notes = [
      { id: 'n', title: 'ノート', updates: renderMarkdown(body).outline.updates },
      { id: 'old', title: '旧サービス', updates: [], retired: { since: '2024-05-26', source: 'https://docs.aws.amazon.com/x' } },
    ]
    const stale = staleQuestions(notes, [
      question('limits-before', '2026-11-26', '制限'), // 2026-12 update in its section is newer
      question('limits-same-month', '2026-12-01', '制限'), // checked in the update's month: not stale
      question('other-section', '2026-11-26', '細目'), // only the 2025-03 update sits under 細目
      question('whole-note', '2026-11-26'), // no heading: every update of the note counts
      question('retired', '2026-11-26', undefined, 'old'),
    ])
    expect(stale.get('limits-before')).toEqual([{ kind: 'update', note: 'n', noteTitle: 'ノート', heading: '制限', month: '2026-12' }])
    expect(stale.has('limits-same-month')).toBe(false)
    expect(stale.has('other-section')).toBe(false)
    expect(stale.get('whole-note')?.map((r) => r.kind === 'update' && r.month)).toEqual(['2026-12', '2027-01'])
    expect(stale.get('retired')).toEqual([{ kind: 'retired', note: 'old', noteTitle: '旧サービス', since: '2024-05-26' }])
  })

  it('keeps stale questions out of mocks, lists them in the bank, and still serves them in practice with the reason', async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const h = core.handlers
    const bank = await h['exam.bank']({})
    const staleIds = bank.stale.map((s) => s.id)
    expect(staleIds).toEqual(expect.arrayContaining(['d3-codestar-001', 'd3-opsworks-001']))
    for (let seed = 1; seed <= 20; seed++) {
      const mock = await h['exam.start']({ mode: 'mock', strict: false, seed })
      expect(mock.items.filter((i) => staleIds.includes(i.questionId))).toEqual([])
      await h['exam.discard']({ attemptId: mock.id })
    }
    const practice = await h['exam.start']({
      mode: 'practice',
      count: 1,
      timeLimitMin: null,
      domains: [],
      notes: [],
      questions: ['d3-opsworks-001'],
      instantFeedback: true,
      seed: 1,
    })
    expect(practice.items[0]!.stale?.[0]).toMatchObject({ kind: 'retired', note: 'opsworks' })
    const info = await h['app.info']({})
    expect(info.content.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(info.content.version).toHaveLength(12)
  })

  it("finds the sections that state a limit, a default or a status, with the date of their check (own or the parent section's)", () => {
    const note = [
      '# ノート',
      '概要だけ。',
      '## 制限',
      'タイムアウトは既定で 3 秒。',
      '### 細目',
      '最大 15 分。',
      '## 歴史',
      '昔の話。',
      '## 提供状況',
      '> [!update] 2024-07',
      '> 新規のお客様には提供されません。',
    ].join('\n')
    const sections = datedSections(note, renderMarkdown(note).outline, { 制限: '2026-11-26' })
    expect(sections.map(({ text, statesFacts, asOf }) => ({ text, statesFacts, asOf }))).toEqual([
      { text: 'ノート', statesFacts: false, asOf: undefined },
      { text: '制限', statesFacts: true, asOf: '2026-11-26' },
      { text: '細目', statesFacts: true, asOf: '2026-11-26' }, // a sub-section inherits its parent's date
      { text: '歴史', statesFacts: false, asOf: undefined },
      { text: '提供状況', statesFacts: true, asOf: undefined }, // an update callout is a dated fact even without a number
    ])
  })

  it("reports an undated fact section, a date naming no heading, and a date older than the section's own update, each at its line", () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'notes'))
    const head = (extra: string) => `---\nid: n\ntitle: ノート\ntitle_en: Note\ndomains: [1]\ntags: []\norder: 1\nsource: seed\ntasks: ["1.1"]\n${extra}---\n`
    const text = '# ノート\n\n## 制限\n\n最大 15 分。\n\n## 提供状況\n\n> [!update] 2026-12\n> 変わりました。\n'
    writeFileSync(join(dir, 'notes', 'n.md'), head('sectionsAsOf:\n  "提供状況": 2026-11-26\n  "存在しない見出し": 2026-11-26\n') + text)
    const { notes, problems } = loadNotes(dir)
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [12, expect.stringMatching(/^sectionsAsOf: no heading "存在しない見出し"/)],
      [16, expect.stringMatching(/^the section "制限" states a limit, a default or a service status but carries no date/)],
      [20, expect.stringMatching(/^the section "提供状況" carries an update of 2026-12, after the date its facts were checked \(2026-11-26\)/)],
    ])
    expect(notes[0]!.headings.find((h) => h.text === '提供状況')).toMatchObject({ statesFacts: true, asOf: '2026-11-26' }) // the note still loads
    writeFileSync(join(dir, 'notes', 'n.md'), head('asOf: 2026-12-01\n') + text)
    expect(loadNotes(dir).problems).toEqual([]) // an authored note's own date covers every section
  })

  it('every section of the shipped notes that states a limit, a default or a status carries a date', () => {
    const { notes, problems } = loadNotes(REAL_CONTENT)
    expect(problems).toEqual([])
    const stating = notes.flatMap((n) => n.headings.filter((h) => h.statesFacts).map((h) => ({ note: n.id, heading: h.text, asOf: h.asOf ?? n.asOf })))
    expect(stating.length).toBeGreaterThan(100)
    expect(stating.filter((s) => !s.asOf)).toEqual([])
  })
})
