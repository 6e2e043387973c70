import type { z } from 'zod'
import type { ContentProblem } from '@shared/content-types'
import { cached, type ContentCache } from './cache'
import { guardFile, readContentFile } from './source-file'
import { fastYaml, lineOf, parseYaml, yamlNestingProblem, yamlSyntaxProblems } from './yaml-errors'

export interface ListItem<T> {
  value: T
  /** Position in the file's list, to find a field's line later. */
  index: number
}

/**
 * Reads one YAML file that holds a list of entries and checks each against `schema`. A missing
 * file is an empty list; every other problem (syntax, a bad entry, anything that throws) is
 * reported with its line, and the good entries still load. With a cache, an unchanged file is
 * not parsed again (a warm start).
 */
export function readYamlList<S extends z.ZodType>(
  path: string,
  file: string,
  schema: S,
  what: string,
  cache?: ContentCache,
): { items: ListItem<z.infer<S>>[]; problems: ContentProblem[] } {
  return cached(cache, file, path, () =>
    guardFile(
      file,
      () => ({ items: [] as ListItem<z.infer<S>>[], problems: [] as ContentProblem[] }),
      () => {
        const items: ListItem<z.infer<S>>[] = []
        const problems: ContentProblem[] = []
        const read = readContentFile(path, file)
        if ('problem' in read) return { items, problems: /ENOENT/.test(read.problem.message) ? [] : [read.problem] }
        const tooDeep = yamlNestingProblem(read.text, file, 1)
        if (tooDeep) return { items, problems: [tooDeep] }
        let positions: ReturnType<typeof parseYaml> | null = null
        const at = (p: (string | number)[]) => lineOf((positions ??= parseYaml(read.text)), p, 1)
        let list = fastYaml(read.text)
        if (list === undefined) {
          positions = parseYaml(read.text)
          const syntax = yamlSyntaxProblems(positions, file, 1)
          if (syntax.length) return { items, problems: syntax }
          list = positions.doc.toJS()
        }
        if (!Array.isArray(list)) return { items, problems: [{ file, line: 1, message: `${what} is a YAML list ("- …")` }] }
        list.forEach((raw, index) => {
          const result = schema.safeParse(raw)
          if (result.success) return items.push({ value: result.data, index })
          for (const issue of result.error.issues) {
            const p = issue.path as (string | number)[]
            problems.push({ file, line: at([index, ...p]), message: `${p.join('.') || `entry ${index + 1}`}: ${issue.message}` })
          }
        })
        return { items, problems }
      },
    ),
  )
}

/** The line of a field of the index-th entry, worked out only when a reference check fails. */
export function lineInList(path: string, file: string, fieldPath: (string | number)[]): number {
  try {
    const read = readContentFile(path, file)
    return 'problem' in read ? 1 : lineOf(parseYaml(read.text), fieldPath, 1)
  } catch {
    return 1
  }
}
