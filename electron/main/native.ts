import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * better-sqlite3 is compiled twice: node_modules holds the build for Node's ABI (tests, the
 * loopback host); scripts/native-electron.mjs builds one for Electron's ABI into
 * build/native-electron/, which electron-builder ships as resources/native/. The app passes
 * that file to better-sqlite3's `nativeBinding` option, so neither build overwrites the other.
 */
export function nativeBindingPath(buildDir: string): string | undefined {
  const candidates = [join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'), join(buildDir, 'native-electron', 'better_sqlite3.node')]
  return candidates.find((p) => existsSync(p))
}
