/**
 * Hiding one node of a Mermaid flowchart for a diagram question: its label becomes "？" and its
 * id is renamed, so neither the drawn text, a tooltip, an accessible name nor an element id can
 * tell the learner what was there. Works on the source, before Mermaid sees it.
 */

/** The id the hidden node gets in the masked source (Mermaid uses ids in element ids). */
export const MASKED_NODE = 'asked_node'

const SHAPE_OPEN = /^(\(\[|\[\(|\(\(|\[\[|\{\{|\[\/|\[\\|\[|\(|\{|>)/

/** Where the quoted label of `node`'s definition (`ID["…"]`, `ID(["…"])`, `ID{"…"}` …) starts and ends. */
export function nodeLabel(source: string, node: string): { start: number; end: number; text: string } | null {
  for (const span of codeSpans(source)) {
    const token = source.slice(span.start, span.end)
    const re = new RegExp(`(^|[^A-Za-z0-9_-])${escape(node)}(?![A-Za-z0-9_-])`, 'g')
    let m: RegExpExecArray | null
    while ((m = re.exec(token))) {
      const after = span.start + m.index + m[1]!.length + node.length
      const open = SHAPE_OPEN.exec(source.slice(after))
      if (!open) continue
      const quote = after + open[0].length
      if (source[quote] !== '"') continue
      const close = source.indexOf('"', quote + 1)
      if (close < 0) return null
      return { start: quote + 1, end: close, text: source.slice(quote + 1, close) }
    }
  }
  return null
}

/** The lines a label shows (markdown emphasis and backticks removed), for leak checks. */
export function labelLines(label: string): string[] {
  return label
    .replace(/^`|`$/g, '')
    .split(/\n|<br\s*\/?>/)
    .map((l) => l.replace(/\*\*|__|[*_`]/g, '').trim())
    .filter((l) => l.length >= 2)
}

/** The source with `node`'s label replaced by "？", the node renamed and drawn dashed; null if it has no quoted label. */
export function maskNode(source: string, node: string): string | null {
  const label = nodeLabel(source, node)
  if (!label) return null
  const blanked = `${source.slice(0, label.start)}？${source.slice(label.end)}`
  let out = ''
  let at = 0
  for (const span of codeSpans(blanked)) {
    out += blanked.slice(at, span.start)
    out += blanked.slice(span.start, span.end).replace(new RegExp(`(^|[^A-Za-z0-9_-])${escape(node)}(?![A-Za-z0-9_-])`, 'g'), `$1${MASKED_NODE}`)
    at = span.end
  }
  out += blanked.slice(at)
  return `${out}\n  classDef askedNode stroke-dasharray:6 4,stroke-width:2px\n  class ${MASKED_NODE} askedNode`
}

/** The parts of the source outside double-quoted strings and %% comments (where ids live). */
function codeSpans(source: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  let start = 0
  let i = 0
  while (i < source.length) {
    if (source[i] === '"') {
      spans.push({ start, end: i })
      const close = source.indexOf('"', i + 1)
      i = close < 0 ? source.length : close + 1
      start = i
    } else if (source.startsWith('%%', i) && (i === 0 || source[i - 1] === '\n' || /^\s*$/.test(source.slice(source.lastIndexOf('\n', i - 1) + 1, i)))) {
      spans.push({ start, end: i })
      const eol = source.indexOf('\n', i)
      i = eol < 0 ? source.length : eol
      start = i
    } else i++
  }
  spans.push({ start, end: source.length })
  return spans.filter((s) => s.end > s.start)
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
