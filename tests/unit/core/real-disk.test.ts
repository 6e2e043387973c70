import { describe, expect, it } from 'vitest'
import { realDiskUnavailable, runOnRealDisk } from '../helpers/real-disk'
import { REAL_CONTENT } from '../helpers/core'
import { tempDir } from '../helpers/tmp'

// The same failures as storage-failures.test.ts, on a real filesystem that is really full or
// really mounted read-only (root ignores file permissions, a read-only mount it cannot).
// Where no private mount can be made these are reported as skipped, never as passed; in CI
// they must run.
const unavailable = realDiskUnavailable()
if (unavailable && process.env.CI) throw new Error(`CI must run the real-disk tests: ${unavailable}`)

describe.skipIf(unavailable !== null)('a real read-only or full data folder', () => {
  it('read-only folder: the study data is shown, every save fails clearly, the folder is untouched', () => {
    const out = runOnRealDisk('read-only', tempDir(), REAL_CONTENT, 32)
    expect(out.seeded).toEqual({ answers: 1, annotations: 1, theme: 'dark', integrity: 'ok' })
    for (const label of ['viaScratch', 'noScratch']) {
      const r = out[label]
      expect(r.readOnly, label).toBe(true)
      expect(r.notices, label).toEqual([{ kind: 'data-read-only', found: 'yes' }])
      expect(r.state, label).toEqual(out.seeded) // the user's data, not an empty start
      expect(r.list.value[0], label).toMatchObject({ answered: 1, status: 'open' })
      expect(r.notes, label).toBe(true)
      for (const [name, w] of Object.entries(r.writes)) expect(w, `${label} ${name}`).toMatchObject({ ok: false, code: 'storage' })
      expect(r.after, label).toEqual(out.seeded) // nothing merely looked saved
    }
    expect(out.untouched).toBe(true) // not moved aside as "corrupt", no file added or changed
    expect(out.writableAgain).toEqual({ readOnly: false, state: out.seeded, answer: true })
  })

  it('full disk: an import fails clearly with nothing half-written; with room again it succeeds', () => {
    // 32 MB: the database holds the content's search index and parse cache, which grew with the
    // 54-note course; at 12 MB the import could not fit even after the filler was removed.
    const out = runOnRealDisk('disk-full', tempDir(), REAL_CONTENT, 32)
    expect(out.full.import).toMatchObject({ ok: false, code: 'storage' })
    expect(out.full.state).toEqual(out.seeded)
    expect(out.full.notes).toBe(true)
    expect(out.roomAgain).toMatchObject({ readOnly: false, import: true, state: { annotations: 2001, integrity: 'ok' } })
  })

  it('no data yet on a full disk: the app starts with empty read-only data and says so', () => {
    const out = runOnRealDisk('fresh-on-full-disk', tempDir(), REAL_CONTENT, 4)
    expect(out.fresh).toMatchObject({ readOnly: true, notices: [{ kind: 'data-read-only', found: 'no' }], notes: true })
    expect(out.fresh.settings).toMatchObject({ ok: false, code: 'storage' })
    expect(out.fresh.dataFolder.filter((f: string) => f.startsWith('study.db'))).toEqual([]) // no half-made database left
  })
})
