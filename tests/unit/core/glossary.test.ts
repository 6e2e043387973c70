import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { glossaryMatches, searchWithGlossary } from '../../../electron/core/content/glossary-search'
import { foldForms } from '@shared/fold'
import { loadGlossary } from '../../../electron/core/content/glossary'
import { loadContent } from '../../../electron/core/content/load'
import { tempDir } from '../helpers/tmp'

const REAL = join(import.meta.dirname, '../../../content')
const content = loadContent(REAL)

describe('the glossary', () => {
  it('loads from content with no problems, every entry tied to a note', () => {
    expect(content.problems.filter((p) => p.file === 'glossary.yaml')).toEqual([])
    expect(content.glossary.length).toBeGreaterThanOrEqual(80)
    const notes = new Set(content.notes.map((n) => n.id))
    expect(content.glossary.filter((g) => !notes.has(g.note))).toEqual([])
  })

  it('reports a bad entry with its line and keeps the others; no glossary at all is fine', () => {
    const dir = tempDir('glossary-')
    writeFileSync(
      join(dir, 'glossary.yaml'),
      [
        '- id: good',
        '  term: 良い',
        '  en: Good',
        '  readings: [よい]',
        '  definition: 良いもの。',
        '  definition_en: A good one.',
        '  note: n1',
        '  source: https://docs.aws.amazon.com/x.html',
        '- id: bad',
        '  term: 悪い',
        '  en: Bad',
        '  readings: [Bad]',
        '  definition: 悪いもの。',
        '  definition_en: A bad one.',
        '  note: nowhere',
        '  source: https://example.com/',
      ].join('\n'),
    )
    const { glossary, problems } = loadGlossary(dir, new Set(['n1']))
    expect(glossary.map((g) => g.id)).toEqual(['good'])
    expect(problems.map((p) => p.line)).toEqual([12, 16])
    expect(loadGlossary(tempDir('no-glossary-'), new Set())).toEqual({ glossary: [], problems: [] })
  })

  it('finds a term by how learners say it', () => {
    expect(foldForms('ﾗﾑﾀﾞ')).toBe(foldForms('らむだ'))
    const ids = (q: string) => glossaryMatches(content.glossary, q).map((g) => g.id)
    expect(ids('ラムダ')).toContain('lambda')
    expect(ids('だいなも')[0]).toBe('dynamodb')
    expect(ids('sqs')).toContain('sqs')
    expect(ids('x')).toEqual([])
    expect(ids('ゲートウェイ')).toEqual([]) // a fragment is ordinary text search, not a name
  })

  it('puts the named note first, then the sections that use the name as AWS writes it', () => {
    const calls: string[] = []
    const fake = (q: string) => {
      calls.push(q)
      return q === 'Lambda' ? [{ noteId: 'lambda-operations', slug: 'x', heading: 'h', snippet: 's' }] : []
    }
    const hits = searchWithGlossary(content.glossary, fake, 'ラムダ', 20)
    expect(hits[0]).toMatchObject({ noteId: 'lambda', slug: '' })
    expect(hits.map((h) => h.noteId)).toContain('lambda-operations')
    expect(calls).toEqual(expect.arrayContaining(['ラムダ', 'Lambda']))
  })
})
