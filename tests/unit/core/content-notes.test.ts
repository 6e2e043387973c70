import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../electron/core/content/load'
import { loadNotes } from '../../../electron/core/content/notes'
import { FIXTURE_CONTENT } from '../helpers/core'
import { tempDir } from '../helpers/tmp'

const good = (id: string, extra = '') =>
  `---\nid: ${id}\ntitle: タイトル\ntitle_en: Title\ndomains: [1]\ntags: []\norder: 1\nsource: seed\ntasks: ["1.1"]\n${extra}---\n# 見出し\n\n本文です。\n`

/** Each malformed note with the problem it must produce (file:line and a reason). */
const malformed: [name: string, content: string | Buffer, line: number, message: RegExp][] = [
  ['bad-yaml.md', '---\nid: [unclosed\ntitle: x\n---\n# x\n', 3, /YAML/],
  ['missing-id.md', '---\ntitle: t\ntitle_en: t\ndomains: [1]\ntags: []\norder: 1\nsource: seed\n---\n# x\n', 2, /id/],
  ['dup-a.md', good('dup'), 0, /./],
  ['dup-b.md', good('dup'), 2, /duplicate note id "dup"/],
  ['unknown-domain.md', good('unknown-domain').replace('domains: [1]', 'domains: [5]'), 5, /domains/],
  ['empty-domains.md', good('empty-domains').replace('domains: [1]', 'domains: []'), 5, /at least one/],
  ['invalid-utf8.md', Buffer.concat([Buffer.from(good('bad-utf8')), Buffer.from([0x0a, 0xff, 0xfe, 0x0a])]), 15, /not valid UTF-8/],
  ['empty.md', '', 1, /empty/],
  ['huge.md', `${good('huge')}${'あ'.repeat(1_700_000)}\n`, 1, /MB/],
  ['raw-html.md', good('raw-html') + '<script>alert(1)</script>\n', 14, /raw HTML/],
  ['broken-table.md', good('broken-table') + '| a | b | c |\n| --- | --- |\n| 1 | 2 | 3 |\n', 14, /broken table/],
  ['no-frontmatter.md', '# just a heading\n', 1, /missing frontmatter/],
  ['bad-id.md', good('Bad_ID'), 2, /lowercase slug/],
  ['unknown-key.md', good('unknown-key', 'author: someone\n'), 2, /author|Unrecognized/i],
  ['order-string.md', good('order-string').replace('order: 1', 'order: first'), 7, /order/],
  ['update-no-month.md', good('update-no-month') + '\n> [!update]\n> 今は違う\n', 15, /month/],
  ['unclosed-fence.md', good('unclosed-fence') + '```json\n{"a": 1}\n', 14, /never closed/],
  ['no-body.md', good('no-body').replace('# 見出し\n\n本文です。\n', ''), 11, /no text/],
  ['duplicate-key.md', good('duplicate-key', 'title: again\n'), 0, /YAML/],
  ['no-tasks.md', good('no-tasks').replace('tasks: ["1.1"]\n', ''), 2, /tasks/],
  ['unknown-task.md', good('unknown-task').replace('tasks: ["1.1"]', 'tasks: ["5.1"]'), 9, /task statements/],
  ['repeated-task.md', good('repeated-task').replace('tasks: ["1.1"]', 'tasks: ["1.1", "1.1"]'), 9, /listed twice/],
  ['wrong-source.md', good('wrong-source').replace('source: seed', 'source: internet'), 8, /source/],
]

describe('note loader', () => {
  it('loads the fixture content with headings, anchors and update counts', () => {
    const { notes, problems } = loadNotes(FIXTURE_CONTENT)
    expect(problems).toEqual([])
    expect(notes.map((n) => n.id)).toEqual(['alpha', 'beta'])
    expect(notes[0]!.headings).toEqual([
      { level: 1, text: 'アルファ', slug: 'アルファ' },
      { level: 2, text: '認証の話', slug: '認証の話', statesFacts: true, asOf: '2026-11-26' }, // it carries an update
    ])
    expect(notes[0]!.updateCount).toBe(1)
    expect(notes[1]!.domains).toEqual([2, 4])
  })

  it(`reports each of ${malformed.length} malformed notes with file:line and a reason; the good one still loads`, () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'notes'))
    for (const [name, content] of malformed) writeFileSync(join(dir, 'notes', name), content)
    writeFileSync(join(dir, 'notes', 'zz-good.md'), good('still-good'))
    const { notes, problems } = loadContent(dir)
    for (const [name, , line, message] of malformed) {
      if (name === 'dup-a.md') continue
      const mine = problems.filter((p) => p.file === `notes/${name}`)
      expect(mine.length, `${name} should report a problem`).toBeGreaterThan(0)
      expect(
        mine.some((p) => message.test(p.message)),
        `${name}: ${JSON.stringify(mine)}`,
      ).toBe(true)
      if (line)
        expect(
          mine.some((p) => p.line === line),
          `${name} line: ${JSON.stringify(mine)}`,
        ).toBe(true)
    }
    const ids = notes.map((n) => n.id)
    expect(ids).toContain('still-good')
    expect(ids).toContain('dup') // the first of two duplicates is kept
    // Rendered-safely cases still load: raw HTML is shown as text, a broken table as text.
    expect(ids).toEqual(expect.arrayContaining(['raw-html', 'broken-table', 'update-no-month']))
  })

  it('reports a missing notes folder instead of throwing', () => {
    expect(loadNotes(tempDir()).problems[0]!.message).toMatch(/missing/)
  })
})
