import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { z } from 'zod'

export const BACKUP_PREFIX = 'study-'
const MANIFEST = 'manifest.json'

const Manifest = z.object({
  /** sha256 of the database file when the newest backup was taken. */
  lastSourceHash: z.string().optional(),
})
type Manifest = z.infer<typeof Manifest>

export interface BackupInfo {
  file: string
  path: string
  takenAt: Date
}

/** Backups are named by UTC time so that lexical order is age order. */
export function backupName(at: Date): string {
  return `${BACKUP_PREFIX}${at.toISOString().replace(/[:.]/g, '-')}.db`
}

export function parseBackupTime(file: string): Date | null {
  const m = /^study-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/.exec(file)
  if (!m) return null
  return new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`)
}

/** Newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .map((file) => ({ file, takenAt: parseBackupTime(file) }))
    .filter((b): b is { file: string; takenAt: Date } => b.takenAt !== null)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
    .map((b) => ({ ...b, path: join(dir, b.file) }))
}

function readManifest(dir: string): Manifest {
  try {
    // A missing, unreadable or hand-edited manifest only means the next backup is taken anyway.
    return Manifest.safeParse(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'))).data ?? {}
  } catch {
    return {}
  }
}

/** Content hash of the database after folding the WAL in, so unchanged data hashes the same. */
export function databaseHash(db: Database): string {
  db.pragma('wal_checkpoint(TRUNCATE)')
  return createHash('sha256').update(readFileSync(db.name)).digest('hex')
}

export interface BackupOptions {
  dir: string
  keep: number
  now: () => Date
}

/**
 * Takes a backup with SQLite's online backup API when the data changed since the last one,
 * then deletes the oldest beyond `keep`. Returns the new backup, or null when nothing changed.
 */
export async function backupIfChanged(db: Database, opts: BackupOptions): Promise<BackupInfo | null> {
  mkdirSync(opts.dir, { recursive: true })
  const hash = databaseHash(db)
  const manifest = readManifest(opts.dir)
  if (manifest.lastSourceHash === hash && listBackups(opts.dir).length > 0) return null
  const takenAt = opts.now()
  const file = backupName(takenAt)
  const path = join(opts.dir, file)
  const partial = `${path}.partial`
  await db.backup(partial)
  // Rename only after the copy is complete, so a crash never leaves a truncated "backup".
  renameSync(partial, path)
  writeFileSync(join(opts.dir, MANIFEST), JSON.stringify({ lastSourceHash: hash } satisfies Manifest))
  rotate(opts.dir, opts.keep)
  return { file, path, takenAt }
}

export function rotate(dir: string, keep: number): void {
  for (const old of listBackups(dir).slice(keep)) rmSync(old.path, { force: true })
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.partial') && Date.now() - statSync(join(dir, f)).mtimeMs > 60_000) {
      rmSync(join(dir, f), { force: true })
    }
  }
}
