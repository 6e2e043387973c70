// Bundles the Electron shell (main, preload) and the Node entry points (loopback host, content
// CLI) into build/electron/*.cjs. The renderer is built separately by Vite.
import { readFileSync } from 'node:fs'
import { build } from 'esbuild'

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(version) },
  // Native and Electron modules are resolved at run time, never bundled.
  external: ['electron', 'better-sqlite3'],
  outExtension: { '.js': '.cjs' },
}

await Promise.all([
  build({ ...common, entryPoints: { main: 'electron/main/index.ts' }, outdir: 'build/electron' }),
  build({ ...common, entryPoints: { preload: 'electron/preload/index.ts' }, outdir: 'build/electron' }),
  build({ ...common, entryPoints: { host: 'electron/host/index.ts' }, outdir: 'build/electron' }),
])
