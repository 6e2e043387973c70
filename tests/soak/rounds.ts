import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { examStore } from '../../electron/core/exam/store'

const worker = fileURLToPath(new URL('./worker.ts', import.meta.url))
const tsxLoader = createRequire(import.meta.url).resolve('tsx')

export interface RoundResult {
  round: number
  acked: number
  lost: string[]
  remainingDriftMs: number | null
  integrity: string
}

/** Starts the worker, kills it with SIGKILL after `killAfterMs`, returns what it said. */
function runWorker(dataDir: string, contentDir: string, seed: number, killAfterMs: number): Promise<string[]> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, worker, dataDir, contentDir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (c) => {
      out += c
      if (!timer && out.includes('READY')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.stderr.on('data', (c) => (err += c))
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return failed(new Error(`worker ended by itself (${code}): ${err.slice(0, 500)}`))
      done(out.split('\n').filter(Boolean))
    })
  })
}

/**
 * One crash round: the worker answers until SIGKILL; then the database must hold, for every
 * position, the last acknowledged answer or one sent after it; its remaining time must be within
 * 5 s of the last acknowledged one; and integrity_check must say ok.
 */
export async function crashRound(round: number, dataDir: string, contentDir: string, random: () => number): Promise<RoundResult> {
  const lines = await runWorker(dataDir, contentDir, round + 1, 150 + Math.floor(random() * 450))
  const attemptId = Number(lines.find((l) => l.startsWith('READY'))?.split(' ')[1])
  const acked = new Map<number, string>()
  const sentAfterAck = new Map<number, Set<string>>()
  let lastRemaining: number | null = null
  for (const line of lines) {
    const [kind, pos, keys, remaining] = line.split(' ')
    const p = Number(pos)
    if (kind === 'SEND') (sentAfterAck.get(p) ?? sentAfterAck.set(p, new Set()).get(p)!).add(keys!)
    if (kind === 'ACK' && remaining !== undefined) {
      acked.set(p, keys!)
      sentAfterAck.set(p, new Set())
      lastRemaining = Number(remaining)
    }
  }
  const db = new Database(`${dataDir}/study.db`)
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }))
    const rows = db.prepare('SELECT position, answer, option_order FROM attempt_items WHERE attempt_id = ?').all(attemptId) as {
      position: number
      answer: string | null
      option_order: string
    }[]
    const lost: string[] = []
    for (const [p, keys] of acked) {
      const row = rows.find((r) => r.position === p)
      const order = JSON.parse(row?.option_order ?? '[]') as string[]
      const stored = row?.answer ? (JSON.parse(row.answer) as string[]).map((k) => 'ABCDEFGH'[order.indexOf(k)]).join('') : null
      if (stored !== keys && !(stored && sentAfterAck.get(p)?.has(stored))) lost.push(`position ${p}: acked ${keys}, stored ${stored}`)
    }
    // Read the way the app reads it: attempts.active_ms plus the answers' pending time.
    const a = examStore(db).attempt.get(attemptId)!
    const remainingNow = a.time_limit_ms! - a.active_ms
    return { round, acked: acked.size, lost, remainingDriftMs: lastRemaining === null ? null : Math.abs(remainingNow - lastRemaining), integrity }
  } finally {
    db.close()
  }
}
