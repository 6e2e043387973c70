import { existsSync, mkdirSync, renameSync, copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Notice } from '@shared/notices'
import { listBackups } from './backup'
import { LATEST_SCHEMA_VERSION, migrate, NewerDatabaseError, schemaVersion } from './migrations'
import { openReadOnlyCopy } from './read-only'
import { isCorruptionCode, storageErrorCode } from './storage-errors'

export const DB_FILE = 'study.db'

export interface OpenOptions {
  dataDir: string
  now?: () => Date
  /** Path to a better-sqlite3 .node built for the running ABI (Electron vs Node). */
  nativeBinding?: string
  /** Where a read-only start copies the database to replay its WAL (default: the OS temp folder). */
  scratchDir?: string
}

export interface OpenedDatabase {
  db: Database.Database
  notices: Notice[]
  backupsDir: string
  /**
   * The data folder could not be written (read-only, full, no permission): `db` is an in-memory
   * copy that the caller makes query-only once start-up is done, so no change looks saved.
   */
  readOnly: boolean
}

/** `corrupt` is false when the file could not be read at all (folder, disk): not damage. */
type Check = { ok: true; version: number } | { ok: false; reason: string; corrupt: boolean; code?: string }

/** Opens read-only and asks SQLite whether the file is sound; never modifies it. */
export function checkDatabaseFile(path: string, nativeBinding?: string): Check {
  let probe: Database.Database | undefined
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, nativeBinding })
    const rows = probe.pragma('quick_check') as { quick_check: string }[]
    const verdict = rows.map((r) => r.quick_check).join('; ')
    if (verdict !== 'ok') return { ok: false, reason: verdict.slice(0, 300), corrupt: true }
    return { ok: true, version: schemaVersion(probe) }
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    const code = (err as { code?: unknown }).code
    return { ok: false, reason, corrupt: isCorruptionCode(code), code: typeof code === 'string' ? code : undefined }
  } finally {
    probe?.close()
  }
}

/**
 * Opens study.db in the data folder: refuses a newer schema (untouched), recovers a corrupt
 * file from the newest sound backup (the damaged file is kept aside), migrates, and turns on
 * WAL and foreign keys. A folder that cannot be written (read-only, disk full, no permission)
 * is not damage: the app then starts on a read-only copy and says so. Everything the user must
 * know comes back as notices.
 */
export function openStudyDatabase(opts: OpenOptions): OpenedDatabase {
  try {
    return openInPlace(opts)
  } catch (err) {
    const code = storageErrorCode(err)
    if (!code) throw err
    return openReadOnlyCopy(opts, join(opts.dataDir, DB_FILE), code, err instanceof Error ? err.message : String(err))
  }
}

function openInPlace(opts: OpenOptions): OpenedDatabase {
  const now = opts.now ?? (() => new Date())
  mkdirSync(opts.dataDir, { recursive: true })
  const path = join(opts.dataDir, DB_FILE)
  const backupsDir = join(opts.dataDir, 'backups')
  const notices: Notice[] = []

  if (existsSync(path)) {
    const check = checkDatabaseFile(path, opts.nativeBinding)
    if (check.ok && check.version > LATEST_SCHEMA_VERSION) {
      throw new NewerDatabaseError(check.version, LATEST_SCHEMA_VERSION)
    }
    // Unreadable is not damaged (a read-only folder cannot even open a WAL database): never moved.
    if (!check.ok && !check.corrupt) {
      throw Object.assign(new Error(`The study database could not be opened: ${check.reason}`), { code: check.code })
    }
    if (!check.ok) notices.push(recover(path, backupsDir, check.reason, now(), opts.nativeBinding))
  }

  const existed = existsSync(path)
  let db: Database.Database
  try {
    db = new Database(path, { nativeBinding: opts.nativeBinding })
  } catch (err) {
    if (!existed) removeDatabaseFiles(path) // a new file that could not be set up is not left behind
    throw err
  }
  try {
    db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode survives an app crash; only an OS crash or power cut can lose the
    // last commits. FULL would fsync every answer and cost more than the 2 ms save budget.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 3000')
    migrate(db)
  } catch (err) {
    db.close()
    if (!existed) removeDatabaseFiles(path)
    throw err
  }
  return { db, notices, backupsDir, readOnly: false }
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-')
}

function recover(path: string, backupsDir: string, reason: string, at: Date, nativeBinding?: string): Notice {
  const movedTo = `${path}.corrupt-${stamp(at)}`
  renameSync(path, movedTo)
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix)
  }
  for (const backup of listBackups(backupsDir)) {
    const check = checkDatabaseFile(backup.path, nativeBinding)
    if (!check.ok || check.version > LATEST_SCHEMA_VERSION) continue
    // Copied under another name first: a copy cut short (disk full) never sits at study.db.
    try {
      copyFileSync(backup.path, `${path}.restoring`)
      renameSync(`${path}.restoring`, path)
    } catch (err) {
      rmSync(`${path}.restoring`, { force: true })
      throw err
    }
    return {
      id: `db-restored-${stamp(at)}`,
      kind: 'db-restored',
      severity: 'warning',
      facts: { reason, movedTo, backup: backup.file, backupTakenAt: backup.takenAt.toISOString() },
      message:
        `The study database was damaged (${reason}). It was moved to ${movedTo} and the backup from ` +
        `${backup.takenAt.toISOString()} was restored. Anything you did after that time was lost.`,
    }
  }
  return {
    id: `db-fresh-${stamp(at)}`,
    kind: 'db-fresh',
    severity: 'error',
    facts: { reason, movedTo },
    message:
      `The study database was damaged (${reason}) and no usable backup was found. It was moved to ` + `${movedTo} and the app started with an empty database.`,
  }
}
