import { describe, expect, it } from 'vitest'
import { HEADING_ID_PREFIX, renderMarkdown } from '@shared/markdown/render'

const doc = [
  '# [VPC](https://example.com/vpc)', // 0
  '',
  '```bash',
  '# not a heading: a shell comment', // 3
  '```',
  '',
  '概要', // 6
  '===', // a setext heading, which a line scanner would miss
  '',
  '## 重複', // 9
  '## 重複',
  '',
  '```mermaid', // 12
  'flowchart LR',
  '  A --> B',
  '```',
  '',
  '> [!update] 2026-10', // 17
  '> 新しい既定値',
].join('\n')

describe('the note outline comes from the parse that renders it', () => {
  const { html, outline, mermaid } = renderMarkdown(doc)

  it('lists exactly the headings the HTML has, with the same anchors, in order', () => {
    const ids = [...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1])
    expect(outline.headings.map((h) => HEADING_ID_PREFIX + h.slug)).toEqual(ids)
    expect(outline.headings.map((h) => [h.level, h.text, h.line])).toEqual([
      [1, 'VPC', 0],
      [1, '概要', 6],
      [2, '重複', 9],
      [2, '重複', 10],
    ])
    expect(new Set(outline.headings.map((h) => h.slug)).size).toBe(4) // repeated headings get distinct anchors
  })

  it('places each inline diagram at its fence, in the order the HTML mounts them', () => {
    expect(outline.mermaid).toEqual([{ source: 'flowchart LR\n  A --> B', line: 12 }])
    expect(mermaid).toEqual(['flowchart LR\n  A --> B\n'])
    expect(html).toContain('data-inline-diagram="0"')
  })

  it('records update callouts under the headings they follow', () => {
    expect(outline.updates).toEqual([{ month: '2026-10', under: ['概要', '重複'] }])
  })
})
