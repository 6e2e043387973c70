import type { Annotation } from '@shared/annotation-types'
import { locate } from '@shared/anchor'
import { ADDED_ATTR } from '../notes/section-dates'

/** Text nodes of the note body in reading order, skipping drawn diagrams and what the page adds (copy buttons, section dates: their text is not the note's). */
export function textNodes(root: HTMLElement): Text[] {
  const out: Text[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest(`.diagram-slot, .mermaid-mount, figure, [${ADDED_ATTR}]`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  })
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text)
  return out
}

export const noteText = (root: HTMLElement): string =>
  textNodes(root)
    .map((n) => n.data)
    .join('')

/** The [start, end) offsets of a DOM range in noteText(root), or null if it is not inside. */
export function rangeOffsets(root: HTMLElement, range: Range): { start: number; end: number } | null {
  let pos = 0
  let start = -1
  let end = -1
  for (const n of textNodes(root)) {
    if (n === range.startContainer) start = pos + range.startOffset
    if (n === range.endContainer) end = pos + range.endOffset
    pos += n.data.length
  }
  if (start < 0 || end < 0 || end <= start) return null
  return { start, end }
}

/** Removes every highlight mark, leaving the text exactly as rendered. */
export function clearMarks(root: HTMLElement): void {
  for (const mark of root.querySelectorAll('mark.hl')) mark.replaceWith(...mark.childNodes)
  root.normalize()
}

/**
 * Wraps each annotation's text in <mark> elements (one per text node it spans). Returns the ids
 * that could not be placed because their quote is no longer in the note: the orphans.
 */
export function applyMarks(root: HTMLElement, annotations: Annotation[]): string[] {
  clearMarks(root)
  const text = noteText(root)
  const orphans: string[] = []
  const placed = annotations
    .map((a) => ({ a, at: locate(text, a) }))
    .filter((p) => (p.at ? true : (orphans.push(p.a.id), false)))
    .sort((x, y) => y.at!.start - x.at!.start) // from the end, so earlier offsets stay valid
  for (const { a, at } of placed) wrap(root, at!.start, at!.end, a)
  return orphans
}

function wrap(root: HTMLElement, start: number, end: number, a: Annotation): void {
  let pos = 0
  for (const node of textNodes(root)) {
    const from = pos
    const to = pos + node.data.length
    pos = to
    if (to <= start || from >= end) continue
    const s = Math.max(start, from) - from
    const e = Math.min(end, to) - from
    const middle = node.splitText(s)
    middle.splitText(e - s)
    const mark = document.createElement('mark')
    mark.className = `hl hl-${a.color}`
    mark.dataset.annotationId = a.id
    mark.tabIndex = 0
    if (a.comment) mark.title = a.comment.slice(0, 200)
    middle.replaceWith(mark)
    mark.append(middle)
  }
}
