import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

export interface RunningHost {
  url: string
  origin: string
  token: string
  port: number
  dataDir: string
  stop(): Promise<void>
}

/** Starts the built loopback host (build/electron/host.cjs) on a data folder; a real SQLite file. */
export async function startHost(dataDir: string, contentDir?: string, readOnlyMount?: string): Promise<RunningHost> {
  const args = ['build/electron/host.cjs', '--data-dir', dataDir, '--json', ...(contentDir ? ['--content-dir', contentDir] : [])]
  const child: ChildProcess = readOnlyMount ? spawnReadOnly(readOnlyMount, dataDir, args) : spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (c) => (stderr += c))
  const line = await new Promise<string>((done, failed) => {
    const rl = createInterface({ input: child.stdout! })
    rl.once('line', done)
    child.once('exit', (code) => failed(new Error(`host exited with ${code}: ${stderr}`)))
  })
  const { url, token, port } = JSON.parse(line) as { url: string; token: string; port: number }
  return {
    url,
    token,
    port,
    origin: `http://127.0.0.1:${port}`,
    dataDir,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      }),
  }
}

/**
 * The host in a private mount namespace where `mountPoint` (holding `dataDir`) is bind-mounted
 * read-only: a data folder the app really cannot write, even as root.
 */
function spawnReadOnly(mountPoint: string, dataDir: string, args: string[]): ChildProcess {
  if (!dataDir.startsWith(`${mountPoint}/`)) throw new Error('the data folder must be inside the read-only mount')
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  const script = `mount --bind ${q(mountPoint)} ${q(mountPoint)} && mount -o remount,bind,ro ${q(mountPoint)} && exec ${[process.execPath, ...args].map(q).join(' ')}`
  const unshare = process.getuid?.() === 0 ? ['--mount'] : ['--mount', '--map-root-user']
  return spawn('unshare', [...unshare, 'sh', '-c', script], { stdio: ['ignore', 'pipe', 'pipe'] })
}

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'study-e2e-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
