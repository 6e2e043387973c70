import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Notice } from '@shared/notices'
import { LATEST_SCHEMA_VERSION, migrate, NewerDatabaseError, schemaVersion } from './migrations'
import type { OpenedDatabase, OpenOptions } from './open'

/**
 * The data folder cannot be written (read-only, full disk, no permission). Rather than refuse
 * to start, the app opens an in-memory copy of the user's database so notes, progress and
 * history can still be read; core makes it query-only after start-up, so every save fails
 * with a clear `storage` error instead of seeming to succeed. Nothing in the folder is touched.
 */
export function openReadOnlyCopy(opts: OpenOptions, path: string, code: string, reason: string): OpenedDatabase {
  const backupsDir = join(opts.dataDir, 'backups')
  let db = existsSync(path) ? inMemoryCopy(path, opts) : null
  const found = db !== null && schemaVersion(db) > 0 // an empty file holds no study data
  let unreadable = false
  if (db && db.pragma('quick_check', { simple: true }) !== 'ok') {
    db.close()
    db = null
    unreadable = true
  }
  if (db && schemaVersion(db) > LATEST_SCHEMA_VERSION) {
    const newer = schemaVersion(db)
    db.close()
    throw new NewerDatabaseError(newer, LATEST_SCHEMA_VERSION)
  }
  db ??= new Database(':memory:', { nativeBinding: opts.nativeBinding })
  db.pragma('foreign_keys = ON')
  migrate(db) // in memory only: an older file stays as it is on disk
  const notice: Notice = {
    id: `data-read-only-${code}`,
    kind: 'data-read-only',
    severity: 'error',
    facts: { dataDir: opts.dataDir, code, found: found && !unreadable ? 'yes' : 'no' },
    message:
      `The data folder ${opts.dataDir} cannot be written (${code}: ${reason}). ` +
      (found && !unreadable ? 'Your study data is shown read-only' : 'The app started with empty, read-only data') +
      ': nothing you do will be saved until the folder can be written again (free some space or check its permissions, then restart).',
  }
  return { db, notices: [notice], backupsDir, readOnly: true }
}

/**
 * Loads the database into memory. A copy in the scratch folder lets SQLite replay a WAL left
 * by a crash; if even that cannot be written (the same full disk), the main file alone is read,
 * which misses only changes still waiting in its WAL.
 */
function inMemoryCopy(path: string, opts: OpenOptions): Database.Database | null {
  let scratch: string | undefined
  try {
    scratch = mkdtempSync(join(opts.scratchDir ?? tmpdir(), 'study-read-only-'))
    const copy = join(scratch, 'study.db')
    copyFileSync(path, copy)
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`)
    const disk = new Database(copy, { nativeBinding: opts.nativeBinding })
    try {
      return deserialize(disk.serialize(), opts)
    } finally {
      disk.close()
    }
  } catch {
    try {
      return statSync(path).size > 0 ? deserialize(readFileSync(path), opts) : null
    } catch {
      return null // not even readable: the notice says the app started empty
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  }
}

function deserialize(bytes: Buffer, opts: OpenOptions): Database.Database {
  // Bytes 18–19 say "WAL"; an in-memory database cannot use a WAL, so mark it a rollback-journal file.
  bytes[18] = 1
  bytes[19] = 1
  return new Database(bytes, { nativeBinding: opts.nativeBinding })
}
