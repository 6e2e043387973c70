import { join } from 'node:path'
import { z } from 'zod'
import type { ContentProblem, GlossaryEntry } from '@shared/content-types'
import { cached, type ContentCache } from './cache'
import { NOTE_ID, officialAwsUrl } from './note-schema'
import { guardFile } from './source-file'
import { lineInList, readYamlList } from './yaml-list'

const EntrySchema = z
  .object({
    id: z.string().regex(NOTE_ID, 'an id is a lowercase slug like "visibility-timeout"'),
    term: z.string().trim().min(1),
    en: z.string().trim().min(1),
    readings: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[\u3040-\u30ff\u30fc・ ]+$/, 'a reading is written in kana'),
      )
      .min(1)
      .max(6),
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
  const { items, problems } = readYamlList(path, file, EntrySchema, 'the glossary')
  const entries: Parsed['entries'] = []
  const seen = new Set<string>()
  for (const { value: e, index } of items) {
    if (seen.has(e.id)) {
      problems.push({ file, line: lineInList(path, file, [index, 'id']), message: `duplicate glossary id "${e.id}"` })
      continue
    }
    seen.add(e.id)
    entries.push({
      id: e.id,
      term: e.term,
      en: e.en,
      readings: e.readings,
      aliases: e.aliases,
      definition: e.definition,
      definitionEn: e.definition_en,
      note: e.note,
      source: e.source,
      index,
    })
  }
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
  const parsed = cached(cache, file, path, () =>
    guardFile<Parsed>(
      file,
      () => ({ entries: [], problems: [] }),
      () => parseFile(path, file),
    ),
  )
  const problems = [...parsed.problems]
  const glossary: GlossaryEntry[] = []
  for (const { index, ...entry } of parsed.entries) {
    if (noteIds.has(entry.note)) glossary.push(entry)
    else problems.push({ file, line: lineInList(path, file, [index, 'note']), message: `${entry.id}: unknown note id "${entry.note}"` })
  }
  return { glossary, problems }
}
