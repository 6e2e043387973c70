// Builds better-sqlite3 for Electron's ABI into build/native-electron/, leaving the Node build
// in node_modules untouched (tests and the loopback host use that one). The app passes the
// result to better-sqlite3's `nativeBinding` option (electron/main/native.ts).
//
// It needs Electron's headers or a prebuilt binary from the internet, so it cannot run on the
// offline development machines of this project; it runs on a developer's or user's machine.
//
// Ambient npm configuration must not decide the target: an npm config `nodedir` (set on some
// machines) makes node-gyp compile against Node's headers while we believe we built for
// Electron. So the build runs without any npm_config_* from the environment, and what it
// produced is checked: the module's registration symbol must carry Electron's ABI number.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)

/** The ABI a native module was built for, from its `node_register_module_v<N>` symbol (null if none). */
export function registeredAbi(file) {
  const m = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'))
  return m ? Number(m[1]) : null
}

/** Throws, saying what went wrong, unless `file` was built for `expected` (an ABI number). */
export function verifyAbi(file, expected, runtime = 'Electron') {
  const found = registeredAbi(file)
  if (found === expected) return found
  throw new Error(
    `${file} is built for module ABI ${found ?? 'unknown'}, but ${runtime} needs ABI ${expected}` +
      (found === Number(process.versions.modules) ? ` (ABI ${found} is this Node's own: the build used Node's headers, e.g. an npm config "nodedir")` : '') +
      '. The app would fail to open its database; nothing was installed.',
  )
}

/** The environment for the build: this process's, without any npm configuration. */
export function cleanEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_config_/i.test(k)))
}

function main() {
  const electronVersion = require('electron/package.json').version
  const { getAbi } = require('node-abi')
  const expected = Number(getAbi(electronVersion, 'electron'))
  const pkgDir = dirname(require.resolve('better-sqlite3/package.json'))
  const outDir = 'build/native-electron'
  const target = join(outDir, 'better_sqlite3.node')
  const stampFile = join(outDir, `electron-${electronVersion}`)

  if (existsSync(target) && existsSync(stampFile) && registeredAbi(target) === expected) {
    console.log(`better-sqlite3 for Electron ${electronVersion} (ABI ${expected}) is already built`)
    return
  }
  const work = join(outDir, 'src')
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  cpSync(pkgDir, work, { recursive: true, filter: (p) => !p.includes(`${pkgDir}/build`) })
  const env = { ...cleanEnv(), HOME: process.env.HOME ?? '' }
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: 'inherit', env, shell: process.platform === 'win32' })
  try {
    // A prebuilt binary for this Electron version when one is published…
    run(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion])
  } catch {
    // …otherwise compile against Electron's headers (node-gyp called directly, not through npm,
    // so no npm config reaches it).
    run(process.execPath, [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ])
  }
  const built = join(work, 'build', 'Release', 'better_sqlite3.node')
  verifyAbi(built, expected)
  cpSync(built, target)
  cpSync(target, stampFile)
  rmSync(work, { recursive: true, force: true })
  console.log(`built ${target} for Electron ${electronVersion} (ABI ${expected}, verified)`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main()
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err))
    process.exit(1)
  }
}
