import { statSync } from 'node:fs'
import { deserialize, serialize } from 'node:v8'
import type { Database } from 'better-sqlite3'

/** Parsed content files kept between starts, keyed by name and stamped with size and mtime. */
export interface ContentCache {
  get<T>(file: string, stamp: string): T | undefined
  set(file: string, stamp: string, value: unknown): void
}

/** Bumped whenever what a parse returns changes shape, so older cached parses are not used. */
const PARSE_FORMAT = 7

/** Size and modification time (and the parse format): any edit to a file changes its stamp. */
export function stampOf(path: string): string {
  try {
    const s = statSync(path)
    return `${PARSE_FORMAT}:${s.size}:${s.mtimeMs}`
  } catch {
    return 'missing'
  }
}

/** Reads every cached entry once (V8-serialized, migration 14); writes go through a single prepared upsert. */
export function createContentCache(db: Database): ContentCache {
  const rows = new Map(
    (db.prepare('SELECT file, stamp, value FROM content_cache').all() as { file: string; stamp: string; value: Buffer }[]).map((r) => [r.file, r]),
  )
  const upsert = db.prepare<[string, string, Buffer]>(
    'INSERT INTO content_cache (file, stamp, value) VALUES (?, ?, ?) ON CONFLICT(file) DO UPDATE SET stamp = excluded.stamp, value = excluded.value',
  )
  return {
    get<T>(file: string, stamp: string): T | undefined {
      const row = rows.get(file)
      if (!row || row.stamp !== stamp) return undefined
      try {
        return deserialize(row.value) as T
      } catch {
        return undefined // a damaged entry is simply parsed again
      }
    },
    set(file, stamp, value) {
      try {
        upsert.run(file, stamp, serialize(value))
      } catch {
        // A cache that cannot be written (disk full, read-only) only costs speed.
      }
    },
  }
}

/** Wraps a per-file parse with the cache. */
export function cached<T>(cache: ContentCache | undefined, file: string, path: string, parse: () => T): T {
  if (!cache) return parse()
  const stamp = stampOf(path)
  const hit = cache.get<T>(file, stamp)
  if (hit !== undefined) return hit
  const value = parse()
  cache.set(file, stamp, value)
  return value
}
