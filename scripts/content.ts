// `npm run content -- check [--json]`: validates every note, diagram and question.
// Exit status 1 when there is any error. With --json, exactly one JSON object on stdout.
import { join, resolve } from 'node:path'
import type { ContentProblem } from '@shared/content-types'
import { loadContent } from '../electron/core/content/load'
import { loadQuestions } from '../electron/core/content/questions'
import { coverageOf } from '../electron/core/content/coverage'
import { nearDuplicateProblems } from '../electron/core/content/near-duplicates'
import { TASKS, TASK_IDS } from '@shared/vocab'
import { mermaidErrorLine, mermaidParser } from './mermaid-node'

async function check(contentDir: string, json: boolean): Promise<number> {
  const content = loadContent(contentDir)
  // Authoring checks too slow for every app start: near-duplicate stems across all files.
  const shippedDuplicates = nearDuplicateProblems(content.questions)
  const errors: ContentProblem[] = [...content.problems, ...shippedDuplicates]
  const parse = await mermaidParser()
  const sources = [
    ...content.diagrams.map((d) => ({ file: d.file, offset: d.headerLines, source: d.source })),
    ...content.notes.flatMap((n) => n.mermaidBlocks.map((b) => ({ file: n.file, offset: b.line, source: b.source }))),
  ]
  for (const s of sources) {
    try {
      await parse(s.source)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      errors.push({ file: s.file, line: s.offset + (mermaidErrorLine(message) ?? 1), message: `Mermaid: ${message.split('\n')[0]}` })
    }
  }
  const byDomain = { '1': 0, '2': 0, '3': 0, '4': 0 }
  const byType = { single: 0, multiple: 0 }
  for (const q of content.questions) {
    byDomain[String(q.domain) as keyof typeof byDomain]++
    byType[q.type]++
  }
  // Drafts (content/drafts/questions): validated against the same notes, counted apart, not shipped.
  const draftRefs = {
    notes: new Map(content.notes.map((n) => [n.id, new Set(n.headings.map((h) => h.text))])),
    diagrams: new Map(content.diagrams.map((d) => [d.id, d])),
  }
  const drafts = loadQuestions(join(contentDir, 'drafts'), draftRefs)
  errors.push(...drafts.problems.map((p) => ({ ...p, file: `drafts/${p.file}` })))
  errors.push(
    ...nearDuplicateProblems([...content.questions, ...drafts.questions])
      .filter((p) => !shippedDuplicates.some((q) => q.message === p.message))
      .map((p) => ({ ...p, file: `drafts/${p.file}` })),
  )
  const shippedIds = new Set(content.questions.map((q) => q.id))
  for (const q of drafts.questions)
    if (shippedIds.has(q.id)) errors.push({ file: `drafts/${q.file}`, line: 1, message: `draft ${q.id} has the id of a shipped question` })
  const coverage = coverageOf(content.notes, content.questions)
  // Confusions are counted between a distractor's concept and the key's: how many distractors have one.
  const distractors = content.questions.flatMap((q) => q.options.filter((o) => !q.answer.includes(o.key)))
  const tagged = distractors.filter((o) => o.concept && content.concepts.some((c) => c.id === o.concept)).length
  const byTask = Object.fromEntries(TASK_IDS.map((t) => [t, coverage[t].questions]))
  const factSections = content.notes.flatMap((n) => n.headings.filter((h) => h.statesFacts).map((h) => h.asOf ?? n.asOf))
  const report = {
    notes: content.notes.length,
    diagrams: sources.length,
    staleFlags: content.notes.reduce((n, note) => n + note.updateCount, 0),
    questions: { total: content.questions.length, byDomain, byType, byTask },
    english: content.questions.filter((q) => q.en).length,
    diagramQuestions: content.questions.filter((q) => q.figure).length,
    stale: content.questions.filter((q) => q.stale).length,
    datedSections: { stating: factSections.length, dated: factSections.filter(Boolean).length },
    concepts: content.concepts.length,
    distractorsTagged: Math.round(1000 * (tagged / Math.max(1, distractors.length))) / 1000,
    comparisons: content.comparisons.length,
    drafts: {
      total: drafts.questions.length,
      byTask: Object.fromEntries(TASK_IDS.map((t) => [t, drafts.questions.filter((q) => q.tasks.includes(t)).length])),
    },
    coverage,
    errors,
  }
  if (json) process.stdout.write(`${JSON.stringify(report)}\n`)
  else {
    const q = report.questions
    const pct = (n: number) => (q.total ? `${Math.round((100 * n) / q.total)}%` : '-')
    console.log(`Content in ${contentDir}`)
    console.log(`  notes       ${report.notes}`)
    console.log(`  diagrams    ${report.diagrams}`)
    console.log(`  stale flags ${report.staleFlags}`)
    console.log(
      `  questions   ${q.total}  (D1 ${byDomain['1']} ${pct(byDomain['1'])}, D2 ${byDomain['2']} ${pct(byDomain['2'])}, D3 ${byDomain['3']} ${pct(byDomain['3'])}, D4 ${byDomain['4']} ${pct(byDomain['4'])}; single ${byType.single}, multiple ${byType.multiple} ${pct(byType.multiple)})`,
    )
    console.log(`  english     ${report.english} of ${q.total} questions have their English original`)
    console.log(`  diagram q.  ${report.diagramQuestions} questions show a diagram with one node hidden`)
    console.log(
      `  concepts    ${report.concepts} in the list; ${Math.round(report.distractorsTagged * 100)}% of distractors tagged; ${report.comparisons} comparison tables`,
    )
    console.log(
      `  dated       ${report.datedSections.dated} of ${report.datedSections.stating} note sections that state a limit, a default or a status carry the date they were checked`,
    )
    console.log(`  stale       ${report.stale} questions kept out of mock exams (facts may be out of date${showStale ? '' : '; list them with --stale'})`)
    if (showStale) {
      for (const q of content.questions) {
        for (const r of q.stale ?? []) {
          const why =
            r.kind === 'retired'
              ? `note "${r.note}" is a retired service (since ${r.since})`
              : `note "${r.note}"${r.heading ? ` › ${r.heading}` : ''} has an update of ${r.month}, after asOf ${q.asOf}`
          console.log(`    ${q.id} (${q.file}:${q.line}): ${why}`)
        }
      }
    }
    console.log(`  drafts      ${report.drafts.total} questions awaiting a second reader (content/drafts, not shipped)`)
    console.log('  coverage by exam-guide task statement (notes / questions):')
    for (const t of TASK_IDS) console.log(`    ${t}  ${String(coverage[t].notes).padStart(3)} / ${String(coverage[t].questions).padStart(3)}  ${TASKS[t].en}`)
    if (errors.length === 0) console.log('  no errors')
    else {
      console.log(`  ${errors.length} error(s):`)
      for (const e of errors) console.log(`    ${e.file}:${e.line}: ${e.message}`)
    }
  }
  return errors.length ? 1 : 0
}

const [command, ...rest] = process.argv.slice(2)
const json = rest.includes('--json')
const showStale = rest.includes('--stale')
const dirFlag = rest.indexOf('--dir')
const dir = resolve(dirFlag >= 0 ? (rest[dirFlag + 1] ?? 'content') : 'content')
if (command !== 'check') {
  console.error('usage: npm run content -- check [--json] [--stale] [--dir content]')
  process.exit(2)
}
check(dir, json).then((code) => process.exit(code))
