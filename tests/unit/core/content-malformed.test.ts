import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../electron/core/content/load'
import { tempDir } from '../helpers/tmp'

const note = `---\nid: base\ntitle: 基本\ntitle_en: Base\ndomains: [1]\ntags: []\norder: 1\ntasks: ["1.1"]\nsource: authored\n---\n# 基本\n\n## 見出し\n\n本文。\n`
const q = (over: Record<string, string> = {}) => {
  const f: Record<string, string> = {
    id: 'd1-base-001',
    domain: '1',
    tasks: '["1.1"]',
    type: 'single',
    select: '1',
    difficulty: '1',
    grounding: '\n    - note: base',
    stem: '"あるチームは何かを構築している。どれを選ぶべきか。"',
    options: '\n    - { key: A, text: a, why: a }\n    - { key: B, text: b, why: b }\n    - { key: C, text: c, why: c }\n    - { key: D, text: d, why: d }',
    answer: '[A]',
    explanation: '"解説の文章です。正解の理由を述べます。"',
    links: '[https://docs.aws.amazon.com/x]',
    asOf: '2026-11-25',
    reviewed: 'null',
    ...over,
  }
  return `- ${Object.entries(f)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n  ')}\n`
}
const diagram = (header: string, body = 'flowchart LR\n  A --> B') => `${header}\n${body}\n`
const okHeader = '%% id: d\n%% title: 図\n%% title_en: Diagram\n%% note: base'

/** Malformed questions and diagrams, each with the problem it must produce; the rest loads. */
const questionCases: [string, string, RegExp][] = [
  ['bad-key.yaml', q({ answer: '[E]' }), /answer key E is not one of the options/],
  [
    'select-mismatch.yaml',
    q({
      type: 'multiple',
      select: '2',
      options:
        '\n    - { key: A, text: a, why: a }\n    - { key: B, text: b, why: b }\n    - { key: C, text: c, why: c }\n    - { key: D, text: d, why: d }\n    - { key: E, text: e, why: e }',
    }),
    /select is 2 but the answer has 1/,
  ],
  [
    'three-options.yaml',
    q({ options: '\n    - { key: A, text: a, why: a }\n    - { key: B, text: b, why: b }\n    - { key: C, text: c, why: c }' }),
    /exactly 4 options/,
  ],
  ['multiple-four.yaml', q({ type: 'multiple', select: '2', answer: '[A, B]' }), /at least 5 options/],
  ['unknown-note.yaml', q({ grounding: '\n    - note: nowhere' }), /unknown note id "nowhere"/],
  ['unknown-heading.yaml', q({ grounding: '\n    - note: base\n      heading: 無い見出し' }), /has no heading "無い見出し"/],
  ['unknown-diagram.yaml', q({ grounding: '\n    - note: base\n      diagram: nope' }), /unknown diagram id "nope"/],
  ['bad-domain.yaml', q({ domain: '5' }), /domain/],
  ['id-domain.yaml', q({ id: 'd2-base-001' }), /the id says domain 2 but domain is 1/],
  ['unofficial-link.yaml', q({ links: '[https://example.com/x]' }), /official AWS/],
  [
    'missing-why.yaml',
    q({
      options: '\n    - { key: A, text: a, why: "" }\n    - { key: B, text: b, why: b }\n    - { key: C, text: c, why: c }\n    - { key: D, text: d, why: d }',
    }),
    /explain why/,
  ],
  ['bad-date.yaml', q({ asOf: 'yesterday' }), /date like/],
  ['not-a-list.yaml', 'id: d1-x-001\n', /YAML list/],
  ['broken-yaml.yaml', '- id: [unclosed\n', /YAML/],
  ['short-stem.yaml', q({ stem: '"短い"' }), /too short/],
  ['no-tasks.yaml', q({ tasks: '[]' }), /at least one exam-guide task/],
  ['unknown-task.yaml', q({ tasks: '["9.9"]' }), /task statements/],
  ['other-domain-task.yaml', q({ tasks: '["2.1"]' }), /task 2.1 belongs to domain 2/],
  ['unknown-field.yaml', q({ author: 'me' }), /author|Unrecognized/i],
]
const diagramCases: [string, string, RegExp][] = [
  ['no-id.mmd', diagram('%% title: 図\n%% title_en: D\n%% note: base'), /id/],
  ['bad-note.mmd', diagram('%% id: x1\n%% title: 図\n%% title_en: D\n%% note: nowhere'), /existing note id/],
  ['no-title.mmd', diagram('%% id: x2\n%% title_en: D\n%% note: base'), /title/],
  ['click.mmd', diagram(okHeader.replace('id: d', 'id: x3'), 'flowchart LR\n  A --> B\n  click A call alert()'), /click directives/],
  ['init.mmd', diagram(okHeader.replace('id: d', 'id: x4'), '%%{init: {"securityLevel":"loose"}}%%\nflowchart LR\n  A --> B'), /init directives/],
  ['html.mmd', diagram(okHeader.replace('id: d', 'id: x5'), 'flowchart LR\n  A["<img src=x onerror=alert(1)>"] --> B'), /HTML is not allowed/],
  ['empty-body.mmd', diagram(okHeader.replace('id: d', 'id: x6'), ''), /no Mermaid source/],
  ['dup-a.mmd', diagram(okHeader.replace('id: d', 'id: same')), /^$/],
  ['dup-b.mmd', diagram(okHeader.replace('id: d', 'id: same')), /duplicate diagram id/],
  ['empty.mmd', '', /empty/],
  ['bad-heading.mmd', diagram('%% id: x7\n%% title: 図\n%% title_en: D\n%% note: base\n%% heading: 無い見出し'), /must be a heading of note "base"/],
]

describe('malformed questions and diagrams', () => {
  it(`reports each of ${questionCases.length} bad questions and ${diagramCases.length - 1} bad diagrams with a reason; the good ones load`, () => {
    const dir = tempDir()
    for (const sub of ['notes', 'questions', 'diagrams']) mkdirSync(join(dir, sub))
    writeFileSync(join(dir, 'notes', '01-base.md'), note)
    writeFileSync(join(dir, 'questions', 'good.yaml'), q())
    writeFileSync(join(dir, 'diagrams', 'good.mmd'), diagram(okHeader))
    for (const [name, text] of questionCases)
      writeFileSync(join(dir, 'questions', name), text.replace('d1-base-001', `d1-${name.replace(/\W/g, '')}-001`).replace('d2-base-001', 'd2-base-001'))
    for (const [name, text] of diagramCases) writeFileSync(join(dir, 'diagrams', name), text)
    const content = loadContent(dir)
    for (const [name, , message] of [
      ...questionCases.map((c) => [`questions/${c[0]}`, '', c[2]] as const),
      ...diagramCases.map((c) => [`diagrams/${c[0]}`, '', c[2]] as const),
    ]) {
      if (name.endsWith('dup-a.mmd')) continue
      const mine = content.problems.filter((p) => p.file === name)
      expect(
        mine.some((p) => message.test(p.message)),
        `${name}: ${JSON.stringify(mine)}`,
      ).toBe(true)
      expect(mine.every((p) => p.line >= 1)).toBe(true)
    }
    expect(content.questions.map((x) => x.id)).toContain('d1-base-001')
    expect(content.diagrams.map((d) => d.id)).toEqual(expect.arrayContaining(['d', 'same']))
    expect(content.notes).toHaveLength(1)
  })
})
