import type { AppInfo } from '@shared/api'
import type { Notice } from '@shared/notices'
import { createContentCache } from './content/cache'
import { loadContent } from './content/load'
import { backupIfChanged } from './db/backup'
import { examFeature } from './exam/feature'
import { progressFeature } from './progress/feature'
import { confusionsFeature } from './confusions/feature'
import { reviewFeature } from './review/feature'
import { annotationsFeature } from './annotations/feature'
import { dataFeature } from './data/feature'
import { systemClock, type Clock } from './exam/timer'
import { LATEST_SCHEMA_VERSION } from './db/migrations'
import { openStudyDatabase } from './db/open'
import type { Handlers } from './dispatch'
import type { Logger } from './log'
import { notesFeature } from './notes/feature'
import { contentVersionOf, reportsFeature } from './reports/feature'
import { settingsFeature } from './settings/feature'

export interface CoreOptions {
  dataDir: string
  /** The content/ folder: notes, diagrams, questions. */
  contentDir: string
  platform: AppInfo['platform']
  version: string
  log: Logger
  now?: () => Date
  nativeBinding?: string
  /** Where a read-only start may copy the database (default: the OS temp folder); for tests. */
  scratchDir?: string
  /** How many rotating backups to keep. */
  keepBackups?: number
  /** Monotonic and wall time for the exam clock; injectable for tests. */
  clock?: Clock
  /**
   * Asks the user where to save a file and writes it (the desktop app's save dialog). Browser
   * mode has none: it returns null and the renderer downloads the file instead.
   */
  saveFile?: (name: string, bytes: Buffer) => Promise<string | null>
  /** Opens a vetted URL outside the app; the host cannot, so it reports opened: false. */
  openExternal: (url: string) => Promise<boolean>
}

/**
 * Everything the app does, without Electron: the Electron main process and the loopback host
 * both build one of these and expose its handlers through their own transport.
 */
export function createCore(opts: CoreOptions) {
  const now = opts.now ?? (() => new Date())
  const { db, notices, backupsDir, readOnly } = openStudyDatabase({
    dataDir: opts.dataDir,
    now,
    nativeBinding: opts.nativeBinding,
    scratchDir: opts.scratchDir,
  })
  for (const n of notices) opts.log.warn(n.message)
  const pending: Notice[] = [...notices]
  const settingsApi = settingsFeature(db, now)
  const settings = settingsApi.store
  const content = loadContent(opts.contentDir, createContentCache(db))
  for (const p of content.problems) opts.log.warn(`content problem: ${p.file}:${p.line}: ${p.message}`)
  if (content.problems.length) {
    pending.push({
      id: `content-problems-${content.hash.slice(0, 12)}`,
      kind: 'content-problems',
      severity: 'warning',
      facts: { count: content.problems.length },
      message: `${content.problems.length} content problem(s) were found; the rest of the content loaded.`,
    })
  }

  const backup = async (reason: string) => {
    if (readOnly) return // nothing changed that could be saved, and the folder cannot take a file
    try {
      const made = await backupIfChanged(db, { dir: backupsDir, keep: opts.keepBackups ?? 10, now })
      if (made) opts.log.info(`backup (${reason}): ${made.file}`)
    } catch (err) {
      opts.log.error(`backup (${reason}) failed`, err)
    }
  }

  const review = reviewFeature(db, content, now, () => {
    const s = settings.get()
    return { newPerDay: s.reviewNewPerDay, maxPerDay: s.reviewMaxPerDay }
  })
  const contentAsOf = [...content.questions.map((q) => q.asOf), ...content.notes.flatMap((n) => (n.asOf ? [n.asOf] : []))].sort().at(-1) ?? null
  const handlers: Handlers = {
    'app.info': () => ({
      version: opts.version,
      platform: opts.platform,
      dataDir: opts.dataDir,
      schemaVersion: LATEST_SCHEMA_VERSION,
      content: { version: contentVersionOf(content), asOf: contentAsOf },
    }),
    'app.notices': () => pending,
    'app.dismissNotice': ({ id }) => {
      const i = pending.findIndex((n) => n.id === id)
      if (i >= 0) pending.splice(i, 1)
      return i >= 0
    },
    ...settingsApi.handlers,
    'shell.openExternal': async ({ url }) => ({ opened: await opts.openExternal(url) }), // eng-disable OPEN_EXTERNAL_JS_CHECK (the platform's vetted opener)
    'export.save': async ({ name, base64 }) => {
      const path = opts.saveFile ? await opts.saveFile(name, Buffer.from(base64, 'base64')) : null
      return { saved: path !== null, path }
    },
    ...notesFeature(db, content, now).handlers,
    ...examFeature(db, content, opts.clock ?? systemClock, review.recordAttempt).handlers,
    ...review.handlers,
    ...annotationsFeature(
      db,
      now,
      content.notes.map((n) => n.id),
    ).handlers,
    ...dataFeature(db, now).handlers,
    ...progressFeature(db, content, now).handlers,
    ...confusionsFeature(db, content, now).handlers,
    ...reportsFeature(db, content, now).handlers,
  }
  // The read-only copy took the content index while starting; from here on every write fails
  // with SQLITE_READONLY, which the API reports as `storage`, so nothing merely seems saved.
  if (readOnly) db.pragma('query_only = ON')

  let closed = false
  return {
    db,
    /** True when the data folder could not be written at start: the data shown is a read-only copy. */
    readOnly,
    handlers,
    settings,
    /** What core emits: the shell listens instead of wrapping handlers. */
    events: { settings: settingsApi.events },
    content,
    /** Called once after start: backs up when anything changed since the newest backup. */
    startupBackup: () => backup('start'),
    async close() {
      if (closed) return
      closed = true
      await backup('quit')
      db.close()
    },
  }
}

export type Core = ReturnType<typeof createCore>
