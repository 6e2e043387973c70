import { existsSync, mkdirSync, renameSync, copyFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Notice } from '../../shared/notices'
import { listBackups } from './backup'
import { LATEST_SCHEMA_VERSION, migrate, NewerDatabaseError, schemaVersion } from './migrations'

export const DB_FILE = 'study.db'

export interface OpenOptions {
  dataDir: string
  now?: () => Date
  /** Path to a better-sqlite3 .node built for the running ABI (Electron vs Node). */
  nativeBinding?: string
}

export interface OpenedDatabase {
  db: Database.Database
  notices: Notice[]
  backupsDir: string
}

type Check = { ok: true; version: number } | { ok: false; reason: string }

/** Opens read-only and asks SQLite whether the file is sound; never modifies it. */
export function checkDatabaseFile(path: string, nativeBinding?: string): Check {
  let probe: Database.Database | undefined
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, nativeBinding })
    const rows = probe.pragma('quick_check') as { quick_check: string }[]
    const verdict = rows.map((r) => r.quick_check).join('; ')
    if (verdict !== 'ok') return { ok: false, reason: verdict.slice(0, 300) }
    return { ok: true, version: schemaVersion(probe) }
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) }
  } finally {
    probe?.close()
  }
}

/**
 * Opens study.db in the data folder: refuses a newer schema (untouched), recovers a corrupt
 * file from the newest sound backup (the damaged file is kept aside), migrates, and turns on
 * WAL and foreign keys. Everything the user must know comes back as notices.
 */
export function openStudyDatabase(opts: OpenOptions): OpenedDatabase {
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
    if (!check.ok) notices.push(recover(path, backupsDir, check.reason, now(), opts.nativeBinding))
  }

  const db = new Database(path, { nativeBinding: opts.nativeBinding })
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
    throw err
  }
  return { db, notices, backupsDir }
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
    copyFileSync(backup.path, path)
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
      `The study database was damaged (${reason}) and no usable backup was found. It was moved to ` +
      `${movedTo} and the app started with an empty database.`,
  }
}
