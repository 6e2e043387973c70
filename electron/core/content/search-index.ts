import type { Database } from 'better-sqlite3'
import type { SearchHit } from '../../shared/api-types'
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

/** Splits a note at its headings so a hit can open the note scrolled to its section. */
export function sections(note: LoadedNote): Section[] {
  const out: Section[] = []
  let current: Section = { slug: '', heading: note.title, body: '' }
  let h = 0
  let inFence = false
  for (const line of note.body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    const heading = !inFence && /^#{1,6}\s+/.test(line) ? note.headings[h++] : undefined
    if (heading) {
      if (current.body.trim() || current.slug) out.push(current)
      current = { slug: heading.slug, heading: heading.text, body: '' }
    } else current.body += `${line}\n`
  }
  out.push(current)
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
  // Rank first, then build snippets for the top rows only: snippet() is the costly part.
  const fts = db.prepare<[string, number, string], Row>(`
    WITH top AS (
      SELECT rowid AS id, bm25(note_fts, 0, 0, 8, 4, 1) AS rank FROM note_fts
      WHERE note_fts MATCH ? ORDER BY rank LIMIT ?
    )
    SELECT note_id, slug, title, heading,
           snippet(note_fts, 4, '${MARK_START}', '${MARK_END}', '…', 24) AS snippet
    FROM note_fts JOIN top ON note_fts.rowid = top.id
    WHERE note_fts MATCH ? ORDER BY top.rank`)
  const scan = db.prepare<[string, string, string, number], Row>(`
    SELECT note_id, slug, title, heading, body AS snippet FROM note_fts
    WHERE instr(lower(title), ?) OR instr(lower(heading), ?) OR instr(lower(body), ?)
    ORDER BY rowid LIMIT ?`)

  const ftsQuery = (terms: string[], limit: number) => {
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ')
    return fts.all(match, limit, match)
  }

  return (query: string, limit = 20): SearchHit[] => {
    const terms = query.toLowerCase().trim().split(/\s+/).filter(Boolean)
    if (!terms.length) return []
    const short = terms.some((t) => [...t].length < 3)
    const rows = short
      ? scan.all(terms[0]!, terms[0]!, terms[0]!, 500).filter((r) => terms.every((t) => `${r.title} ${r.heading} ${r.snippet}`.toLowerCase().includes(t)))
          .sort((a, b) => rank(a, terms[0]!) - rank(b, terms[0]!)).slice(0, limit).map((r) => ({ ...r, snippet: excerpt(r.snippet, terms[0]!) }))
      : ftsQuery(terms, limit)
    return rows.map((r) => ({ noteId: r.note_id, slug: r.slug, heading: r.heading, snippet: r.snippet }))
  }
}

function rank(r: Row, term: string): number {
  if (r.title.toLowerCase().includes(term)) return 0
  if (r.heading.toLowerCase().includes(term)) return 1
  return 2
}

/** A window of text around the first occurrence, with the match marked. */
export function excerpt(text: string, term: string, radius = 40): string {
  const at = text.toLowerCase().indexOf(term)
  if (at < 0) return text.slice(0, radius * 2)
  const start = Math.max(0, at - radius)
  const end = Math.min(text.length, at + term.length + radius)
  return `${start > 0 ? '…' : ''}${text.slice(start, at)}${MARK_START}${text.slice(at, at + term.length)}${MARK_END}${text.slice(at + term.length, end)}${end < text.length ? '…' : ''}`
}
