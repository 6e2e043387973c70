/**
 * markdown-it (with highlight.js) for the learner's own text, loaded the first time such text
 * is shown — not when a note opens, so it stays off the path to the first visible note.
 */
let renderer = $state<((markdown: string) => string) | null>(null)
let loading: Promise<unknown> | null = null

/** The renderer once loaded, else null after starting the load (the caller re-runs when it lands). */
export function userMarkdown(): ((markdown: string) => string) | null {
  loading ??= import('./render').then((m) => (renderer = m.renderUserMarkdown))
  return renderer
}
