import jsYaml from 'js-yaml'
import { LineCounter, parseDocument, type Document } from 'yaml'
import type { ContentProblem } from '@shared/content-types'

export interface ParsedYaml {
  doc: Document.Parsed
  lines: LineCounter
}

/** Parses YAML keeping positions, so every later problem can name its line. */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  return { doc, lines }
}

export function yamlSyntaxProblems(parsed: ParsedYaml, file: string, lineOffset: number): ContentProblem[] {
  return parsed.doc.errors.map((e) => ({
    file,
    line: lineOffset + parsed.lines.linePos(e.pos[0]).line - 1,
    message: `YAML: ${e.message.split('\n')[0]}`,
  }))
}

/** The 1-based line of a path inside the YAML document (falls back to the nearest parent). */
export function lineOf(parsed: ParsedYaml, path: (string | number)[], lineOffset: number): number {
  for (let n = path.length; n >= 0; n--) {
    const node = parsed.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined
    const pair = n > 0 ? findPairKey(parsed, path.slice(0, n)) : undefined
    const offset = pair ?? node?.range?.[0]
    if (offset !== undefined) return lineOffset + parsed.lines.linePos(offset).line - 1
  }
  return lineOffset
}

function findPairKey(parsed: ParsedYaml, path: (string | number)[]): number | undefined {
  const parent = parsed.doc.getIn(path.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: number[] } }[] } | undefined
  const last = path[path.length - 1]
  const pair = parent?.items?.find((p) => p.key && typeof p.key === 'object' && p.key.value === last)
  return pair?.key?.range?.[0]
}

// js-yaml's integers include YAML 1.1's binary form (0b101); the YAML 1.2 core schema of the
// position-keeping parser reads it as a string. Without it, the two agree (tests/unit/core/yaml-fast-path).
const [nullType, boolType, intType, floatType] = (jsYaml.JSON_SCHEMA as unknown as { implicit: jsYaml.Type[] }).implicit as [
  jsYaml.Type,
  jsYaml.Type,
  jsYaml.Type,
  jsYaml.Type,
]
const int12 = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => !/^[-+]?0b/.test(data ?? '') && intType.resolve(data),
  construct: (data: string) => intType.construct(data) as number,
  predicate: intType.predicate ?? undefined,
  represent: intType.represent ?? undefined,
  defaultStyle: intType.defaultStyle ?? undefined,
})
const FAST_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, int12, floatType] })

/**
 * The fast path: js-yaml with the JSON schema (dates stay strings, as in the YAML 1.2 core
 * schema) is several times quicker than the position-keeping parser. Returns undefined on any
 * syntax error, and callers then take the slow path, which can name the line.
 */
export function fastYaml(text: string): unknown {
  // Where the two parsers read the same text differently, the document takes the slow path:
  // a collection used as a key ("[a, b]: c", "? [a]") and a null key ("~: x", ": x").
  if (COLLECTION_KEY.test(text)) return undefined
  try {
    const value = jsYaml.load(text, { schema: FAST_SCHEMA })
    return hasNullKey(value) ? undefined : value
  } catch {
    return undefined
  }
}

const COLLECTION_KEY = /[}\]][ \t]*:(?:\s|$)|(?:^|\s)\?(?:\s|$)/m

/**
 * js-yaml names a null key "null", the YAML 1.2 reader "": such a document is read slowly.
 * Each object is visited once: aliases make the parse a graph whose paths can grow
 * exponentially (an alias bomb), while its nodes do not.
 */
function hasNullKey(value: unknown, seen = new WeakSet<object>()): boolean {
  if (!value || typeof value !== 'object' || seen.has(value)) return false
  seen.add(value)
  if (Array.isArray(value)) return value.some((v) => hasNullKey(v, seen))
  return Object.entries(value).some(([k, v]) => k === 'null' || hasNullKey(v, seen))
}

/** Deeper than any real content; far below what would exhaust the parsers' stack. */
export const MAX_YAML_NESTING = 64
const MAX_INDENT = 256

/**
 * Absurd nesting makes the YAML parsers recurse until the stack is gone, and V8 can then die
 * outright (out of memory compiling a regular expression) instead of throwing: no try/catch
 * saves the process. So nesting is measured first, without recursion, and such a file is
 * refused with a line. Brackets inside quoted strings are skipped.
 */
export function yamlNestingProblem(text: string, file: string, lineOffset: number): ContentProblem | null {
  // Jumps from one character that matters to the next (most of the text is prose the regex
  // skips natively), so the guard costs little on every load.
  const special = /[\n"'#[\]{}\\]/g
  let depth = 0
  let line = 0
  let quote: string | null = null
  const indentAfter = (at: number): ContentProblem | null => {
    let j = at
    while (text.charCodeAt(j) === 32) j++
    special.lastIndex = j
    return j - at > MAX_INDENT
      ? { file, line: lineOffset + line, message: `indented more than ${MAX_INDENT} columns: content is never nested this deep` }
      : null
  }
  const first = indentAfter(0)
  if (first) return first
  for (let m = special.exec(text); m; m = special.exec(text)) {
    const i = m.index
    const c = m[0]
    if (c === '\n') {
      line++
      if (quote === "'") quote = null // single-quoted scalars rarely span lines; never block on them
      const deep = indentAfter(i + 1)
      if (deep) return deep
      continue
    }
    if (quote) {
      if (c === '\\' && quote === '"') special.lastIndex = i + 2
      else if (c === quote) quote = null
      continue
    }
    if (c === '#') {
      if (i === 0 || /\s/.test(text[i - 1]!)) {
        const end = text.indexOf('\n', i)
        special.lastIndex = end < 0 ? text.length : end
      }
    } else if (c === '"' || c === "'") quote = c
    else if (c === '[' || c === '{') {
      if (++depth > MAX_YAML_NESTING)
        return { file, line: lineOffset + line, message: `brackets nested more than ${MAX_YAML_NESTING} deep: content is never nested this deep` }
    } else if ((c === ']' || c === '}') && depth > 0) depth--
  }
  return null
}
