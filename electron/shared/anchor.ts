import type { Anchor } from './annotation-types'

/**
 * Places a highlight in a note's text after the note may have changed: among all occurrences
 * of the quote, the one whose surrounding text matches best (ties: nearest the old position).
 * Returns null when the quote no longer exists: the highlight is then listed as orphaned.
 */
export function locate(text: string, a: Anchor): { start: number; end: number } | null {
  if (!a.quote) return null
  let best: { start: number; score: number; distance: number } | null = null
  for (let i = text.indexOf(a.quote); i >= 0; i = text.indexOf(a.quote, i + 1)) {
    const before = text.slice(Math.max(0, i - a.prefix.length), i)
    const after = text.slice(i + a.quote.length, i + a.quote.length + a.suffix.length)
    const score = commonSuffix(before, a.prefix) + commonPrefix(after, a.suffix)
    const distance = Math.abs(i - a.position)
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance }
  }
  return best ? { start: best.start, end: best.start + a.quote.length } : null
}

function commonPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

function commonSuffix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

export const CONTEXT_CHARS = 32

/** The anchor for a selection [start, end) of the note's text. */
export function anchorFor(text: string, start: number, end: number): Anchor {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    position: start,
  }
}
