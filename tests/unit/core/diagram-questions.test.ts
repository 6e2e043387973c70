import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MASKED_NODE, maskNode, nodeLabel } from '../../../electron/core/content/diagram-mask'
import { loadContent } from '../../../electron/core/content/load'
import { tempDir } from '../helpers/tmp'

const source = [
  'flowchart LR',
  '  C["クライアント"] --> AUTH["`**② 認可**',
  '  IAM（SigV4）`"]',
  '  AUTH -- "成功" --> INT(["統合"])',
  '  AUTH -.-> AUTHZ["AUTHの後"]',
  '  class AUTH,INT err',
].join('\n')

describe('masking a diagram node', () => {
  it('finds the quoted label of a node defined after its first mention', () => {
    expect(nodeLabel(source, 'AUTH')?.text).toBe('`**② 認可**\n  IAM（SigV4）`')
    expect(nodeLabel(source, 'INT')?.text).toBe('統合')
    expect(nodeLabel(source, 'NOPE')).toBeNull()
  })

  it('replaces the label with "？", renames the node everywhere outside strings and leaves other nodes alone', () => {
    const masked = maskNode(source, 'AUTH')!
    expect(masked).not.toContain('認可')
    expect(masked).not.toContain('SigV4')
    expect(masked).toContain(`${MASKED_NODE}["？"]`)
    expect(masked).toContain(`${MASKED_NODE} -- "成功" --> INT`)
    expect(masked).toContain(`class ${MASKED_NODE},INT err`)
    // A longer id sharing the prefix, and the text inside another label, are not renamed.
    expect(masked).toContain('AUTHZ["AUTHの後"]')
    expect(masked).not.toMatch(/(^|[^A-Za-z0-9_"])AUTH(?![A-Za-z0-9_])/m)
  })
})

const note = `---\nid: base\ntitle: 基本\ntitle_en: Base\ndomains: [1]\ntags: []\norder: 1\ntasks: ["1.1"]\nsource: authored\n---\n# 基本\n\n## 見出し\n\n本文。\n`
const question = (id: string, diagram: string) => `- id: ${id}
  domain: 1
  tasks: ["1.1"]
  type: single
  select: 1
  difficulty: 1
  grounding:
    - note: base
  stem: "次の図はあるチームの構成です。図中の「？」に当てはまるものはどれですか。"
  options:
    - { key: A, text: a, why: a }
    - { key: B, text: b, why: b }
    - { key: C, text: c, why: c }
    - { key: D, text: d, why: d }
  answer: [A]
  explanation: "解説の文章です。正解の理由を述べます。"
  links: [https://docs.aws.amazon.com/x]
  asOf: 2026-11-26
  reviewed: null
  diagram: ${diagram}
`

describe('diagram questions in content', () => {
  const load = () => {
    const dir = tempDir()
    for (const sub of ['notes', 'questions', 'diagrams']) mkdirSync(join(dir, sub))
    writeFileSync(join(dir, 'notes', '01-base.md'), note)
    const header = '%% id: flow\n%% title: 流れ\n%% title_en: Flow\n%% note: base'
    writeFileSync(
      join(dir, 'diagrams', 'flow.mmd'),
      `${header}\n%% ask: AUTH | 呼び出し元を認可する段階 | The stage that authorizes the caller\n%% ask: C | 呼び出す側 | The caller\n%% ask: GHOST | 無い | Missing\n%% ask: INT only two parts\n${source}\n  X["統合"]\n`,
    )
    writeFileSync(join(dir, 'questions', 'ok.yaml'), question('d1-flow-001', '{ id: flow, hide: AUTH }'))
    writeFileSync(join(dir, 'questions', 'not-askable.yaml'), question('d1-flow-002', '{ id: flow, hide: INT }'))
    writeFileSync(join(dir, 'questions', 'no-diagram.yaml'), question('d1-flow-003', '{ id: nowhere, hide: AUTH }'))
    return loadContent(dir)
  }

  it('reads askable nodes, reports bad ones at their line, and keeps the diagram', () => {
    const content = load()
    const flow = content.diagrams.find((d) => d.id === 'flow')!
    expect(flow.ask.map((a) => a.node)).toEqual(['AUTH', 'C'])
    expect(flow.ask[0]).toEqual({ node: 'AUTH', prompt: '呼び出し元を認可する段階', promptEn: 'The stage that authorizes the caller' })
    const problems = content.problems.filter((p) => p.file === 'diagrams/flow.mmd')
    expect(problems.find((p) => /GHOST/.test(p.message))?.line).toBe(7)
    expect(problems.some((p) => /takes "NODE \| 日本語の問い \| English prompt"/.test(p.message) && p.line === 8)).toBe(true)
  })

  it('refuses a node whose label text also appears elsewhere (hiding it would not hide the answer)', () => {
    const problems = load().problems.filter((p) => p.file === 'diagrams/flow.mmd')
    expect(problems.some((p) => /no node INT|"統合" also appears elsewhere/.test(p.message))).toBe(false) // INT is not listed as askable
    const dir = tempDir()
    for (const sub of ['notes', 'questions', 'diagrams']) mkdirSync(join(dir, sub))
    writeFileSync(join(dir, 'notes', '01-base.md'), note)
    writeFileSync(
      join(dir, 'diagrams', 'leak.mmd'),
      `%% id: leak\n%% title: 流れ\n%% title_en: Flow\n%% note: base\n%% ask: INT | 統合 | Integration\n${source}\n  X["統合"]\n`,
    )
    const leak = loadContent(dir).problems.filter((p) => p.file === 'diagrams/leak.mmd')
    expect(leak.map((p) => p.message)).toEqual([expect.stringMatching(/"統合" also appears elsewhere/)])
  })

  it('gives a diagram question its masked figure; a node not marked askable or an unknown diagram is a problem', () => {
    const content = load()
    const ok = content.questions.find((q) => q.id === 'd1-flow-001')!
    expect(ok.figure?.title).toBe('流れ')
    expect(ok.figure?.source).toContain('["？"]')
    expect(ok.figure?.source).not.toContain('認可')
    expect(content.questions.map((q) => q.id)).toEqual(['d1-flow-001'])
    const messages = content.problems.filter((p) => p.file.startsWith('questions/')).map((p) => `${p.file}: ${p.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/not-askable\.yaml: d1-flow-002: node "INT" is not one of diagram "flow"'s "%% ask:" nodes/),
        expect.stringMatching(/no-diagram\.yaml: d1-flow-003: unknown diagram id "nowhere"/),
      ]),
    )
  })
})
