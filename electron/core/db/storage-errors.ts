/**
 * Errors that mean "the disk or the folder will not let us write (or open) the file", as
 * opposed to damage in the file itself or a bug. The API reports them as `storage`; at start
 * they switch the app to a read-only copy instead of treating the database as corrupt.
 */
const SQLITE_STORAGE = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|PERM)/
const FS_STORAGE = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT'])

export function storageErrorCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  return SQLITE_STORAGE.test(code) || FS_STORAGE.has(code) ? code : null
}

/** Damage inside the file: the only errors that justify moving a database aside. */
export function isCorruptionCode(code: unknown): boolean {
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code)
}
