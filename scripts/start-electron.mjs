// `npm start` after the build: find the Electron binary (the electron package downloads it on
// first use), build better-sqlite3 for Electron's ABI, then launch. Where the binary cannot be
// fetched (an offline machine, a proxy), say so in plain words instead of a stack trace.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

export const NO_ELECTRON = `
The desktop app could not start: the Electron ${'{version}'} binary is not on this machine and could
not be downloaded (no internet access, a proxy, or a blocked GitHub).

  - Behind a proxy: set ELECTRON_GET_USE_PROXY=1 and your HTTPS_PROXY, then run npm start again.
  - From a mirror: set ELECTRON_MIRROR (for example https://npmmirror.com/mirrors/electron/).
  - From a file you already have: put the zip in the cache named by electron_config_cache, or
    point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron ${'{version}'}.

The same app runs in your browser now, with the same data folder: npm run web
`

/** The Electron executable, or null (with the reason) when the binary is missing and cannot be fetched. */
export function findElectron(load = () => createRequire(import.meta.url)('electron')) {
  try {
    const path = load()
    return typeof path === 'string' ? { path } : { path: null, reason: 'the electron package did not return a path' }
  } catch (err) {
    return { path: null, reason: err instanceof Error ? err.message.split('\n')[0] : String(err) }
  }
}

function main() {
  const version = createRequire(import.meta.url)('electron/package.json').version
  const found = findElectron()
  if (!found.path) {
    console.error(NO_ELECTRON.replaceAll('{version}', version))
    console.error(`(detail: ${found.reason})`)
    process.exit(1)
  }
  const native = spawnSync(process.execPath, ['scripts/native-electron.mjs'], { stdio: 'inherit' })
  if (native.status !== 0) process.exit(native.status ?? 1)
  const app = spawnSync(found.path, ['.'], { stdio: 'inherit' })
  process.exit(app.status ?? 0)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
