import { existsSync, openSync, readdirSync, writeSync, closeSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupIfChanged, listBackups } from '../../../electron/core/db/backup'
import { openStudyDatabase } from '../../../electron/core/db/open'
import { testCore } from '../helpers/core'
import { manualClock, tempDir } from '../helpers/tmp'

const coreAt = (dataDir: string, now: () => Date) => testCore({ dataDir, now, keepBackups: 3 })

function damage(path: string, offset: number, bytes: number) {
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(bytes, 0xa5), 0, bytes, offset)
  closeSync(fd)
}

describe('backups', () => {
  it('backs up only when the data changed, and keeps a bounded number', async () => {
    const dir = tempDir()
    const clock = manualClock()
    const { db, backupsDir } = openStudyDatabase({ dataDir: dir, now: clock.now })
    const opts = { dir: backupsDir, keep: 3, now: clock.now }
    expect(await backupIfChanged(db, opts)).not.toBeNull()
    clock.advance(1000)
    expect(await backupIfChanged(db, opts)).toBeNull() // unchanged
    for (let i = 0; i < 5; i++) {
      clock.advance(1000)
      db.prepare("INSERT OR REPLACE INTO meta VALUES ('n', ?)").run(String(i))
      expect(await backupIfChanged(db, opts)).not.toBeNull()
    }
    const kept = listBackups(backupsDir)
    expect(kept).toHaveLength(3)
    // newest first, and the newest holds the last write
    expect(kept[0]!.takenAt.getTime()).toBeGreaterThan(kept[2]!.takenAt.getTime())
    expect(readdirSync(backupsDir).some((f) => f.endsWith('.partial'))).toBe(false)
    db.close()
  })

  it('takes a backup on quit when something changed', async () => {
    const dir = tempDir()
    const clock = manualClock()
    const core = coreAt(dir, clock.now)
    await core.startupBackup()
    const first = listBackups(join(dir, 'backups')).length
    clock.advance(5000)
    core.handlers['settings.update']({ theme: 'dark' })
    await core.close()
    expect(listBackups(join(dir, 'backups')).length).toBe(first + 1)
  })
})

describe('corrupt database recovery', () => {
  async function seeded(dir: string) {
    const clock = manualClock()
    const core = coreAt(dir, clock.now)
    core.handlers['settings.update']({ language: 'en', theme: 'dark' })
    await core.close() // backup with language=en
    clock.advance(60_000)
    const later = coreAt(dir, clock.now)
    later.handlers['settings.update']({ theme: 'light' }) // after the backup: will be lost
    later.db.pragma('wal_checkpoint(TRUNCATE)')
    later.db.close()
    return clock
  }

  it('restores the newest sound backup when a page is damaged, keeping the damaged file', async () => {
    const dir = tempDir()
    const clock = await seeded(dir)
    const path = join(dir, 'study.db')
    const size = statSync(path).size
    damage(path, 4096, Math.min(4096, size - 4096)) // wipe page 2
    clock.advance(1000)
    const core = coreAt(dir, clock.now)
    const notices = core.handlers['app.notices']({}) as { kind: string; facts: Record<string, string> }[]
    expect(notices.map((n) => n.kind)).toEqual(['db-restored'])
    expect(existsSync(notices[0]!.facts.movedTo!)).toBe(true)
    expect(core.settings.get()).toMatchObject({ language: 'en', theme: 'dark' }) // the backup's values
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok')
    await core.close()
  })

  it('restores when the header is damaged', async () => {
    const dir = tempDir()
    await seeded(dir)
    damage(join(dir, 'study.db'), 0, 100)
    const core = coreAt(dir, () => new Date())
    const [notice] = core.handlers['app.notices']({}) as { kind: string; message: string }[]
    expect(notice?.kind).toBe('db-restored')
    expect(notice?.message).toMatch(/was lost/)
    expect(core.settings.get().language).toBe('en')
    await core.close()
  })

  it('skips a damaged backup and uses an older sound one', async () => {
    const dir = tempDir()
    const clock = await seeded(dir)
    const reopened = coreAt(dir, clock.now)
    clock.advance(60_000)
    await reopened.close() // a second, newer backup (theme=light)
    const [newest, older] = listBackups(join(dir, 'backups'))
    expect(older).toBeDefined()
    damage(newest!.path, 0, 100)
    damage(join(dir, 'study.db'), 0, 100)
    const core = coreAt(dir, clock.now)
    const [notice] = core.handlers['app.notices']({}) as { facts: Record<string, string> }[]
    expect(notice?.facts.backup).toBe(older!.file)
    await core.close()
  })

  it('starts fresh and says so when no backup is usable', () => {
    const dir = tempDir()
    const path = join(dir, 'study.db')
    const { db } = openStudyDatabase({ dataDir: dir })
    db.close()
    damage(path, 0, 100)
    const { db: fresh, notices } = openStudyDatabase({ dataDir: dir })
    expect(notices.map((n) => n.kind)).toEqual(['db-fresh'])
    expect(existsSync(String(notices[0]!.facts.movedTo))).toBe(true)
    expect(fresh.pragma('quick_check', { simple: true })).toBe('ok')
    fresh.close()
  })
})
