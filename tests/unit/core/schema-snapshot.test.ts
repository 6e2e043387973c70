import { readFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/core/db/migrations'
import { schemaSql } from '../../../electron/core/db/schema-dump'
import { ATTEMPT_STATUSES, CONFIDENCES, EXAM_MODES, HIGHLIGHT_COLOURS, REPORT_KINDS, REVIEW_RATINGS, REVIEW_SOURCES } from '@shared/vocab'

/** Each enumerated column's vocabulary (electron/shared/vocab.ts), which its SQL CHECK must allow exactly. */
const VOCAB: Record<string, readonly string[]> = {
  'annotations.color': HIGHLIGHT_COLOURS,
  'attempt_items.confidence': CONFIDENCES,
  'attempts.mode': EXAM_MODES,
  'attempts.status': ATTEMPT_STATUSES,
  'question_reports.kind': REPORT_KINDS,
  'review_log.source': REVIEW_SOURCES,
}

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

  it('allows in every enumerated column exactly the values the shared vocabulary defines', () => {
    const db = new Database(':memory:')
    migrate(db)
    const found: Record<string, string[]> = {}
    for (const { name, sql } of db
      .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%CHECK%'")
      .all()) {
      for (const m of sql.matchAll(/(\w+) TEXT[^,]*CHECK \(\1 IN \(([^)]*)\)\)/g))
        found[`${name}.${m[1]}`] = [...m[2]!.matchAll(/'([^']*)'/g)].map((v) => v[1]!)
    }
    expect(found).toEqual(Object.fromEntries(Object.entries(VOCAB).map(([k, v]) => [k, [...v]])))
    // Ratings are stored as their 1-based position in the vocabulary.
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'review_log'").pluck().get()).toContain(
      `rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND ${REVIEW_RATINGS.length})`,
    )
  })
})
