import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../electron/core/content/load'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadNotes } from '../../../electron/core/content/notes'
import { createSearch, ensureIndexed, excerpt, MARK_END, MARK_START, plainText, sections } from '../../../electron/core/content/search-index'
import { tempDir } from '../helpers/tmp'
import { migrate } from '../../../electron/core/db/migrations'
import { FIXTURE_CONTENT, REAL_CONTENT } from '../helpers/core'

function indexed(dir: string) {
  const db = new Database(':memory:')
  migrate(db)
  const content = loadContent(dir)
  ensureIndexed(db, content.notes, content.hash)
  return { db, content, search: createSearch(db) }
}

describe('search index', () => {
  it('indexes the sections the reader sees: a "#" line in a code block or a setext heading come from the one parse', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'notes'))
    const body = [
      '# ノート',
      '',
      '前書き',
      '',
      '```bash',
      '# コメント（見出しではない）',
      'aws s3 ls',
      '```',
      '',
      '設定',
      '----',
      '',
      '既定値の話',
      '',
      '## 最後',
      '',
      'おわり',
    ].join('\n')
    writeFileSync(
      join(dir, 'notes', 'n.md'),
      `---\nid: n\ntitle: ノート\ntitle_en: Note\ndomains: [1]\ntags: []\norder: 1\nsource: authored\nasOf: 2026-11-26\ntasks: ["1.1"]\n---\n${body}\n`,
    )
    const [note] = loadNotes(dir).notes
    expect(sections(note!).map((s) => [s.heading, s.body.trim()])).toEqual([
      ['ノート', '前書き コメント（見出しではない） aws s3 ls'], // the code block's line stays text of this section
      ['設定', '既定値の話'],
      ['最後', 'おわり'],
    ])
  })

  it('finds Japanese with trigrams (3+ characters) and marks the hit', () => {
    const { search } = indexed(FIXTURE_CONTENT)
    const [hit] = search('ゲートウェイ')
    expect(hit).toMatchObject({ noteId: 'alpha' })
    expect(hit!.snippet).toContain(`${MARK_START}ゲートウェイ${MARK_END}`)
  })

  it('falls back to a substring scan for 1–2 character queries', () => {
    const { search } = indexed(FIXTURE_CONTENT)
    const hits = search('認証')
    expect(hits[0]).toMatchObject({ noteId: 'alpha', slug: '認証の話' })
    expect(hits[0]!.snippet).toContain(`${MARK_START}認証${MARK_END}`)
    expect(search('β')).toEqual([])
  })

  it('points a hit at its section so the note opens scrolled there', () => {
    const { search } = indexed(FIXTURE_CONTENT)
    expect(search('Cognito')[0]).toMatchObject({ noteId: 'alpha', slug: '認証の話', heading: '認証の話' })
  })

  it('re-indexes only when the content hash changes', () => {
    const { db, content } = indexed(FIXTURE_CONTENT)
    expect(ensureIndexed(db, content.notes, content.hash)).toBe(false)
    expect(ensureIndexed(db, content.notes, 'different')).toBe(true)
    expect(db.prepare('SELECT count(*) FROM note_fts').pluck().get()).toBeGreaterThan(0)
  })

  it('treats FTS syntax in a query as plain text', () => {
    const { search } = indexed(FIXTURE_CONTENT)
    for (const q of ['"', 'AND OR NOT', 'a*', '(((', 'NEAR(a b)', "'; DROP TABLE note_fts; --"]) expect(() => search(q)).not.toThrow()
  })

  it('over the real notes: ゲートウェイ finds VPC, 認証 finds Cognito', () => {
    const { search } = indexed(REAL_CONTENT)
    expect(search('ゲートウェイ', 50).map((h) => h.noteId)).toContain('vpc')
    expect(search('認証', 50).map((h) => h.noteId)).toContain('cognito')
    expect(search('DynamoDB ストリーム').map((h) => h.noteId)[0]).toBe('dynamodb')
  })

  it('strips markdown to readable text and excerpts around a hit', () => {
    expect(plainText('# [VPC](https://x) と `code` **太字**')).toBe('VPC と code 太字')
    expect(excerpt('あいうえおかきくけこ', 'うえ', 1)).toBe(`…い${MARK_START}うえ${MARK_END}お…`)
    // Every term of a query is marked inside the window, whatever its case in the text.
    const [a, b] = [MARK_START, MARK_END]
    expect(excerpt('Amazon DynamoDB のテーブルと DynamoDB Streams', ['dynamodb', 'テーブル'], 40)).toBe(
      `Amazon ${a}DynamoDB${b} の${a}テーブル${b}と ${a}DynamoDB${b} Streams`,
    )
  })
})
