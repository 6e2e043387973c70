import { join } from 'node:path'
import type { ContentProblem, Diagram, DiagramAsk } from '@shared/content-types'
import { labelLines, maskNode, nodeLabel } from './diagram-mask'
import { NOTE_ID } from './note-schema'
import { contentFiles, guardFile, readContentFile } from './source-file'

const HEADER = /^%%\s*([a-z_]+)\s*:\s*(.*)$/

/**
 * Loads content/diagrams/*.mmd: Mermaid sources whose leading `%% key: value` comments carry
 * id, title, title_en, note, heading and source URLs. Mermaid itself ignores those lines.
 */
export function loadDiagrams(contentDir: string, noteHeadings: Map<string, Set<string>>): { diagrams: Diagram[]; problems: ContentProblem[] } {
  const dir = join(contentDir, 'diagrams')
  const problems: ContentProblem[] = []
  const diagrams: Diagram[] = []
  const files = contentFiles(dir, /\.mmd$/)
  if (!files) return { diagrams, problems }
  const seen = new Set<string>()
  for (const name of files) {
    const file = `diagrams/${name}`
    const loaded = guardFile(
      file,
      () => ({ diagram: null, problems: [] }),
      () => loadDiagram(join(dir, name), file, seen, noteHeadings),
    )
    problems.push(...loaded.problems)
    if (!loaded.diagram) continue
    seen.add(loaded.diagram.id)
    diagrams.push(loaded.diagram)
  }
  return { diagrams, problems }
}

function loadDiagram(
  path: string,
  file: string,
  seen: Set<string>,
  noteHeadings: Map<string, Set<string>>,
): { diagram: Diagram | null; problems: ContentProblem[] } {
  const read = readContentFile(path, file)
  if ('problem' in read) return { diagram: null, problems: [read.problem] }
  const meta: Record<string, string[]> = {}
  const lines = read.text.split('\n')
  let i = 0
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]!)
    if (!m) break
    ;(meta[m[1]!] ??= []).push(m[2]!.trim())
  }
  const one = (k: string) => meta[k]?.[0] ?? ''
  const headerLine = (k: string) => lines.findIndex((l) => HEADER.exec(l)?.[1] === k) + 1 || 1
  const own: ContentProblem[] = []
  const fail = (message: string, line = 1) => own.push({ file, line, message })
  if (!NOTE_ID.test(one('id'))) fail('missing or invalid "%% id:" header (a lowercase slug)')
  else if (seen.has(one('id'))) fail(`duplicate diagram id "${one('id')}"`)
  if (!one('title')) fail('missing "%% title:" header (Japanese title)')
  if (!one('title_en')) fail('missing "%% title_en:" header')
  const headings = noteHeadings.get(one('note'))
  if (!headings) fail(`"%% note:" must name an existing note id (got "${one('note')}")`)
  else if (one('heading') && !headings.has(one('heading'))) {
    fail(`"%% heading:" must be a heading of note "${one('note')}" (got "${one('heading')}"); the diagram is shown after it`, headerLine('heading'))
  }
  const source = lines.slice(i).join('\n').trim()
  if (!source) fail('no Mermaid source below the header', i + 1)
  lines.forEach((line, n) => {
    if (/^\s*click\s/i.test(line)) fail('click directives are not allowed in diagrams', n + 1)
    if (/%%\{\s*init/i.test(line)) fail('init directives are not allowed: the app sets the Mermaid configuration', n + 1)
    if (/<\s*(script|img|iframe|a|svg)\b/i.test(line)) fail('HTML is not allowed in diagram labels', n + 1)
  })
  if (own.length) return { diagram: null, problems: own }
  // A bad ask line costs only that node: the diagram itself still shows.
  const askProblems: ContentProblem[] = []
  const askLines = lines.slice(0, i).flatMap((l, n) => (HEADER.exec(l)?.[1] === 'ask' ? [{ text: HEADER.exec(l)![2]!.trim(), line: n + 1 }] : []))
  const ask = askableNodes(askLines, source, `${one('title')}\n${one('title_en')}`, (message, line) => askProblems.push({ file, line, message }))
  const diagram: Diagram = {
    id: one('id'),
    title: one('title'),
    titleEn: one('title_en'),
    note: one('note'),
    ...(one('heading') ? { heading: one('heading') } : {}),
    sources: meta.source ?? [],
    file,
    source,
    ask,
    headerLines: i,
  }
  return { diagram, problems: askProblems }
}

/**
 * `%% ask: NODE | 日本語 | English` lines: nodes a question may hide or the drill may ask for.
 * Each must have a quoted label that appears nowhere else in the diagram, or hiding it would
 * still show the answer (the title is shown too).
 */
function askableNodes(
  askLines: { text: string; line: number }[],
  source: string,
  titles: string,
  report: (message: string, line: number) => void,
): DiagramAsk[] {
  const out: DiagramAsk[] = []
  for (const { text: line, line: at } of askLines) {
    const fail = (message: string) => report(message, at)
    const [node = '', prompt = '', promptEn = ''] = line.split('|').map((s) => s.trim())
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(node) || !prompt || !promptEn) {
      fail(`"%% ask:" takes "NODE | 日本語の問い | English prompt" (got "${line}")`)
      continue
    }
    if (out.some((a) => a.node === node)) fail(`"%% ask: ${node}" is listed twice`)
    const label = nodeLabel(source, node)
    const masked = label && maskNode(source, node)
    if (!label || !masked) {
      fail(`"%% ask: ${node}": no node ${node} with a quoted label (like ${node}["…"]) in the source`)
      continue
    }
    const leaked = labelLines(label.text).filter((l) => masked.includes(l) || titles.includes(l))
    if (leaked.length) {
      fail(`"%% ask: ${node}": its label text "${leaked[0]}" also appears elsewhere in the diagram, so hiding the node would not hide it`)
      continue
    }
    out.push({ node, prompt, promptEn })
  }
  return out
}
