import type { ContentProblem } from '@shared/content-types'

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|').length

/**
 * The mistakes Markdown would otherwise render silently wrong, found in the source lines (outside
 * code fences): raw HTML, a table whose header and separator disagree, an unclosed code block, an
 * update callout without its month. The note's structure (headings, diagrams, callouts) comes
 * from the parse that renders it (`renderMarkdown`'s outline), not from here.
 */
export function markdownProblems(body: string, file: string, firstLine: number): ContentProblem[] {
  const lines = body.split('\n')
  const problems: ContentProblem[] = []
  let fence: { marker: string; start: number } | null = null
  lines.forEach((line, i) => {
    const at = firstLine + i
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line)
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence.marker) && line.trim() === fenceMatch[1]) fence = null
      return
    }
    if (fenceMatch) {
      fence = { marker: fenceMatch[1]!, start: at }
      return
    }
    if (/^>\s*\[!update\]/i.test(line) && !/^>\s*\[!update\]\s+\d{4}-(0[1-9]|1[0-2])\b/i.test(line)) {
      problems.push({ file, line: at, message: 'an update callout needs its month: "> [!update] YYYY-MM"' })
    }
    if (/<\/?(script|iframe|object|embed|style|img|svg|a|div|span)\b/i.test(line)) {
      problems.push({ file, line: at, message: 'raw HTML is not allowed in notes (it is shown as text, never run)' })
    }
    const next = lines[i + 1]
    if (line.trim().startsWith('|') && next && /^\s*\|?\s*:?-{3,}/.test(next) && cells(line) !== cells(next)) {
      problems.push({ file, line: at, message: `broken table: the header has ${cells(line)} columns but the separator has ${cells(next)}` })
    }
  })
  if (fence) problems.push({ file, line: (fence as { start: number }).start, message: 'a code block is opened here and never closed' })
  return problems
}
