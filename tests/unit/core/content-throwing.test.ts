import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import jsYaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../electron/core/content/load'
import { tempDir } from '../helpers/tmp'

const FIXTURES = join(__dirname, '../../fixtures/content-throwing')

/**
 * Files that make a parser *throw* (not merely report a syntax error): the YAML library guards
 * itself against alias bombs by throwing, and absurd nesting overflows the stack. Each must become
 * that file's problem while the good files load.
 */
describe('content files whose parsers throw', () => {
  it('reports each throwing file with its name and a line; the good files still load', () => {
    const content = loadContent(FIXTURES)
    const expected: [string, RegExp][] = [
      ['notes/02-alias-bomb.md', /resource exhaustion/],
      ['notes/03-deep-nesting.md', /nested more than 64 deep/],
      ['questions/alias-bomb.yaml', /resource exhaustion/],
      ['questions/deep-nesting.yaml', /nested more than 64 deep/],
    ]
    for (const [file, message] of expected) {
      const mine = content.problems.filter((p) => p.file === file)
      expect(
        mine.some((p) => message.test(p.message)),
        `${file}: ${JSON.stringify(mine)}`,
      ).toBe(true)
      expect(mine.every((p) => p.line >= 1)).toBe(true)
    }
    expect(content.notes.map((n) => n.id)).toEqual(['good'])
    expect(content.questions.map((q) => q.id)).toEqual(['d1-good-001'])
    expect(content.diagrams.map((d) => d.id)).toEqual(['good-diagram'])
  })
})

const good = {
  note: '---\nid: good\ntitle: 良い\ntitle_en: Good\ndomains: [1]\ntasks: ["1.1"]\ntags: []\norder: 1\nsource: authored\n---\n# 良い\n\n本文。\n',
  diagram: '%% id: good-diagram\n%% title: 図\n%% title_en: D\n%% note: good\nflowchart LR\n  A --> B\n',
}

/** Random YAML values, serialised, with anchors and aliases sprinkled in. */
const yamlText = fc
  .tuple(
    fc.anything({ maxDepth: 4, withNullPrototype: true }),
    fc.array(fc.constantFrom('&a ', '*a', '&b [*a, *a]', '!!binary', '? ', '- ', ': ', '{', '[', '"', "'", '|', '>', '\t', '---', '...', '%YAML 1.2'), {
      maxLength: 6,
    }),
  )
  .map(([value, noise]) => {
    let text = ''
    try {
      text = jsYaml.dump(value, { skipInvalid: true })
    } catch {
      text = String(value)
    }
    const lines = text.split('\n')
    for (const [i, n] of noise.entries()) lines.splice((i * 7) % (lines.length + 1), 0, n)
    return lines.join('\n')
  })

const markdownLine = fc.oneof(
  fc.constantFrom(
    '# 見出し',
    '## 見出し',
    '### x',
    '```mermaid',
    '```',
    '~~~',
    '> [!update] 2026-01',
    '> [!exam]',
    '| a | b |',
    '|---|---|',
    '::: added',
    ':::',
    '- [ ] x',
    '1. x',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '![x](data:x)',
    '\\',
    '$$',
    '&#0;',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
)
const markdownText = fc.array(markdownLine, { maxLength: 40 }).map((l) => l.join('\n'))
const bytes = fc.uint8Array({ maxLength: 400 })

type Kind = 'note' | 'question' | 'diagram' | 'glossary'
const kinds: Record<Kind, fc.Arbitrary<string | Uint8Array>> = {
  note: fc.oneof(
    bytes,
    fc.tuple(yamlText, markdownText).map(([y, m]) => `---\n${y}\n---\n${m}`),
    markdownText.map((m) => good.note.replace('本文。', m)),
  ),
  question: fc.oneof(
    bytes,
    yamlText,
    yamlText.map((y) => `- ${y.split('\n').join('\n  ')}`),
  ),
  diagram: fc.oneof(
    bytes,
    markdownText.map((m) => `%% id: z\n%% title: t\n%% title_en: t\n%% note: good\n${m}`),
  ),
  glossary: fc.oneof(
    bytes,
    yamlText,
    yamlText.map((y) => `- ${y.split('\n').join('\n  ')}`),
  ),
}

/** A random file of each kind never makes the loader throw, and never stops the good files. */
describe('content loader never throws', () => {
  for (const kind of Object.keys(kinds) as Kind[]) {
    it(`survives random ${kind} files`, () => {
      fc.assert(
        fc.property(kinds[kind], (data) => {
          const dir = tempDir('study-fuzz-')
          for (const sub of ['notes', 'questions', 'diagrams']) mkdirSync(join(dir, sub))
          writeFileSync(join(dir, 'notes', '01-good.md'), good.note)
          writeFileSync(join(dir, 'diagrams', 'good.mmd'), good.diagram)
          const target = {
            note: ['notes', '02-random.md'],
            question: ['questions', 'random.yaml'],
            diagram: ['diagrams', 'random.mmd'],
            glossary: ['glossary.yaml'],
          }[kind]
          writeFileSync(join(dir, ...target), data)
          const content = loadContent(dir)
          expect(content.notes.some((n) => n.id === 'good')).toBe(true)
          expect(content.diagrams.some((d) => d.id === 'good-diagram')).toBe(true)
          for (const p of content.problems) expect(p.line).toBeGreaterThanOrEqual(1)
        }),
        { numRuns: 150, seed: 20261126 },
      )
    })
  }
})
