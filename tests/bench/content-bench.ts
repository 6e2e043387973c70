import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createContentCache } from '../../electron/core/content/cache'
import { loadContent } from '../../electron/core/content/load'
import type { LoadedNote } from '../../electron/core/content/notes'
import { createSearch, ensureIndexed } from '../../electron/core/content/search-index'
import { migrate } from '../../electron/core/db/migrations'
import { figure, once, pct, SEARCH_QUERIES, timings, type Figure } from './measure'

/** Cold index, warm start, and search p95 over the content plus 10,000 synthetic notes vs LIKE. */
export function contentFigures(contentDir: string): Figure[] {
  const fresh = () => {
    const db = new Database(':memory:')
    migrate(db)
    return db
  }
  // Cold: a new database, nothing cached — parse, validate and index every file.
  let content = loadContent(contentDir)
  const loadMs = Math.min(...[0, 1, 2].map(() => once(() => (content = loadContent(contentDir)))))
  const db = fresh()
  const coldTotal = once(() => {
    content = loadContent(contentDir, createContentCache(db))
    ensureIndexed(db, content.notes, content.hash)
  })
  // Warm: the same database at the next start — files unchanged, so the parsed cache and the
  // index are reused; every file is still checked (stat) and every reference re-validated.
  const warm = Math.min(
    ...timings(5, () => {
      const again = loadContent(contentDir, createContentCache(db))
      ensureIndexed(db, again.notes, again.hash)
    }),
  )

  // 10,000 synthetic personal notes: Japanese-looking text from a 4,000-word vocabulary with a
  // Zipf-like spread (a few words common, most rare), and one real sentence in every 50 notes, so
  // a query term is as rare or common as in a real collection rather than in every note.
  const sentences = content.notes.flatMap((n) => n.body.split(/[。\n]/).filter((s) => s.trim().length > 8))
  let seed = 12345
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテト'
  const kanji = '設定運用管理構成認証暗号化権限監視障害対応性能改善開発環境本番検証手順資料会議予定記録確認作業担当範囲要件'
  const vocab = Array.from({ length: 4000 }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, k) => (k % 2 ? kana : kanji)[Math.floor(rand() * (k % 2 ? kana : kanji).length)]).join(''),
  )
  const word = () => vocab[Math.floor(vocab.length * rand() ** 3)]!
  const synthetic: LoadedNote[] = Array.from({ length: 10_000 }, (_, i) => ({
    ...content.notes[0]!,
    id: `synthetic-${i}`,
    title: `メモ ${i} ${word()}`,
    headings: [],
    headingLines: [],
    body:
      Array.from({ length: 12 }, () => Array.from({ length: 10 }, word).join('')).join('。\n') + (i % 50 === 0 ? `。\n${sentences[i % sentences.length]}` : ''),
  }))
  const big = fresh()
  ensureIndexed(big, [...content.notes, ...synthetic], 'bench')
  const search = createSearch(big)
  // The baseline: the same rows in a plain table, searched with LIKE and ranked (title hits first).
  big.exec('CREATE TABLE plain AS SELECT note_id, slug, title, heading, body FROM note_fts')
  const like = big.prepare(`SELECT note_id, slug FROM plain WHERE body LIKE @q OR heading LIKE @q OR title LIKE @q
    ORDER BY (title LIKE @q) DESC, (heading LIKE @q) DESC, length(body) LIMIT 20`)
  const queries = SEARCH_QUERIES
  search(queries[0]!) // warm the statement cache
  const ftsTimes = timings(200, (i) => search(queries[i % queries.length]!))
  const likeTimes = timings(40, (i) => {
    const q = `%${queries[i % queries.length]}%`
    like.all({ q })
  })
  const p95 = pct(ftsTimes, 95)
  const likeP95 = pct(likeTimes, 95)

  // The same content ten times over (ids renamed, references kept): indexing must grow linearly.
  const tenfold = scaledCopy(contentDir, 10)
  let coldTenfold = NaN
  try {
    const db10 = fresh()
    coldTenfold = once(() => {
      const c = loadContent(tenfold, createContentCache(db10))
      if (c.problems.length || c.questions.length !== 10 * content.questions.length)
        throw new Error(`the 10× copy did not load cleanly: ${c.problems[0]?.message ?? c.questions.length}`)
      ensureIndexed(db10, c.notes, c.hash)
    })
  } finally {
    rmSync(tenfold, { recursive: true, force: true })
  }
  return [
    // #13: absolute times drift ~40 % between runs here, so targets are ratios to a baseline of
    // the same run; the absolute time is information. Indexing and caching may cost at most as
    // much again as loading and validating.
    figure(
      'content_cold_index_ms',
      coldTotal,
      'ms',
      loadMs,
      '≤ 2× load and validate alone: load, validate, cache and index everything (baseline: load and validate alone)',
      coldTotal <= 2 * loadMs,
    ),
    figure(
      'content_cold_index_10x_ms',
      coldTenfold,
      'ms',
      coldTotal,
      "≤ 12× the cold index of today's content: the same content ten times over (linear)",
      coldTenfold <= 12 * coldTotal,
    ),
    // A ratio to the cold index of the same content in the same run (absolute times drift ~40 %
    // between runs here, and the content grew 3.5× with the 513-question bank).
    figure('content_warm_start_ms', warm, 'ms', coldTotal, '≤ 0.2× the cold index of the same content: start with unchanged content', warm <= 0.2 * coldTotal),
    figure('search_p95_ms', p95, 'ms', likeP95, '≤ 5 ms and ≥ 20× faster than LIKE (baseline: LIKE scan p95)', p95 <= 5 && likeP95 / p95 >= 20),
  ]
}

