import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ContentProblem, Diagram, Question } from '@shared/content-types'
import { maskNode } from './diagram-mask'
import { cached, type ContentCache } from './cache'
import { QuestionSchema } from './question-schema'
import { contentFiles, guardFile, readContentFile } from './source-file'
import { fastYaml, lineOf, parseYaml, yamlNestingProblem, yamlSyntaxProblems } from './yaml-errors'

export interface QuestionRefs {
  /** note id → heading texts in that note */
  notes: Map<string, Set<string>>
  diagrams: Map<string, Diagram>
}

/** Loads content/questions/*.yaml (each a list); each bad question is reported with its line. */
type Parsed = Omit<Question, 'file'> & { lines: Record<string, number> }

/**
 * Syntax and schema checks of one file (cacheable: they depend on nothing else). A clean file
 * takes the fast parser; only a file with a problem is parsed again keeping positions, so each
 * problem can name its line.
 */
function parseFile(path: string, file: string): { items: Parsed[]; problems: ContentProblem[] } {
  const read = readContentFile(path, file)
  if ('problem' in read) return { items: [], problems: [read.problem] }
  const tooDeep = yamlNestingProblem(read.text, file, 1)
  if (tooDeep) return { items: [], problems: [tooDeep] }
  const fast = fastYaml(read.text)
  if (Array.isArray(fast)) {
    const results = fast.map((raw) => QuestionSchema.safeParse(raw))
    if (results.every((r) => r.success)) {
      const starts = questionStarts(read.text)
      return { items: results.map((r, i) => toParsed(r.data!, starts[i] ?? 1, {})), problems: [] }
    }
  }
  return parseFileWithPositions(read.text, file)
}

/** The line of each "- id:" that starts a list item, in order. */
function questionStarts(text: string): number[] {
  const out: number[] = []
  text.split('\n').forEach((line, i) => {
    if (/^- /.test(line)) out.push(i + 1)
  })
  return out
}

type Valid = NonNullable<ReturnType<typeof QuestionSchema.safeParse>['data']>
function toParsed(q: Valid, line: number, lines: Record<string, number>): Parsed {
  return {
    id: q.id,
    domain: q.domain,
    type: q.type,
    select: q.select,
    difficulty: q.difficulty,
    tasks: [...q.tasks].sort(),
    grounding: q.grounding,
    stem: q.stem,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    links: q.links,
    asOf: q.asOf,
    reviewed: q.reviewed,
    ...(q.en ? { en: q.en } : {}),
    ...(q.diagram ? { diagram: q.diagram } : {}),
    line,
    lines,
  }
}

function parseFileWithPositions(text: string, file: string): { items: Parsed[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = []
  const items: Parsed[] = []
  const parsed = parseYaml(text)
  const syntax = yamlSyntaxProblems(parsed, file, 1)
  if (syntax.length) return { items, problems: syntax }
  const list = parsed.doc.toJS() as unknown
  if (!Array.isArray(list)) return { items, problems: [{ file, line: 1, message: 'a question file is a YAML list ("- id: …")' }] }
  list.forEach((raw, index) => {
    const at = (p: (string | number)[]) => lineOf(parsed, [index, ...p], 1)
    const result = QuestionSchema.safeParse(raw)
    if (!result.success) {
      for (const issue of result.error.issues) {
        const p = issue.path as (string | number)[]
        const id = (raw as { id?: unknown })?.id
        problems.push({
          file,
          line: at(p),
          message: `${typeof id === 'string' ? id : `#${index + 1}`} ${p.join('.') || ''}: ${issue.message}`.replace(' :', ':'),
        })
      }
      return
    }
    const q = result.data
    // Lines for the reference checks done after loading, so they can still point at the field.
    const lines: Record<string, number> = { id: at(['id']) }
    q.grounding.forEach((_, gi) => {
      for (const k of ['note', 'heading', 'diagram']) lines[`${gi}.${k}`] = at(['grounding', gi, k])
    })
    lines.figure = at(['diagram'])
    items.push(toParsed(q, at([]), lines))
  })
  return { items, problems }
}

export function loadQuestions(contentDir: string, refs: QuestionRefs, cache?: ContentCache): { questions: Question[]; problems: ContentProblem[] } {
  const dir = join(contentDir, 'questions')
  const problems: ContentProblem[] = []
  const questions: Question[] = []
  const seen = new Map<string, string>()
  const files = contentFiles(dir, /\.ya?ml$/)
  if (!files) return { questions, problems }
  for (const name of files) {
    const file = `questions/${name}`
    const parsed = cached(cache, file, join(dir, name), () =>
      guardFile(
        file,
        () => ({ items: [], problems: [] }),
        () => parseFile(join(dir, name), file),
      ),
    )
    problems.push(...parsed.problems)
    // Exact field lines are only worked out when a reference check fails (the slow parser).
    let positions: Map<string, Record<string, number>> | null = null
    const linesOf = (id: string, fallback: Record<string, number>) => {
      if (Object.keys(fallback).length) return fallback
      positions ??= new Map(
        guardFile(
          file,
          () => ({ items: [], problems: [] }),
          () => parseFileWithPositions(readFileSync(join(dir, name), 'utf8'), file),
        ).items.map((i) => [i.id, i.lines]),
      )
      return positions.get(id) ?? fallback
    }
    for (const { lines: known, ...q } of parsed.items) {
      let lines = known
      const own: ContentProblem[] = []
      if (seen.has(q.id)) own.push({ file, line: lines.id ?? q.line, message: `duplicate question id "${q.id}" (also in ${seen.get(q.id)})` })
      q.grounding.forEach((g, gi) => {
        const line = (k: string) => {
          lines = linesOf(q.id, lines)
          return lines[`${gi}.${k}`] ?? q.line
        }
        const headings = refs.notes.get(g.note)
        if (!headings) own.push({ file, line: line('note'), message: `${q.id}: unknown note id "${g.note}"` })
        else if (g.heading && !headings.has(g.heading))
          own.push({ file, line: line('heading'), message: `${q.id}: note "${g.note}" has no heading "${g.heading}"` })
        if (g.diagram && !refs.diagrams.has(g.diagram)) own.push({ file, line: line('diagram'), message: `${q.id}: unknown diagram id "${g.diagram}"` })
      })
      const figure = q.diagram
        ? figureOf(q.diagram, refs.diagrams, (message) =>
            own.push({ file, line: (lines = linesOf(q.id, lines)).figure ?? q.line, message: `${q.id}: ${message}` }),
          )
        : undefined
      if (own.length) {
        problems.push(...own)
        continue
      }
      seen.set(q.id, file)
      questions.push({ ...q, ...(figure ? { figure } : {}), file })
    }
  }
  return { questions, problems }
}

/** The diagram a diagram question shows, with its hidden node masked; null (and a problem) if it cannot be. */
function figureOf(ref: { id: string; hide: string }, diagrams: Map<string, Diagram>, fail: (message: string) => void) {
  const d = diagrams.get(ref.id)
  if (!d) return void fail(`unknown diagram id "${ref.id}"`)
  if (!d.ask.some((a) => a.node === ref.hide)) return void fail(`node "${ref.hide}" is not one of diagram "${ref.id}"'s "%% ask:" nodes`)
  const source = maskNode(d.source, ref.hide)
  if (!source) return void fail(`node "${ref.hide}" of diagram "${ref.id}" has no quoted label to hide`)
  return { title: d.title, titleEn: d.titleEn, source }
}
