import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION, migrate, migrations, NewerDatabaseError, schemaVersion, type Migration } from '../../../electron/core/db/migrations'
import { openStudyDatabase } from '../../../electron/core/db/open'
import { latestAnswers } from '../../../electron/core/exam/history'
import { tempDir } from '../helpers/tmp'

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name)

describe('migrations', () => {
  it('is an ordered list without gaps, starting at 1', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1))
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length)
  })

  it('v1 creates the settings and meta tables and sets user_version to 1', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 1))
    expect(schemaVersion(db)).toBe(1)
    expect(tables(db)).toEqual(expect.arrayContaining(['meta', 'settings']))
    db.prepare("INSERT INTO settings VALUES ('language', '\"en\"', 'now')").run()
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('"en"')
  })

  it('v2 adds the trigram search index and reading marks', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 2))
    expect(schemaVersion(db)).toBe(2)
    db.prepare("INSERT INTO note_fts (note_id, slug, title, heading, body) VALUES ('vpc', '', 'VPC', '', 'インターネットゲートウェイ')").run()
    expect(db.prepare('SELECT note_id FROM note_fts WHERE note_fts MATCH \'"ゲートウェイ"\'').pluck().get()).toBe('vpc')
    db.prepare("INSERT INTO note_reads VALUES ('vpc', '2026-11-25T00:00:00Z')").run()
  })

  it('v3 adds attempts and their items, removed with the attempt', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, migrations.slice(0, 3))
    expect(schemaVersion(db)).toBe(3)
    db.prepare("INSERT INTO attempts (id, mode, config, seed, status, created_at, started_wall_ms) VALUES (1, 'mock', '{}', 1, 'open', 'now', 0)").run()
    db.prepare("INSERT INTO attempt_items (attempt_id, position, question_id, option_order) VALUES (1, 0, 'q', '[]')").run()
    expect(() =>
      db.prepare("INSERT INTO attempts (mode, config, seed, status, created_at, started_wall_ms) VALUES ('other', '{}', 1, 'open', 'now', 0)").run(),
    ).toThrow(/CHECK/)
    db.prepare('DELETE FROM attempts WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM attempt_items').pluck().get()).toBe(0)
  })

  it('v4 adds the append-only review log, one exam entry per question and attempt', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 4))
    expect(schemaVersion(db)).toBe(4)
    const add = db.prepare(
      "INSERT OR IGNORE INTO review_log (question_id, rating, source, attempt_id, correct, reviewed_at) VALUES ('q', 1, 'review', ?, 0, 'now')",
    )
    add.run(null)
    add.run(null)
    expect(db.prepare('SELECT count(*) FROM review_log').pluck().get()).toBe(2) // reviews repeat freely
    expect(() => db.prepare("INSERT INTO review_log (question_id, rating, source, correct, reviewed_at) VALUES ('q', 5, 'review', 0, 'now')").run()).toThrow(
      /CHECK/,
    )
  })

  it('v5 adds annotations, personal notes and their search index', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 5))
    expect(schemaVersion(db)).toBe(5)
    db.prepare(
      "INSERT INTO annotations (id, note_id, color, quote, prefix, suffix, position, created_at, updated_at) VALUES ('a', 'vpc', 'yellow', 'q', '', '', 0, 'now', 'now')",
    ).run()
    expect(() =>
      db
        .prepare(
          "INSERT INTO annotations (id, note_id, color, quote, prefix, suffix, position, created_at, updated_at) VALUES ('b', 'vpc', 'red', 'q', '', '', 0, 'now', 'now')",
        )
        .run(),
    ).toThrow(/CHECK/)
    db.prepare("INSERT INTO user_text_fts (kind, ref_id, text) VALUES ('annotation', 'a', 'ゲートウェイの話')").run()
    expect(db.prepare('SELECT ref_id FROM user_text_fts WHERE user_text_fts MATCH \'"ゲートウェイ"\'').pluck().get()).toBe('a')
  })

  it('v6 clears grades of discarded attempts and adds the dashboard indexes', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 5))
    db.exec(`INSERT INTO attempts (id, mode, config, seed, status, created_at, started_wall_ms) VALUES (1, 'practice', '{}', 1, 'discarded', 'now', 0), (2, 'practice', '{}', 1, 'submitted', 'now', 0);
      INSERT INTO attempt_items (attempt_id, position, question_id, option_order, correct) VALUES (1, 0, 'q', '[]', 1), (2, 0, 'q', '[]', 1);`)
    migrate(db, migrations.slice(0, 6))
    expect(schemaVersion(db)).toBe(6)
    expect(db.prepare('SELECT attempt_id FROM attempt_items WHERE correct IS NOT NULL').pluck().all()).toEqual([2])
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT question_id, count(*) FROM attempt_items WHERE correct IS NOT NULL GROUP BY question_id').all() as {
      detail: string
    }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/attempt_items_graded/)
  })

  it('v7 adds the parsed-content cache', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 7))
    expect(schemaVersion(db)).toBe(7)
    db.prepare("INSERT INTO content_cache VALUES ('notes/a.md', '1:2', '{}')").run()
    expect(() => db.prepare("INSERT INTO content_cache VALUES ('notes/a.md', '1:3', '{}')").run()).toThrow(/UNIQUE/)
  })

  it('v8 keeps the dashboard totals by trigger, equal to a recount after any sequence of writes', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, migrations.slice(0, 7))
    db.exec(`INSERT INTO attempts (id, mode, config, seed, status, created_at, started_wall_ms) VALUES (1, 'practice', '{}', 1, 'submitted', 'now', 0);
      INSERT INTO attempt_items (attempt_id, position, question_id, option_order, correct, answered_at) VALUES
        (1, 0, 'q1', '[]', 1, '2026-11-01T10:05:00.000Z'), (1, 1, 'q1', '[]', 0, '2026-11-01T10:07:00.000Z'), (1, 2, 'q2', '[]', NULL, NULL);`)
    migrate(db, migrations.slice(0, 8))
    expect(schemaVersion(db)).toBe(8)
    const totals = () => db.prepare('SELECT question_id, total, correct FROM question_totals WHERE total > 0 ORDER BY 1').all()
    const slots = () => db.prepare('SELECT slot, n FROM answer_slots WHERE n > 0 ORDER BY 1').all()
    const recount = () => ({
      totals: db
        .prepare('SELECT question_id, count(*) AS total, sum(correct) AS correct FROM attempt_items WHERE correct IS NOT NULL GROUP BY 1 ORDER BY 1')
        .all(),
      slots: db
        .prepare(
          'SELECT substr(answered_at, 1, 15) AS slot, count(*) AS n FROM attempt_items WHERE correct IS NOT NULL AND answered_at IS NOT NULL GROUP BY 1 ORDER BY 1',
        )
        .all(),
    })
    expect({ totals: totals(), slots: slots() }).toEqual(recount()) // the backfill
    expect(totals()).toEqual([{ question_id: 'q1', total: 2, correct: 1 }])

    // Every kind of write the app makes: new items, answers with and without a grade, re-answers
    // moving to another time slot, grading at submit, ungrading a discarded attempt, deletion.
    const grade = fc.constantFrom<number | null>(null, 0, 1)
    const when = fc.constantFrom<string | null>(null, '2026-11-01T10:05:00.000Z', '2026-11-01T10:15:00.000Z', '2026-11-02T00:01:00.000Z')
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        attempt: fc.integer({ min: 1, max: 3 }),
        q: fc.constantFrom('q1', 'q2', 'q3'),
        correct: grade,
        at: when,
      }),
      fc.record({
        kind: fc.constant('answer' as const),
        attempt: fc.integer({ min: 1, max: 3 }),
        position: fc.integer({ min: 0, max: 5 }),
        correct: grade,
        at: when,
      }),
      fc.record({ kind: fc.constant('ungrade' as const), attempt: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('delete' as const), attempt: fc.integer({ min: 2, max: 3 }) }),
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40, size: 'max' }), (ops) => {
        // 'max': long sequences, not fast-check's short default
        const save = db.transaction(() => {
          for (const o of ops) {
            db.prepare(
              "INSERT OR IGNORE INTO attempts (id, mode, config, seed, status, created_at, started_wall_ms) VALUES (?, 'practice', '{}', 1, 'open', 'now', 0)",
            ).run(o.attempt)
            if (o.kind === 'insert') {
              const next = db.prepare('SELECT coalesce(max(position) + 1, 0) FROM attempt_items WHERE attempt_id = ?').pluck().get(o.attempt) as number
              db.prepare("INSERT INTO attempt_items (attempt_id, position, question_id, option_order, correct, answered_at) VALUES (?, ?, ?, '[]', ?, ?)").run(
                o.attempt,
                next,
                o.q,
                o.correct,
                o.at,
              )
            } else if (o.kind === 'answer') {
              db.prepare('UPDATE attempt_items SET answer = \'["A"]\', correct = ?, answered_at = ? WHERE attempt_id = ? AND position = ?').run(
                o.correct,
                o.at,
                o.attempt,
                o.position,
              )
            } else if (o.kind === 'ungrade') {
              db.prepare('UPDATE attempt_items SET correct = NULL WHERE attempt_id = ?').run(o.attempt)
            } else {
              db.prepare('DELETE FROM attempts WHERE id = ?').run(o.attempt) // items go by ON DELETE CASCADE
            }
          }
        })
        save()
        expect({ totals: totals(), slots: slots() }).toEqual(recount())
      }),
      { numRuns: 200 },
    )
  })

  it("v9 copies each attempt's submit time onto its items and indexes the latest answer per question", () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, migrations.slice(0, 8))
    db.exec(`INSERT INTO attempts (id, mode, config, seed, status, created_at, submitted_at, started_wall_ms) VALUES
        (1, 'mock', '{}', 1, 'submitted', 'now', '2026-11-01T11:00:00.000Z', 0), (2, 'practice', '{}', 1, 'open', 'now', NULL, 0);
      INSERT INTO attempt_items (attempt_id, position, question_id, option_order, correct, answered_at) VALUES
        (1, 0, 'q1', '[]', 1, '2026-11-01T10:05:00.000Z'), (1, 1, 'q2', '[]', 0, NULL), (2, 0, 'q1', '[]', NULL, NULL);`)
    migrate(db, migrations.slice(0, 9))
    expect(schemaVersion(db)).toBe(9)
    const copies = () => db.prepare('SELECT attempt_id, position, attempt_submitted_at AS at FROM attempt_items ORDER BY 1, 2').all()
    const truth = () =>
      db.prepare('SELECT i.attempt_id, i.position, a.submitted_at AS at FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id ORDER BY 1, 2').all()
    expect(copies()).toEqual(truth()) // the backfill
    expect(copies()).toContainEqual({ attempt_id: 1, position: 1, at: '2026-11-01T11:00:00.000Z' })

    // Submitting, changing a submit time and adding items to a submitted attempt (an import) keep it.
    db.exec("UPDATE attempts SET status = 'submitted', submitted_at = '2026-11-02T09:00:00.000Z' WHERE id = 2")
    db.exec("UPDATE attempts SET submitted_at = '2026-11-01T12:00:00.000Z' WHERE id = 1")
    db.exec("INSERT INTO attempt_items (attempt_id, position, question_id, option_order, correct, attempt_submitted_at) VALUES (1, 2, 'q3', '[]', 1, 'wrong')")
    expect(copies()).toEqual(truth())

    // The history query seeks this index per question and sorts only its one row per question.
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${latestAnswers(db).source}`).all() as { detail: string }[]).map((p) => p.detail)
    expect(plan.filter((d) => d.includes('attempt_items_latest'))).toHaveLength(2)
    expect(plan.filter((d) => d.includes('TEMP B-TREE'))).toHaveLength(1)
  })

  it('v10 adds pending answer time to items, zero for existing rows', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, migrations.slice(0, 9))
    db.exec(`INSERT INTO attempts (id, mode, config, seed, status, created_at, active_ms, started_wall_ms) VALUES (1, 'mock', '{}', 1, 'open', 'now', 5000, 0);
      INSERT INTO attempt_items (attempt_id, position, question_id, option_order, time_ms) VALUES (1, 0, 'q1', '[]', 5000);`)
    migrate(db, migrations.slice(0, 10))
    expect(schemaVersion(db)).toBe(10)
    expect(db.prepare('SELECT pending_ms FROM attempt_items').pluck().all()).toEqual([0]) // an open attempt keeps its time
    expect(() => db.exec("INSERT INTO attempt_items (attempt_id, position, question_id, option_order, pending_ms) VALUES (1, 1, 'q2', '[]', NULL)")).toThrow(
      /NOT NULL/,
    )
  })

  it('v11 adds question reports with a kind from the vocabulary', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 11))
    expect(schemaVersion(db)).toBe(11)
    db.prepare("INSERT INTO question_reports VALUES ('r1', 'd1-x-001', 'abc', 'wrong', '解説が古い', 'now')").run()
    expect(() => db.prepare("INSERT INTO question_reports VALUES ('r2', 'd1-x-001', 'abc', 'spam', '', 'now')").run()).toThrow(/CHECK/)
    expect(db.prepare('SELECT comment FROM question_reports').pluck().all()).toEqual(['解説が古い'])
  })

  it("v12 keeps each question's card beside the log, filled from the existing log", () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 11))
    db.prepare(
      "INSERT INTO review_log (question_id, rating, source, attempt_id, correct, reviewed_at) VALUES ('d1-x-001', 1, 'review', NULL, 0, '2026-11-01T10:00:00.000Z')",
    ).run()
    migrate(db, migrations.slice(0, 12))
    expect(schemaVersion(db)).toBe(12)
    expect(db.prepare('SELECT question_id, reps, last_rating FROM review_cards').all()).toEqual([{ question_id: 'd1-x-001', reps: 1, last_rating: 1 }])
  })

  it("v13 indexes review entries by source and time (the daily limits count today's)", () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 13))
    expect(schemaVersion(db)).toBe(13)
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT question_id FROM review_log WHERE source = 'review' AND reviewed_at >= ?").all('2026-11-01') as {
      detail: string
    }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/review_log_source_time/)
  })

  it('v14 turns the content cache into V8-serialized blobs, dropping the old text entries', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 13))
    db.prepare("INSERT INTO content_cache VALUES ('notes/a.md', '1:2', '{}')").run()
    migrate(db, migrations.slice(0, 14))
    expect(schemaVersion(db)).toBe(14)
    expect(db.prepare('SELECT count(*) FROM content_cache').pluck().get()).toBe(0) // rebuilt at the next start
    expect(() => db.prepare("INSERT INTO content_cache VALUES ('notes/a.md', '1:2', '{}')").run()).toThrow(/cannot store TEXT/)
    db.prepare("INSERT INTO content_cache VALUES ('notes/a.md', '1:2', x'ff0d')").run()
  })

  it('runs each migration in its own transaction: a failing step leaves the previous version', () => {
    const db = new Database(':memory:')
    const broken: Migration[] = [
      migrations[0]!,
      {
        version: 2,
        name: 'half done',
        up: (d) => {
          d.exec('CREATE TABLE half (x)')
          throw new Error('boom')
        },
      },
    ]
    expect(() => migrate(db, broken)).toThrow('boom')
    expect(schemaVersion(db)).toBe(1)
    expect(tables(db)).not.toContain('half')
  })

  it('does nothing on an up-to-date database', () => {
    const db = new Database(':memory:')
    migrate(db)
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION)
  })

  it('refuses a database from a newer app version and leaves the file untouched', () => {
    const dir = tempDir()
    const path = join(dir, 'study.db')
    const future = new Database(path)
    future.exec('CREATE TABLE from_the_future (x)')
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    future.close()
    const before = readFileSync(path)
    expect(() => openStudyDatabase({ dataDir: dir })).toThrow(NewerDatabaseError)
    expect(() => openStudyDatabase({ dataDir: dir })).toThrow(/newer version/)
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('opens with WAL and foreign keys on', () => {
    const { db } = openStudyDatabase({ dataDir: tempDir() })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })
})