/** A temporary content folder holding `times` renamed copies of every note, diagram and question. */
function scaledCopy(contentDir: string, times: number): string {
  const out = join(tmpdir(), `study-desk-bench-${process.pid}`)
  rmSync(out, { recursive: true, force: true })
  for (const dir of ['notes', 'diagrams', 'questions']) mkdirSync(join(out, dir), { recursive: true })
  const noteIds = readdirSync(join(contentDir, 'notes'))
    .map((f) => /^id: (\S+)$/m.exec(readFileSync(join(contentDir, 'notes', f), 'utf8'))?.[1])
    .filter(Boolean) as string[]
  const diagramIds = readdirSync(join(contentDir, 'diagrams')).map((f) => f.replace(/\.mmd$/, ''))
  for (let k = 0; k < times; k++) {
    const note = (id: string) => `${id}-c${k}`
    const renameNotes = (text: string, prefix: RegExp) =>
      text.replace(prefix, (_m, lead: string, id: string) => `${lead}${noteIds.includes(id) ? note(id) : id}`)
    for (const f of readdirSync(join(contentDir, 'notes'))) {
      writeFileSync(join(out, 'notes', `c${k}-${f}`), renameNotes(readFileSync(join(contentDir, 'notes', f), 'utf8'), /^(id: )(\S+)$/m))
    }
    for (const f of readdirSync(join(contentDir, 'diagrams'))) {
      const text = readFileSync(join(contentDir, 'diagrams', f), 'utf8').replace(/^(%% id: )(\S+)$/m, (_m, lead: string, id: string) => `${lead}${id}-c${k}`)
      writeFileSync(join(out, 'diagrams', f.replace(/\.mmd$/, `-c${k}.mmd`)), renameNotes(text, /^(%% note: )(\S+)$/m))
    }
    for (const f of readdirSync(join(contentDir, 'questions'))) {
      const text = readFileSync(join(contentDir, 'questions', f), 'utf8')
        .replace(/^(- id: d\d-[a-z0-9-]+)-(\d{3})$/gm, `$1-c${k}-$2`)
        .replace(/^(\s+- note: )(\S+)$/gm, (_m, lead: string, id: string) => `${lead}${note(id)}`)
        .replace(/^(\s+diagram: )(\S+)$/gm, (_m, lead: string, id: string) => `${lead}${diagramIds.includes(id) ? `${id}-c${k}` : id}`)
        // A diagram question's `diagram: { id, hide }` block names the diagram on its own line.
        .replace(/^(\s+id: )(\S+)$/gm, (_m, lead: string, id: string) => `${lead}${diagramIds.includes(id) ? `${id}-c${k}` : id}`)
      writeFileSync(join(out, 'questions', `c${k}-${f}`), text)
    }
  }
  return out
}
