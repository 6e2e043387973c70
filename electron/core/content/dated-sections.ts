import type { ContentProblem } from '@shared/content-types'
import type { Outline } from '@shared/markdown/render'
import { lineOf, type ParsedYaml } from './yaml-errors'

/**
 * Text that states a limit, a default or a service status: a number with a unit, or the words
 * the notes use for them. A heuristic, tuned on the notes (false positives only cost a date).
 */
export const FACT_PATTERN =
  /\d[\d,.]*\s*(?:ミリ秒|秒|分|時間|日|週間|か月|ヶ月|カ月|年|KB|MB|GB|TB|KiB|MiB|GiB|TiB|バイト|件|個|回|文字|リクエスト|%|％|TPS|RCU|WCU)|デフォルト|既定|上限|最大|最小|最長|クォータ|廃止|非推奨|サポート終了|提供終了|プレビュー|一般提供/i

export interface DatedSection {
  level: number
  text: string
  slug: string
  line: number
  /** The section states a limit, a default or a status (in its own text, or it carries an update). */
  statesFacts: boolean
  /** Its own date, or the nearest enclosing section's (the note's own `asOf` is not copied here). */
  asOf?: string
}

/**
 * Each heading's section: whether its own text (up to the next heading of any level) states a
 * fact that can go out of date, and the date it was checked. Lines come from the same parse
 * that renders the note, so a section here is the section the reader sees.
 */
export function datedSections(body: string, outline: Outline, own: Record<string, string>): DatedSection[] {
  const lines = body.split('\n')
  const { headings } = outline
  const updated = new Set(outline.updates.map((u) => u.under.at(-1)))
  const open: { level: number; asOf?: string }[] = []
  return headings.map((h, i) => {
    const end = headings[i + 1]?.line ?? lines.length
    const text = lines.slice(h.line + 1, end).join('\n')
    while (open.length && open.at(-1)!.level >= h.level) open.pop()
    const asOf = own[h.text] ?? open.at(-1)?.asOf
    open.push({ level: h.level, asOf })
    return { level: h.level, text: h.text, slug: h.slug, line: h.line, statesFacts: FACT_PATTERN.test(text) || updated.has(h.text), ...(asOf ? { asOf } : {}) }
  })
}

/**
 * What is wrong with a note's dates: a `sectionsAsOf` key that names no heading, a section that
 * states facts with no date (neither its own, a parent's, nor the note's), and a section dated
 * before an update it carries (the date would claim a check that missed the change).
 */
export function sectionDateProblems(
  sections: DatedSection[],
  outline: Outline,
  dates: { asOf?: string; sectionsAsOf?: Record<string, string> },
  positions: () => ParsedYaml,
  file: string,
  at: { dataLine: number; bodyLine: number },
): ContentProblem[] {
  const problems: ContentProblem[] = []
  const byText = new Map(sections.map((s) => [s.text, s]))
  for (const key of Object.keys(dates.sectionsAsOf ?? {})) {
    if (byText.has(key)) continue
    problems.push({
      file,
      line: lineOf(positions(), ['sectionsAsOf', key], at.dataLine),
      message: `sectionsAsOf: no heading "${key}" in this note (a key is a heading's text as written, a link heading's link text)`,
    })
  }
  for (const s of sections) {
    if (!s.statesFacts || s.asOf || dates.asOf) continue
    problems.push({
      file,
      line: at.bodyLine + s.line,
      message: `the section "${s.text}" states a limit, a default or a service status but carries no date: check it against AWS documentation, then add "${s.text}": <date> under sectionsAsOf in the frontmatter`,
    })
  }
  for (const u of outline.updates) {
    const section = byText.get(u.under.at(-1) ?? '')
    const checked = section?.asOf ?? dates.asOf
    if (!u.month || !section || !checked || u.month <= checked.slice(0, 7)) continue
    problems.push({
      file,
      line: at.bodyLine + section.line,
      message: `the section "${section.text}" carries an update of ${u.month}, after the date its facts were checked (${checked}): check it again and move the date`,
    })
  }
  return problems
}
