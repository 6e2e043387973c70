import { join } from 'node:path'
import type { ContentProblem, Domain, Note } from '@shared/content-types'
import { renderMarkdown } from '@shared/markdown/render'
import { cached, type ContentCache } from './cache'
import { datedSections, sectionDateProblems } from './dated-sections'
import { markdownProblems } from './markdown-lint'
import { NoteFrontmatter } from './note-schema'
import { contentFiles, guardFile, readContentFile, splitFrontmatter } from './source-file'
import { fastYaml, lineOf, parseYaml, yamlNestingProblem, yamlSyntaxProblems } from './yaml-errors'

export interface LoadedNote extends Note {
  mermaidBlocks: { source: string; line: number }[]
  /** Each heading's line in the body (0-based, same order as headings), from the parse that renders it. */
  headingLines: number[]
}

/** Loads every content/notes/*.md; a bad file is reported and skipped, the rest still load. */
export function loadNotes(contentDir: string, cache?: ContentCache): { notes: LoadedNote[]; problems: ContentProblem[] } {
  const dir = join(contentDir, 'notes')
  const problems: ContentProblem[] = []
  const notes: LoadedNote[] = []
  const seen = new Map<string, string>()
  const files = contentFiles(dir, /\.md$/)
  if (!files) return { notes, problems: [{ file: 'notes/', line: 1, message: 'the notes folder is missing' }] }
  for (const name of files) {
    const shownAs = `notes/${name}`
    const parsed = cached(cache, shownAs, join(dir, name), () =>
      guardFile(
        shownAs,
        () => ({ note: null, problems: [] }),
        () => {
          const own: ContentProblem[] = []
          return { note: loadNote(join(dir, name), shownAs, own), problems: own }
        },
      ),
    )
    problems.push(...parsed.problems)
    const note = parsed.note
    if (!note) continue
    const first = seen.get(note.id)
    if (first) {
      problems.push({ file: shownAs, line: 2, message: `duplicate note id "${note.id}" (already used by ${first}); this file was skipped` })
      continue
    }
    seen.set(note.id, shownAs)
    notes.push(note)
  }
  notes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
  return { notes, problems }
}

function loadNote(path: string, file: string, problems: ContentProblem[]): LoadedNote | null {
  const read = readContentFile(path, file)
  if ('problem' in read) {
    problems.push(read.problem)
    return null
  }
  const fm = splitFrontmatter(read.text)
  if (!fm) {
    problems.push({ file, line: 1, message: 'missing frontmatter: a note starts with a "---" YAML block (id, title, title_en, domains, tags, order, source)' })
    return null
  }
  const tooDeep = yamlNestingProblem(fm.data, file, fm.dataLine)
  if (tooDeep) {
    problems.push(tooDeep)
    return null
  }
  // Fast parser first; the position-keeping one only when something is wrong (to name the line).
  // A duplicate key is an error the fast parser also raises, so it takes the slow path too.
  const quick = NoteFrontmatter.safeParse(fastYaml(fm.data) ?? null)
  const result = quick.success ? quick : null
  const parsed = result ? null : parseYaml(fm.data)
  const syntax = parsed ? yamlSyntaxProblems(parsed, file, fm.dataLine) : []
  if (syntax.length) {
    problems.push(...syntax)
    return null
  }
  const checked = result ?? NoteFrontmatter.safeParse(parsed!.doc.toJS() ?? {})
  if (!checked.success) {
    const positions = parsed!
    for (const issue of checked.error.issues) {
      const path = issue.path as (string | number)[]
      problems.push({ file, line: lineOf(positions, path, fm.dataLine), message: `${path.join('.') || 'frontmatter'}: ${issue.message}` })
    }
    return null
  }
  problems.push(...markdownProblems(fm.body, file, fm.bodyLine))
  if (!fm.body.trim()) {
    problems.push({ file, line: fm.bodyLine, message: 'the note has no text below its frontmatter' })
    return null
  }
  const d = checked.data
  // Rendered once here (and cached with the parse), so the reader's page only sanitizes it.
  // Headings, inline diagrams and update callouts come from this same parse: one parser per format.
  const rendered = renderMarkdown(fm.body)
  const { outline } = rendered
  const sections = datedSections(fm.body, outline, d.sectionsAsOf ?? {})
  problems.push(...sectionDateProblems(sections, outline, d, () => parsed ?? parseYaml(fm.data), file, fm))
  return {
    html: rendered.html,
    mermaid: rendered.mermaid,
    id: d.id,
    title: d.title,
    titleEn: d.title_en,
    domains: [...new Set(d.domains)].sort() as Domain[],
    tags: d.tags,
    tasks: [...d.tasks].sort(),
    source: d.source,
    asOf: d.asOf,
    order: d.order,
    headings: sections.map(({ level, text, slug, statesFacts, asOf }) => ({
      level,
      text,
      slug,
      ...(statesFacts ? { statesFacts, ...(asOf ? { asOf } : {}) } : {}),
    })),
    updateCount: outline.updates.length,
    updates: outline.updates.filter((u) => u.month).map(({ month, under }) => ({ month, under })),
    ...(d.retired ? { retired: d.retired } : {}),
    body: fm.body,
    file,
    mermaidBlocks: outline.mermaid.map((m) => ({ source: m.source, line: fm.bodyLine + m.line })),
    headingLines: sections.map((s) => s.line),
  }
}
