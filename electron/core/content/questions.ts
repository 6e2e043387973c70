import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ContentProblem, Question } from '../../shared/content-types'
import { QuestionSchema } from './question-schema'
import { readContentFile } from './source-file'
import { lineOf, parseYaml, yamlSyntaxProblems } from './yaml-errors'

export interface QuestionRefs {
  /** note id → heading texts in that note */
  notes: Map<string, Set<string>>
  diagrams: Set<string>
}

/** Loads content/questions/*.yaml (each a list); each bad question is reported with its line. */
export function loadQuestions(contentDir: string, refs: QuestionRefs): { questions: Question[]; problems: ContentProblem[] } {
  const dir = join(contentDir, 'questions')
  const problems: ContentProblem[] = []
  const questions: Question[] = []
  const seen = new Map<string, string>()
  let files: string[] = []
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()
  } catch {
    return { questions, problems }
  }
  for (const name of files) {
    const file = `questions/${name}`
    const read = readContentFile(join(dir, name), file)
    if ('problem' in read) {
      problems.push(read.problem)
      continue
    }
    const parsed = parseYaml(read.text)
    const syntax = yamlSyntaxProblems(parsed, file, 1)
    if (syntax.length) {
      problems.push(...syntax)
      continue
    }
    const items = parsed.doc.toJS() as unknown
    if (!Array.isArray(items)) {
      problems.push({ file, line: 1, message: 'a question file is a YAML list ("- id: …")' })
      continue
    }
    items.forEach((raw, index) => {
      const at = (path: (string | number)[]) => lineOf(parsed, [index, ...path], 1)
      const result = QuestionSchema.safeParse(raw)
      if (!result.success) {
        for (const issue of result.error.issues) {
          const path = issue.path as (string | number)[]
          const id = (raw as { id?: unknown })?.id
          problems.push({ file, line: at(path), message: `${typeof id === 'string' ? id : `#${index + 1}`} ${path.join('.') || ''}: ${issue.message}`.replace(' :', ':') })
        }
        return
      }
      const q = result.data
      const own: ContentProblem[] = []
      if (seen.has(q.id)) own.push({ file, line: at(['id']), message: `duplicate question id "${q.id}" (also in ${seen.get(q.id)})` })
      q.grounding.forEach((g, gi) => {
        const headings = refs.notes.get(g.note)
        if (!headings) own.push({ file, line: at(['grounding', gi, 'note']), message: `${q.id}: unknown note id "${g.note}"` })
        else if (g.heading && !headings.has(g.heading)) own.push({ file, line: at(['grounding', gi, 'heading']), message: `${q.id}: note "${g.note}" has no heading "${g.heading}"` })
        if (g.diagram && !refs.diagrams.has(g.diagram)) own.push({ file, line: at(['grounding', gi, 'diagram']), message: `${q.id}: unknown diagram id "${g.diagram}"` })
      })
      if (own.length) {
        problems.push(...own)
        return
      }
      seen.set(q.id, file)
      questions.push({
        id: q.id, domain: q.domain, type: q.type, select: q.select, difficulty: q.difficulty,
        grounding: q.grounding, stem: q.stem, options: q.options, answer: q.answer,
        explanation: q.explanation, links: q.links, asOf: q.asOf, reviewed: q.reviewed,
        file, line: at([]),
      })
    })
  }
  return { questions, problems }
}
