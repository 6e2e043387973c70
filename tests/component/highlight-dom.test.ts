import { describe, expect, it } from 'vitest'
import { anchorFor } from '@shared/anchor'
import type { Annotation } from '@shared/annotation-types'
import { applyMarks, clearMarks, noteText, rangeOffsets } from '../../renderer/src/annotations/highlight-dom'

/** A rendered note as the page holds it: the note's HTML plus what the page adds (a copy button, a section date). */
function notePage(): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = [
    '<h2 id="h-sg">セキュリティグループ</h2><p class="section-as-of" data-added>情報の基準日: 2026-11-26</p>',
    '<p>セキュリティグループは<strong>ステートフル</strong>です。</p>',
    '<div class="code-block"><pre><code>aws ec2 describe-security-groups</code></pre><button class="copy-code" data-added>コピー</button></div>',
    '<p>ネットワーク ACL は<em>ステートレス</em>で、戻りの通信も許可が必要です。</p>',
  ].join('')
  document.body.replaceChildren(root)
  return root
}

const annotation = (root: HTMLElement, quote: string, id: string): Annotation => {
  const text = noteText(root)
  const start = text.indexOf(quote)
  return {
    id,
    noteId: 'vpc',
    color: 'yellow',
    comment: `<img src=x onerror=alert(1)> ${id}`,
    createdAt: '',
    updatedAt: '',
    ...anchorFor(text, start, start + quote.length),
  }
}

describe('highlights in the note DOM (component)', () => {
  it('reads the note text without what the page adds, so a date or a copy button never shifts a highlight', () => {
    const root = notePage()
    expect(noteText(root)).not.toContain('情報の基準日')
    expect(noteText(root)).not.toContain('コピー')
    expect(noteText(root)).toContain('セキュリティグループはステートフルです。')
  })

  it('marks a quote spanning elements, keeps the text identical, survives a re-render, and reports the ones that are gone', () => {
    const root = notePage()
    const before = noteText(root)
    const across = annotation(root, 'グループはステートフルです', 'a1')
    const inEm = annotation(root, 'ステートレスで', 'a2')
    const gone: Annotation = { ...annotation(root, 'ステートレス', 'a3'), quote: 'もう本文にない文章', prefix: 'x', suffix: 'y' }
    expect(applyMarks(root, [across, inEm, gone])).toEqual(['a3'])
    const marks = [...root.querySelectorAll<HTMLElement>('mark.hl')]
    expect(
      marks
        .filter((m) => m.dataset.annotationId === 'a1')
        .map((m) => m.textContent)
        .join(''),
    ).toBe('グループはステートフルです')
    expect(
      marks
        .filter((m) => m.dataset.annotationId === 'a2')
        .map((m) => m.textContent)
        .join(''),
    ).toBe('ステートレスで')
    expect(noteText(root)).toBe(before) // marks wrap text, never change it
    expect(root.querySelector('img')).toBeNull() // a comment is a title attribute, never HTML
    expect(marks.find((m) => m.dataset.annotationId === 'a1')!.title).toContain('<img src=x')

    // A selection over marked text maps back to the same offsets.
    const range = document.createRange()
    const first = marks.find((m) => m.dataset.annotationId === 'a1')!
    range.setStart(first.firstChild!, 0)
    const lastA1 = marks.filter((m) => m.dataset.annotationId === 'a1').at(-1)!
    range.setEnd(lastA1.firstChild!, lastA1.textContent!.length)
    const at = rangeOffsets(root, range)!
    expect(before.slice(at.start, at.end)).toBe('グループはステートフルです')

    clearMarks(root)
    expect(root.querySelectorAll('mark').length).toBe(0)
    expect(root.innerHTML).toBe(notePage().innerHTML)
    expect(applyMarks(root, [across])).toEqual([]) // placed again after a re-render
  })
})
