// Runs inside a private mount namespace (see real-disk.ts): mounts a small tmpfs, then makes it
// really full or really read-only between app starts, and prints what the app did as JSON.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCore } from '../../../electron/core/core'
import { dispatch } from '../../../electron/core/dispatch'
import { silentLogger } from '../../../electron/core/log'

const [scenario, mountPoint, contentDir, sizeMb] = process.argv.slice(2) as [string, string, string, string]
const data = join(mountPoint, 'data')
const out: Record<string, unknown> = {}

const mount = (...opts: string[]) => execFileSync('mount', ['-t', 'tmpfs', '-o', opts.join(','), 'tmpfs', mountPoint])
const remount = (mode: 'ro' | 'rw') => execFileSync('mount', ['-o', `remount,${mode}`, mountPoint])
const core = (scratchDir?: string) =>
  createCore({ dataDir: data, contentDir, platform: 'host', version: 't', log: silentLogger, openExternal: async () => false, scratchDir })
type Core = ReturnType<typeof core>
const call = async (c: Core, method: string, input: unknown) => {
  const r = await dispatch(c.handlers, method, input, silentLogger)
  return r.ok ? { ok: true, value: r.value } : { ok: false, code: r.error.code, message: r.error.message }
}
const files = () => readdirSync(data, { recursive: true }).map(String).sort()
const hash = (f: string) =>
  createHash('sha256')
    .update(readFileSync(join(data, f)))
    .digest('hex')
const state = (c: Core) => ({
  answers: c.db.prepare('SELECT count(*) FROM attempt_items WHERE answer IS NOT NULL').pluck().get(),
  annotations: c.db.prepare('SELECT count(*) FROM annotations WHERE deleted_at IS NULL').pluck().get(),
  theme: c.settings.get().theme,
  integrity: c.db.pragma('integrity_check', { simple: true }),
})
const highlight = { noteId: 'vpc', color: 'yellow', quote: 'サブネット', prefix: '', suffix: '', position: 0 }

/** Some study data: a practice attempt with one answer, a highlight and a setting. */
async function seed() {
  const c = core()
  const started = await call(c, 'exam.start', { mode: 'practice', count: 3, timeLimitMin: null, domains: [], notes: [], instantFeedback: false })
  if (!started.ok) throw new Error(`seed: ${JSON.stringify(started)}`)
  const a = started.value as { id: number }
  await call(c, 'exam.answer', { attemptId: a.id, position: 0, answer: ['A'], confidence: null })
  await call(c, 'annotations.create', highlight)
  await call(c, 'settings.update', { theme: 'dark' })
  out.seeded = state(c)
  await c.close()
  return a.id
}

/** Fills the disk to the last byte. */
function fill() {
  const chunk = Buffer.alloc(64 * 1024, 1)
  for (let i = 0; ; i++) {
    try {
      writeFileSync(join(mountPoint, `filler-${i}`), chunk)
    } catch {
      return
    }
  }
}

async function readOnly() {
  mount(`size=${sizeMb}m`)
  const attemptId = await seed()
  const before = { files: files(), db: hash('study.db') }
  remount('ro')
  for (const [label, scratch] of [
    ['viaScratch', undefined],
    ['noScratch', mountPoint],
  ] as const) {
    const c = core(scratch) // noScratch: the scratch copy cannot be written either
    out[label] = {
      readOnly: c.readOnly,
      notices: (c.handlers['app.notices']({}) as { kind: string; facts: Record<string, string> }[]).map((n) => ({ kind: n.kind, found: n.facts.found })),
      state: state(c),
      list: await call(c, 'exam.list', {}),
      notes: (await call(c, 'notes.list', {})).ok,
      writes: {
        answer: await call(c, 'exam.answer', { attemptId, position: 1, answer: ['B'], confidence: null }),
        highlight: await call(c, 'annotations.create', highlight),
        settings: await call(c, 'settings.update', { theme: 'light' }),
        read: await call(c, 'notes.markRead', { id: 'vpc', read: true }),
      },
      after: state(c),
    }
    await c.close()
  }
  out.untouched = JSON.stringify({ files: files(), db: hash('study.db') }) === JSON.stringify(before)
  remount('rw')
  const c = core()
  out.writableAgain = {
    readOnly: c.readOnly,
    state: state(c),
    answer: (await call(c, 'exam.answer', { attemptId, position: 1, answer: ['B'], confidence: null })).ok,
  }
  await c.close()
}

async function diskFull() {
  mount(`size=${sizeMb}m`)
  await seed()
  fill()
  const c = core()
  const at = new Date().toISOString()
  const annotations = Array.from({ length: 2000 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    noteId: 'vpc',
    color: 'yellow',
    quote: `引用 ${i} `.repeat(20),
    prefix: '',
    suffix: '',
    position: i,
    comment: 'コメント'.repeat(30),
    createdAt: at,
    updatedAt: at,
  }))
  const file = JSON.stringify({
    format: 'aws-study-desk-export',
    version: 1,
    exportedAt: at,
    settings: {},
    noteReads: [],
    attempts: [],
    reviewLog: [],
    annotations,
    personalNotes: [],
  })
  out.full = { readOnly: c.readOnly, import: await call(c, 'data.import', { json: file }), state: state(c), notes: (await call(c, 'notes.list', {})).ok }
  await c.close() // its backup cannot be written: logged, not thrown
  for (const f of readdirSync(mountPoint)) if (f.startsWith('filler-')) rmSync(join(mountPoint, f))
  const again = core()
  out.roomAgain = { readOnly: again.readOnly, import: (await call(again, 'data.import', { json: file })).ok, state: state(again) }
  await again.close()
}

async function freshOnFullDisk() {
  mount(`size=${sizeMb}m`)
  fill()
  const c = core()
  out.fresh = {
    readOnly: c.readOnly,
    notices: (c.handlers['app.notices']({}) as { kind: string; facts: Record<string, string> }[]).map((n) => ({ kind: n.kind, found: n.facts.found })),
    notes: (await call(c, 'notes.list', {})).ok,
    settings: await call(c, 'settings.update', { theme: 'light' }),
    dataFolder: existsSync(data) ? readdirSync(data) : null,
  }
  await c.close()
}

mkdirSync(mountPoint, { recursive: true })
const run = { 'read-only': readOnly, 'disk-full': diskFull, 'fresh-on-full-disk': freshOnFullDisk }[scenario]
if (!run) throw new Error(`unknown scenario ${scenario}`)
await run()
process.stdout.write(`${JSON.stringify(out)}\n`)
