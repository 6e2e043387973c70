// Question text is written one sentence per source line (YAML block scalars). On screen a line
// break in the source is not a break in the text: lines join into paragraphs, and only a blank
// line starts a new paragraph. Japanese joins without a space; Latin words keep one.
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/

function join(a: string, b: string): string {
  if (!a) return b
  return CJK.test(a.at(-1)!) || CJK.test(b[0] ?? '') ? a + b : `${a} ${b}`
}

export function paragraphs(text: string): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .reduce(join, ''),
    )
    .filter(Boolean)
}

/** One line of a question for lists: its paragraphs joined, cut at `max` characters. */
export function oneLine(text: string, max: number): string {
  const s = paragraphs(text).reduce(join, '')
  return s.length > max ? `${s.slice(0, max)}…` : s
}

/** Splits `code` spans out of question text, so they show as code (rendered by Svelte, escaped). */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  return text
    .split(/(`[^`\n]+`)/)
    .filter(Boolean)
    .map((p) => (p.length > 2 && p.startsWith('`') && p.endsWith('`') ? { text: p.slice(1, -1), code: true } : { text: p, code: false }))
}
