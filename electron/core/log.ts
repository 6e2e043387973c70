import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string, err?: unknown): void
}

const MAX_LOG_BYTES = 2_000_000

/** A plain append-only log in the data folder; rotated once so it cannot grow without bound. */
export function createFileLogger(dataDir: string, echo = false): Logger {
  const dir = join(dataDir, 'logs')
  try {
    mkdirSync(dir, { recursive: true })
  } catch {
    // A read-only or full data folder: the app still starts (and says so); lines just go nowhere.
  }
  const file = join(dir, 'app.log')
  const write = (level: string, message: string) => {
    const line = `${new Date().toISOString()} ${level} ${message}\n`
    if (echo) process.stderr.write(line)
    try {
      if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_LOG_BYTES) {
        renameSync(file, `${file}.1`)
      }
      appendFileSync(file, line)
    } catch {
      // Logging must never take the app down (e.g. a read-only or full disk).
    }
  }
  return {
    info: (m) => write('INFO', m),
    warn: (m) => write('WARN', m),
    error: (m, err) => write('ERROR', err instanceof Error ? `${m}: ${err.stack ?? err.message}` : err ? `${m}: ${String(err)}` : m),
  }
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} }
