import { readdirSync, readFileSync, statSync } from 'node:fs'
import type { ContentProblem } from '@shared/content-types'

export const MAX_CONTENT_FILE_BYTES = 1_000_000

/**
 * Reads one content file as strict UTF-8. Anything unreadable becomes a problem with the
 * file's name and a reason, never an exception that would stop the other files loading.
 */
/** The names of a content folder's files whose names match, sorted; null when the folder is missing. */
export function contentFiles(dir: string, names: RegExp): string[] | null {
  try {
    return readdirSync(dir)
      .filter((f) => names.test(f))
      .sort()
  } catch {
    return null
  }
}

export function readContentFile(path: string, shownAs: string): { text: string } | { problem: ContentProblem } {
  const problem = (message: string, line = 1) => ({ problem: { file: shownAs, line, message } })
  let size: number
  try {
    size = statSync(path).size
  } catch (err) {
    return problem(`cannot read the file: ${(err as Error).message}`)
  }
  if (size === 0) return problem('the file is empty')
  if (size > MAX_CONTENT_FILE_BYTES) {
    return problem(`the file is ${(size / 1e6).toFixed(1)} MB; content files are limited to ${MAX_CONTENT_FILE_BYTES / 1e6} MB`)
  }
  const bytes = readFileSync(path)
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') }
  } catch {
    const at = firstInvalidUtf8Line(bytes)
    return problem('the file is not valid UTF-8 (save it as UTF-8)', at)
  }
}

function firstInvalidUtf8Line(bytes: Buffer): number {
  let line = 1
  let start = 0
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i))
      } catch {
        return line
      }
      line++
      start = i + 1
    }
  }
  return 1
}

export interface Frontmatter {
  data: string
  /** 1-based line where the YAML starts (after the opening ---). */
  dataLine: number
  body: string
  /** 1-based line where the body starts. */
  bodyLine: number
}

/** Splits `---\nyaml\n---\nbody`; returns null when the file has no frontmatter block. */
export function splitFrontmatter(text: string): Frontmatter | null {
  if (!text.startsWith('---\n')) return null
  const end = text.indexOf('\n---', 4)
  if (end < 0) return null
  const after = text.indexOf('\n', end + 4)
  const data = text.slice(4, end + 1)
  const body = after < 0 ? '' : text.slice(after + 1)
  const bodyLine = text.slice(0, after < 0 ? text.length : after + 1).split('\n').length
  return { data, dataLine: 2, body, bodyLine }
}

/**
 * Runs the whole load of one content file. Whatever any parser or validator throws (a YAML
 * library guarding itself against an alias bomb, a renderer's internal error, a stack overflow
 * on absurd nesting) becomes that file's problem, so one file can never stop the others.
 */
export function guardFile<T extends { problems: ContentProblem[] }>(file: string, empty: () => T, load: () => T): T {
  try {
    return load()
  } catch (err) {
    const out = empty()
    out.problems.push({ file, line: thrownLine(err), message: `the file could not be loaded: ${describeThrown(err)}` })
    return out
  }
}

function describeThrown(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
  return text.split('\n')[0]!.slice(0, 300)
}

/** The line a YAML library's error points at (`yaml`: linePos, js-yaml: mark), else 1. */
function thrownLine(err: unknown): number {
  const e = err as { linePos?: { line: number }[]; mark?: { line: number } } | null
  const line = e?.linePos?.[0]?.line ?? (typeof e?.mark?.line === 'number' ? e.mark.line + 1 : undefined)
  return typeof line === 'number' && line >= 1 ? line : 1
}
