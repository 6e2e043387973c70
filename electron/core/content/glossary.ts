import { join } from 'node:path'
import { z } from 'zod'
import type { ContentProblem, GlossaryEntry } from '../../shared/content-types'
import { cached, type ContentCache } from './cache'
import { NOTE_ID, officialAwsUrl } from './note-schema'
import { guardFile, readContentFile } from './source-file'
import { fastYaml, lineOf, parseYaml, yamlNestingProblem, yamlSyntaxProblems } from './yaml-errors'

const EntrySchema = z
  .object({
    id: z.string().regex(NOTE_ID, 'an id is a lowercase slug like "visibility-timeout"'),
    term: z.string().trim().min(1),
    en: z.string().trim().min(1),
    readings: z.array(z.string().trim().regex(/^[\u3040-\u30ff\u30fc・ ]+$/, 'a reading is written in kana')).min(1).max(6),
    aliases: z.array(z.string().trim().min(1)).default([]),
    definition: z.string().trim().min(5),
    definition_en: z.string().trim().min(5),
    note: z.string().regex(NOTE_ID),
    source: officialAwsUrl,
  })
  .strict()

export const GLOSSARY_FILE = 'glossary.yaml'

type Parsed = { entries: (GlossaryEntry & { index: number })[]; problems: ContentProblem[] }

/** Syntax and schema checks of the file (cacheable: they depend on nothing else). */
function parseFile(path: string, file: string): Parsed {
  const entries: Parsed['entries'] = []
  const problems: ContentProblem[] = []
  const read = readContentFile(path, file)
  if ('problem' in read) {
    // No glossary is allowed (a content folder without one); any other read problem is reported.
    return { entries, problems: /ENOENT/.test(read.problem.message) ? [] : [read.problem] }
  }
  const tooDeep = yamlNestingProblem(read.text, file, 1)
  if (tooDeep) return { entries, problems: [tooDeep] }
  let list = fastYaml(read.text)
  let positions: ReturnType<typeof parseYaml> | null = null
  const at = (path: (string | number)[]) => lineOf((positions ??= parseYaml(read.text)), path, 1)
  if (list === undefined) {
    positions = parseYaml(read.text)
    const syntax = yamlSyntaxProblems(positions, file, 1)
    if (syntax.length) return { entries, problems: syntax }
    list = positions.doc.toJS()
  }
  if (!Array.isArray(list)) return { entries, problems: [{ file, line: 1, message: 'the glossary is a YAML list ("- id: …")' }] }
  const seen = new Set<string>()
  list.forEach((raw, index) => {
    const result = EntrySchema.safeParse(raw)
    if (!result.success) {
      for (const issue of result.error.issues) {
        const p = issue.path as (string | number)[]
        problems.push({ file, line: at([index, ...p]), message: `${p.join('.') || `entry ${index + 1}`}: ${issue.message}` })
      }
      return
    }
    const e = result.data
    if (seen.has(e.id)) return problems.push({ file, line: at([index, 'id']), message: `duplicate glossary id "${e.id}"` })
    seen.add(e.id)
    entries.push({ id: e.id, term: e.term, en: e.en, readings: e.readings, aliases: e.aliases, definition: e.definition, definitionEn: e.definition_en, note: e.note, source: e.source, index })
  })
  return { entries, problems }
}

/**
 * content/glossary.yaml: service and feature names with their English form and kana readings.
 * Optional; a bad entry is reported with its line and the others still load. The parse is
 * cached like the question files'; only the note references are checked on every start.
 */
export function loadGlossary(contentDir: string, noteIds: Set<string>, cache?: ContentCache): { glossary: GlossaryEntry[]; problems: ContentProblem[] } {
  const file = GLOSSARY_FILE
  const path = join(contentDir, file)
  const parsed = cached(cache, file, path, () => guardFile<Parsed>(file, () => ({ entries: [], problems: [] }), () => parseFile(path, file)))
  const problems = [...parsed.problems]
  const glossary: GlossaryEntry[] = []
  // The exact line is only worked out when a reference is wrong (the slow parser, once).
  let positions: ReturnType<typeof parseYaml> | null = null
  const lineOfNote = (index: number): number => {
    try {
      const read = readContentFile(path, file)
      if ('problem' in read) return 1
      return lineOf((positions ??= parseYaml(read.text)), [index, 'note'], 1)
    } catch {
      return 1
    }
  }
  for (const { index, ...entry } of parsed.entries) {
    if (noteIds.has(entry.note)) glossary.push(entry)
    else problems.push({ file, line: lineOfNote(index), message: `${entry.id}: unknown note id "${entry.note}"` })
  }
  return { glossary, problems }
}
