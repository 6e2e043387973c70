import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createContentCache } from '../../../electron/core/content/cache'
import { loadContent } from '../../../electron/core/content/load'
import { migrate } from '../../../electron/core/db/migrations'
import { REAL_CONTENT } from '../helpers/core'
import { tempDir } from '../helpers/tmp'

describe('parsed content cache', () => {
  const setup = () => {
    const dir = tempDir()
    cpSync(REAL_CONTENT, dir, { recursive: true })
    const db = new Database(':memory:')
    migrate(db)
    return { dir, db }
  }

  it('gives the same content warm as cold', () => {
    const { dir, db } = setup()
    const cold = loadContent(dir, createContentCache(db))
    const warm = loadContent(dir, createContentCache(db))
    expect(warm).toEqual(cold)
    expect(db.prepare('SELECT count(*) FROM content_cache').pluck().get()).toBeGreaterThan(36)
  })

  it('re-parses a file that changed, and re-checks references every time', () => {
    const { dir, db } = setup()
    loadContent(dir, createContentCache(db))
    const file = join(dir, 'notes', '13-vpc.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: VPC', 'title: VPC（改訂）'))
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    const after = loadContent(dir, createContentCache(db))
    expect(after.notes.find((n) => n.id === 'vpc')!.title).toBe('VPC（改訂）')
    // A question file unchanged, but the heading it points at removed from its note: caught.
    const api = join(dir, 'notes', '36-api-gateway.md')
    writeFileSync(api, readFileSync(api, 'utf8').replace('## 機能', '## できること'))
    utimesSync(api, new Date(), new Date(Date.now() + 10_000))
    const broken = loadContent(dir, createContentCache(db))
    expect(broken.problems.some((p) => /has no heading "機能"/.test(p.message))).toBe(true)
  })

  it('treats a damaged cache entry as a miss', () => {
    const { dir, db } = setup()
    const cold = loadContent(dir, createContentCache(db))
    db.prepare("UPDATE content_cache SET value = x'deadbeef00'").run()
    expect(loadContent(dir, createContentCache(db))).toEqual(cold)
  })
})
