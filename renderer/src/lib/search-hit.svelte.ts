import { textNodes } from '../annotations/highlight-dom'

/** The words of the search that opened the current note, so the note can mark them once. */
export const searchHit = $state<{ query: string }>({ query: '' })

const HIGHLIGHT = 'search-hit'

/**
 * Marks every occurrence of the query's words in the note with the CSS Custom Highlight API (no
 * DOM change, so annotations' text offsets are untouched) and returns the first match's range.
 */
export function markSearchHit(root: HTMLElement, query: string): Range | null {
  clearSearchHit()
  const words = query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
  if (!words.length || typeof Highlight === 'undefined') return null
  const ranges: Range[] = []
  for (const node of textNodes(root)) {
    const text = node.data.toLowerCase()
    for (const word of words) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
        const range = new Range()
        range.setStart(node, at)
        range.setEnd(node, at + word.length)
        ranges.push(range)
      }
    }
  }
  if (!ranges.length) return null
  CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges))
  return ranges[0]!
}

export function clearSearchHit() {
  if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.delete(HIGHLIGHT)
}
