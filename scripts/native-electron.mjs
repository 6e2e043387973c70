// Builds better-sqlite3 for Electron's ABI into build/native-electron/, leaving the Node build
// in node_modules untouched (tests and the loopback host use that one). The app passes the
// result to better-sqlite3's `nativeBinding` option (electron/main/native.ts).
//
// It needs Electron's headers or a prebuilt binary from the internet, so it cannot run on the
// offline development machines of this project; it runs on a developer's or user's machine.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const pkgDir = dirname(require.resolve('better-sqlite3/package.json'))
const outDir = 'build/native-electron'
const target = join(outDir, 'better_sqlite3.node')
const stampFile = join(outDir, `electron-${electronVersion}`)

if (existsSync(target) && existsSync(stampFile)) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is already built`)
  process.exit(0)
}
const work = join(outDir, 'src')
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
cpSync(pkgDir, work, { recursive: true, filter: (p) => !p.includes(`${pkgDir}/build`) })
const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' })
try {
  // A prebuilt binary for this Electron version when one is published…
  run('npx', ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion])
} catch {
  // …otherwise compile against Electron's headers.
  run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'])
}
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target)
cpSync(target, stampFile)
rmSync(work, { recursive: true, force: true })
console.log(`built ${target} for Electron ${electronVersion}`)
