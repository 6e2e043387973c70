import { readFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/core/db/migrations'
import { schemaSql } from '../../../electron/core/db/schema-dump'

describe('schema.sql', () => {
  it('is the shape the migrations leave (after a migration, run npm run schema)', () => {
    const db = new Database(':memory:')
    migrate(db)
    expect(readFileSync('electron/core/db/schema.sql', 'utf8')).toBe(schemaSql(db))
  })

  it('changes when a migration changes the shape', () => {
    const db = new Database(':memory:')
    migrate(db)
    const before = schemaSql(db)
    db.exec('ALTER TABLE settings ADD COLUMN extra TEXT')
    expect(schemaSql(db)).not.toBe(before)
    expect(schemaSql(db)).toContain('extra TEXT')
  })
})
