import type { Database } from 'better-sqlite3'
import type { SearchHit } from '@shared/api-types'
import type { LoadedNote } from './notes'

export const MARK_START = '\u0002'
export const MARK_END = '\u0003'

/** Markdown reduced to the words a reader sees, for indexing and snippets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/```\w*/g, ' '))
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^>\s*\[!(\w+)\][^\n]*/gm, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^[#>\s-]+|[*`|_]+/gm, ' ')
    .replace(/-{3,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

interface Section {
  slug: string
  heading: string
  body: string
}

/**
 * Splits a note at its headings so a hit can open the note scrolled to its section. The heading
 * lines come from the parse that renders the note, so a section here is the one the reader sees.
 */
export function sections(note: Pick<LoadedNote, 'title' | 'body' | 'headings' | 'headingLines'>): Section[] {
  const lines = note.body.split('\n')
  const out: Section[] = []
  const intro = lines.slice(0, note.headingLines[0] ?? lines.length).join('\n')
  if (intro.trim() || !note.headings.length) out.push({ slug: '', heading: note.title, body: intro })
  note.headings.forEach((h, i) => {
    const body = lines.slice(note.headingLines[i]! + 1, note.headingLines[i + 1] ?? lines.length).join('\n')
    out.push({ slug: h.slug, heading: h.text, body })
  })
  return out.map((s) => ({ ...s, body: plainText(s.body) }))
}

/** Rebuilds the index only when the content hash differs from the one indexed last time. */
export function ensureIndexed(db: Database, notes: LoadedNote[], hash: string): boolean {
  const indexed = db.prepare("SELECT value FROM meta WHERE key = 'content_hash'").pluck().get()
  if (indexed === hash) return false
  const insert = db.prepare('INSERT INTO note_fts (note_id, slug, title, heading, body) VALUES (?, ?, ?, ?, ?)')
  db.transaction(() => {
    db.exec('DELETE FROM note_fts')
    for (const note of notes) {
      for (const s of sections(note)) insert.run(note.id, s.slug, `${note.title} ${note.titleEn}`, s.heading, s.body)
    }
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('content_hash', ?)").run(hash)
  })()
  return true
}

type Row = { note_id: string; slug: string; title: string; heading: string; snippet: string }

/**
 * Ranked search. Three or more characters use the FTS5 trigram index with bm25 ranking
 * (title and heading hits weigh more); one or two characters, which trigrams cannot index,
 * fall back to a substring scan ranked by where the text occurs.
 */
export function createSearch(db: Database) {
  // Rank with the index first, then read the top rows by rowid and excerpt them here. Reading
  // the text in the ranking query carries every match's body into the sort, and FTS5's
  // snippet() needs a second MATCH: each cost more than the ranking itself.
  const fts = db.prepare<[string, number], Row>(`
    WITH top AS (
      SELECT rowid AS id, bm25(note_fts, 0, 0, 8, 4, 1) AS rank FROM note_fts
      WHERE note_fts MATCH ? ORDER BY rank LIMIT ?
    )
    SELECT note_id, slug, title, heading, body AS snippet
    FROM top CROSS JOIN note_fts ON note_fts.rowid = top.id ORDER BY top.rank`)
  const scan = db.prepare<[string, string, string, number], Row>(`
    SELECT note_id, slug, title, heading, body AS snippet FROM note_fts
    WHERE instr(lower(title), ?) OR instr(lower(heading), ?) OR instr(lower(body), ?)
    ORDER BY rowid LIMIT ?`)

  const ftsQuery = (terms: string[], limit: number) => {
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ')
    return fts.all(match, limit).map((r) => ({ ...r, snippet: excerpt(r.snippet, terms) }))
  }

  return (query: string, limit = 20): SearchHit[] => {
    const terms = query.toLowerCase().trim().split(/\s+/).filter(Boolean)
    if (!terms.length) return []
    const short = terms.some((t) => [...t].length < 3)
    const rows = short
      ? scan
          .all(terms[0]!, terms[0]!, terms[0]!, 500)
          .filter((r) => terms.every((t) => `${r.title} ${r.heading} ${r.snippet}`.toLowerCase().includes(t)))
          .sort((a, b) => rank(a, terms[0]!) - rank(b, terms[0]!))
          .slice(0, limit)
          .map((r) => ({ ...r, snippet: excerpt(r.snippet, terms) }))
      : ftsQuery(terms, limit)
    return rows.map((r) => ({ noteId: r.note_id, slug: r.slug, heading: r.heading, snippet: r.snippet }))
  }
}

function rank(r: Row, term: string): number {
  if (r.title.toLowerCase().includes(term)) return 0
  if (r.heading.toLowerCase().includes(term)) return 1
  return 2
}

/**
 * A window of text around the first occurrence of any term, with every occurrence of every
 * term inside it marked. Terms are lower case (the search lower-cases the query).
 */
export function excerpt(text: string, terms: string | string[], radius = 40): string {
  const words = (typeof terms === 'string' ? [terms] : terms).filter(Boolean)
  const lower = text.toLowerCase()
  const firsts = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0)
  if (!firsts.length) return text.slice(0, radius * 2)
  const at = Math.min(...firsts)
  const start = Math.max(0, at - radius)
  const end = Math.min(text.length, at + Math.max(...words.map((w) => w.length)) + radius)
  // Marks from left to right, longest term first where two start at the same place.
  let out = ''
  let i = start
  while (i < end) {
    const hit = words.filter((w) => lower.startsWith(w, i)).sort((a, b) => b.length - a.length)[0]
    if (hit) {
      out += `${MARK_START}${text.slice(i, i + hit.length)}${MARK_END}`
      i += hit.length
    } else out += text[i++]
  }
  return `${start > 0 ? '…' : ''}${out}${end < text.length ? '…' : ''}`
}
