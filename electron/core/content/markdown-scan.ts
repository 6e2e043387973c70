import type { ContentProblem, Heading } from '../../shared/content-types'
import { headingText, uniqueSlugger } from '../../shared/slug'

export interface ScannedBody {
  headings: (Heading & { line: number })[]
  updateCount: number
  updates: { month: string; under: string[] }[]
  mermaidBlocks: { source: string; line: number }[]
  problems: ContentProblem[]
}

const cells = (row: string) => row.trim().replace(/^\||\|$/g, '').split('|').length

/**
 * One pass over a note body outside code fences: headings (anchors), update callouts,
 * inline mermaid blocks, and the mistakes markdown would otherwise render silently wrong.
 */
export function scanMarkdown(body: string, file: string, firstLine: number): ScannedBody {
  const lines = body.split('\n')
  const slug = uniqueSlugger()
  const out: ScannedBody = { headings: [], updateCount: 0, updates: [], mermaidBlocks: [], problems: [] }
  const open: { level: number; text: string }[] = [] // the headings the current line sits under
  let fence: { marker: string; lang: string; start: number; lines: string[] } | null = null
  lines.forEach((line, i) => {
    const at = firstLine + i
    const fenceMatch = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line)
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence.marker) && line.trim() === fenceMatch[1]) {
        if (fence.lang === 'mermaid') out.mermaidBlocks.push({ source: fence.lines.join('\n'), line: fence.start })
        fence = null
      } else fence.lines.push(line)
      return
    }
    if (fenceMatch) {
      fence = { marker: fenceMatch[1]!, lang: fenceMatch[2] ?? '', start: at, lines: [] }
      return
    }
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line)
    if (h) {
      const text = headingText(h[2]!)
      out.headings.push({ level: h[1]!.length, text, slug: slug(text), line: at })
      while (open.length && open.at(-1)!.level >= h[1]!.length) open.pop()
      open.push({ level: h[1]!.length, text })
    }
    if (/^>\s*\[!update\]/i.test(line)) {
      out.updateCount++
      const month = /^>\s*\[!update\]\s+(\d{4}-(0[1-9]|1[0-2]))\b/i.exec(line)?.[1]
      if (!month) out.problems.push({ file, line: at, message: 'an update callout needs its month: "> [!update] YYYY-MM"' })
      else out.updates.push({ month, under: open.map((o) => o.text) })
    }
    if (/<\/?(script|iframe|object|embed|style|img|svg|a|div|span)\b/i.test(line)) {
      out.problems.push({ file, line: at, message: 'raw HTML is not allowed in notes (it is shown as text, never run)' })
    }
    const next = lines[i + 1]
    if (line.trim().startsWith('|') && next && /^\s*\|?\s*:?-{3,}/.test(next) && cells(line) !== cells(next)) {
      out.problems.push({ file, line: at, message: `broken table: the header has ${cells(line)} columns but the separator has ${cells(next)}` })
    }
  })
  if (fence) out.problems.push({ file, line: (fence as { start: number }).start, message: 'a code block is opened here and never closed' })
  return out
}
