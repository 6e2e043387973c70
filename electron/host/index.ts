import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createCore } from '../core/core'
import { createFileLogger } from '../core/log'
import { defaultDataDir } from '../core/paths'
import { startHost } from './server'

/**
 * `npm run web`: the app in a browser, for when Electron cannot be installed, and the target
 * of the end-to-end tests. Prints the URL (with its one-time token) to open.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'content-dir': { type: 'string' },
      port: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  // The bundle lives in build/electron/; the renderer beside it in build/renderer/.
  const buildDir = resolve(dirname(process.argv[1] ?? '.'), '..')
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir())
  const log = createFileLogger(dataDir, !values.json)
  const core = createCore({
    dataDir,
    // build/electron/host.cjs → <project>/content unless told otherwise
    contentDir: resolve(values['content-dir'] ?? join(buildDir, '..', 'content')),
    platform: 'host',
    version: __APP_VERSION__,
    log,
    openExternal: async () => false,
  })
  await core.startupBackup()
  const host = await startHost({
    handlers: core.handlers,
    staticDir: join(buildDir, 'renderer'),
    log,
    port: values.port ? Number(values.port) : 0,
  })
  if (values.json) process.stdout.write(`${JSON.stringify({ url: host.url, port: host.port, token: host.token })}\n`)
  else process.stdout.write(`AWS study desk is running in browser mode.\nOpen: ${host.url}\nData: ${dataDir}\n`)

  const stop = async () => {
    await host.close()
    await core.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
