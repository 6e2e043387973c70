import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

// A really full disk and a really read-only folder need a filesystem we can size and remount:
// a tmpfs in a private mount namespace (`unshare`), so nothing outside the test process sees
// it. Root (as in CI) gets one directly; other users through a user namespace where enabled.
const tsx = createRequire(import.meta.url).resolve('tsx')
const worker = fileURLToPath(new URL('./real-disk-worker.ts', import.meta.url))
const unshareArgs = process.getuid?.() === 0 ? ['--mount'] : ['--mount', '--map-root-user']

/** Why this machine cannot make a private tmpfs, or null when it can. */
export function realDiskUnavailable(): string | null {
  const probe = spawnSync('unshare', [...unshareArgs, 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt'], { encoding: 'utf8' })
  if (probe.error) return `unshare not found (${probe.error.message})`
  return probe.status === 0 ? null : `unshare/mount refused: ${probe.stderr.trim().slice(0, 200)}`
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's JSON; the test's expectations check every field it reads
type WorkerReport = Record<string, any>

export function runOnRealDisk(scenario: string, mountPoint: string, contentDir: string, sizeMb: number): WorkerReport {
  const r = spawnSync('unshare', [...unshareArgs, process.execPath, '--import', tsx, worker, scenario, mountPoint, contentDir, String(sizeMb)], {
    encoding: 'utf8',
    timeout: 60_000,
  })
  if (r.status !== 0) throw new Error(`${scenario} worker failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`)
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as WorkerReport
}
