import type { Database } from 'better-sqlite3'
import { REPORT_KINDS } from '@shared/vocab'
import { createCardStore } from '../review/cards'

export interface Migration {
  /** user_version after this migration; the list is ordered and has no gaps. */
  version: number
  name: string
  up(db: Database): void
}

/**
 * Ordered list of schema migrations. Never edit a shipped entry: append a new one.
 * Each runs in its own transaction that also sets user_version, so a crash leaves the
 * database at the previous version, never half-migrated.
 */
export const migrations: Migration[] = [
  {
    version: 1,
    name: 'settings and meta',
    up(db) {
      db.exec(`
        CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE meta (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;
      `)
    },
  },
  {
    version: 2,
    name: 'content search index and reading progress',
    up(db) {
      // The index is derived from content/ and rebuilt when the content hash changes; the
      // trigram tokenizer makes Japanese (no spaces between words) searchable.
      db.exec(`
        CREATE VIRTUAL TABLE note_fts USING fts5(
          note_id UNINDEXED, slug UNINDEXED, title, heading, body,
          tokenize = 'trigram'
        );
        CREATE TABLE note_reads (
          note_id TEXT PRIMARY KEY,
          read_at TEXT NOT NULL
        ) STRICT;
      `)
    },
  },
  {
    version: 3,
    name: 'exam attempts and answers',
    up(db) {
      db.exec(`
        CREATE TABLE attempts (
          id INTEGER PRIMARY KEY,
          mode TEXT NOT NULL CHECK (mode IN ('mock', 'practice', 'drill')),
          config TEXT NOT NULL,
          seed INTEGER NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('open', 'submitted', 'discarded')),
          created_at TEXT NOT NULL,
          submitted_at TEXT,
          submit_reason TEXT,
          time_limit_ms INTEGER,
          active_ms INTEGER NOT NULL DEFAULT 0,
          strict INTEGER NOT NULL DEFAULT 0,
          started_wall_ms INTEGER NOT NULL,
          summary TEXT
        ) STRICT;
        CREATE INDEX attempts_open ON attempts (mode) WHERE status = 'open';
        CREATE TABLE attempt_items (
          attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          question_id TEXT NOT NULL,
          option_order TEXT NOT NULL,
          scored INTEGER NOT NULL DEFAULT 1,
          answer TEXT,
          flagged INTEGER NOT NULL DEFAULT 0,
          confidence TEXT CHECK (confidence IN ('sure', 'unsure', 'guess')),
          time_ms INTEGER NOT NULL DEFAULT 0,
          answered_at TEXT,
          correct INTEGER,
          PRIMARY KEY (attempt_id, position)
        ) STRICT;
      `)
    },
  },
  {
    version: 4,
    name: 'spaced review log',
    up(db) {
      // Append-only, like Anki's revlog: every card's state is recomputed by replaying it.
      db.exec(`
        CREATE TABLE review_log (
          id INTEGER PRIMARY KEY,
          question_id TEXT NOT NULL,
          rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
          source TEXT NOT NULL CHECK (source IN ('exam', 'review')),
          attempt_id INTEGER REFERENCES attempts (id),
          correct INTEGER NOT NULL,
          reviewed_at TEXT NOT NULL,
          UNIQUE (attempt_id, question_id)
        ) STRICT;
        CREATE INDEX review_log_question ON review_log (question_id, reviewed_at);
      `)
    },
  },
  {
    version: 5,
    name: 'annotations and personal notes',
    up(db) {
      // Deleting only sets deleted_at, so an undo restores exactly what was there.
      db.exec(`
        CREATE TABLE annotations (
          id TEXT PRIMARY KEY,
          note_id TEXT NOT NULL,
          color TEXT NOT NULL CHECK (color IN ('yellow', 'green', 'blue', 'pink')),
          quote TEXT NOT NULL,
          prefix TEXT NOT NULL,
          suffix TEXT NOT NULL,
          position INTEGER NOT NULL,
          comment TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;
        CREATE INDEX annotations_note ON annotations (note_id, position) WHERE deleted_at IS NULL;
        CREATE TABLE personal_notes (
          id TEXT PRIMARY KEY,
          note_id TEXT,
          title TEXT NOT NULL,
          body TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;
        CREATE VIRTUAL TABLE user_text_fts USING fts5(kind UNINDEXED, ref_id UNINDEXED, text, tokenize = 'trigram');
      `)
    },
  },
  {
    version: 6,
    name: 'indexes for the dashboard; discarded attempts hold no graded answers',
    up(db) {
      // From now on "correct IS NOT NULL" alone means a graded answer that counts, so the
      // dashboard reads covering indexes instead of joining every answer to its attempt.
      db.exec(`
        UPDATE attempt_items SET correct = NULL
          WHERE attempt_id IN (SELECT id FROM attempts WHERE status = 'discarded');
        CREATE INDEX attempt_items_graded ON attempt_items (question_id, correct) WHERE correct IS NOT NULL;
        CREATE INDEX attempts_submitted ON attempts (submitted_at) WHERE status = 'submitted';
      `)
    },
  },
  {
    version: 7,
    name: 'parsed content cache',
    up(db) {
      // Derived data only: losing it costs one slower start, nothing else.
      db.exec('CREATE TABLE content_cache (file TEXT PRIMARY KEY, stamp TEXT NOT NULL, value TEXT NOT NULL) STRICT')
    },
  },
  {
    version: 8,
    name: 'dashboard totals kept by triggers',
    up(db) {
      // What the dashboard sums over every graded answer (per question, and per ten-minute UTC
      // slot for the study log), kept current by triggers on attempt_items instead of being
      // recounted from 100,000 rows on every visit. A graded answer is one with correct set;
      // saves that leave it NULL (a mock in progress) skip the triggers through their WHEN.
      db.exec(`
        CREATE TABLE question_totals (question_id TEXT PRIMARY KEY, total INTEGER NOT NULL, correct INTEGER NOT NULL) STRICT, WITHOUT ROWID;
        CREATE TABLE answer_slots (slot TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT, WITHOUT ROWID;
        INSERT INTO question_totals SELECT question_id, count(*), sum(correct) FROM attempt_items WHERE correct IS NOT NULL GROUP BY question_id;
        INSERT INTO answer_slots SELECT substr(answered_at, 1, 15), count(*) FROM attempt_items
          WHERE correct IS NOT NULL AND answered_at IS NOT NULL GROUP BY 1;

        CREATE TRIGGER attempt_items_totals_insert AFTER INSERT ON attempt_items WHEN NEW.correct IS NOT NULL BEGIN
          INSERT INTO question_totals VALUES (NEW.question_id, 1, NEW.correct)
            ON CONFLICT (question_id) DO UPDATE SET total = total + 1, correct = correct + excluded.correct;
          INSERT INTO answer_slots SELECT substr(NEW.answered_at, 1, 15), 1 WHERE NEW.answered_at IS NOT NULL
            ON CONFLICT (slot) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER attempt_items_totals_update AFTER UPDATE OF correct, answered_at, question_id ON attempt_items
        WHEN OLD.correct IS NOT NULL OR NEW.correct IS NOT NULL BEGIN
          UPDATE question_totals SET total = total - 1, correct = correct - OLD.correct
            WHERE OLD.correct IS NOT NULL AND question_id = OLD.question_id;
          INSERT INTO question_totals SELECT NEW.question_id, 1, NEW.correct WHERE NEW.correct IS NOT NULL
            ON CONFLICT (question_id) DO UPDATE SET total = total + 1, correct = correct + excluded.correct;
          UPDATE answer_slots SET n = n - 1
            WHERE OLD.correct IS NOT NULL AND OLD.answered_at IS NOT NULL AND slot = substr(OLD.answered_at, 1, 15);
          INSERT INTO answer_slots SELECT substr(NEW.answered_at, 1, 15), 1 WHERE NEW.correct IS NOT NULL AND NEW.answered_at IS NOT NULL
            ON CONFLICT (slot) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER attempt_items_totals_delete AFTER DELETE ON attempt_items WHEN OLD.correct IS NOT NULL BEGIN
          UPDATE question_totals SET total = total - 1, correct = correct - OLD.correct WHERE question_id = OLD.question_id;
          UPDATE answer_slots SET n = n - 1 WHERE OLD.answered_at IS NOT NULL AND slot = substr(OLD.answered_at, 1, 15);
        END;
      `)
    },
  },
  {
    version: 9,
    name: 'latest answer per question by index',
    up(db) {
      // An answer's time is coalesce(answered_at, the attempt's submitted_at): a question left
      // blank is graded at submit. An index cannot reach into attempts, so each item carries a
      // copy of its attempt's submitted_at; then two index seeks per question find its first and
      // latest graded answer instead of sorting all 100,000 (exam/history.ts). The copy changes
      // only at submit and on import, never on an answer save; items never move between attempts.
      db.exec(`
        ALTER TABLE attempt_items ADD COLUMN attempt_submitted_at TEXT;
        UPDATE attempt_items SET attempt_submitted_at = (SELECT a.submitted_at FROM attempts a WHERE a.id = attempt_id)
          WHERE attempt_id IN (SELECT id FROM attempts WHERE submitted_at IS NOT NULL);
        CREATE INDEX attempt_items_latest
          ON attempt_items (question_id, coalesce(answered_at, attempt_submitted_at), attempt_id, position) WHERE correct IS NOT NULL;

        CREATE TRIGGER attempts_submitted_at_copy AFTER UPDATE OF submitted_at ON attempts
        WHEN NEW.submitted_at IS NOT OLD.submitted_at BEGIN
          UPDATE attempt_items SET attempt_submitted_at = NEW.submitted_at WHERE attempt_id = NEW.id;
        END;
        CREATE TRIGGER attempt_items_submitted_at_insert AFTER INSERT ON attempt_items
        WHEN NEW.attempt_submitted_at IS NOT (SELECT submitted_at FROM attempts WHERE id = NEW.attempt_id) BEGIN
          UPDATE attempt_items SET attempt_submitted_at = (SELECT submitted_at FROM attempts WHERE id = NEW.attempt_id) WHERE rowid = NEW.rowid;
        END;
      `)
    },
  },
  {
    version: 10,
    name: 'answer time credited on the item row alone',
    up(db) {
      // An answer credits the time since the last report to its item and to the attempt. Writing
      // both rows took two pages per commit; now the answer writes only its item and notes the
      // attempt's share in pending_ms, which the attempt's active time includes when read
      // (exam/store.ts) and which submit folds into attempts.active_ms. Existing rows need no
      // backfill: nothing is pending yet.
      db.exec('ALTER TABLE attempt_items ADD COLUMN pending_ms INTEGER NOT NULL DEFAULT 0')
    },
  },
  {
    version: 11,
    name: 'question reports',
    up(db) {
      // A learner's report that a question is wrong or unclear, kept with the content version it
      // was seen in, so the authors can tell whether a later edit already answered it.
      db.exec(`
        CREATE TABLE question_reports (
          id TEXT PRIMARY KEY,
          question_id TEXT NOT NULL,
          content_version TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN (${REPORT_KINDS.map((k) => `'${k}'`).join(', ')})),
          comment TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX question_reports_created ON question_reports (created_at);
      `)
    },
  },
  {
    version: 12,
    name: 'review cards kept with the log',
    up(db) {
      // Reading the review queue replayed the whole review_log (1.4–3 s at 50,000 entries). Each
      // question's card is now kept here, written in the same transaction as its log entry
      // (review/cards.ts); the log stays the record, and this table is filled from it once.
      db.exec(`
        CREATE TABLE review_cards (
          question_id TEXT PRIMARY KEY,
          due TEXT NOT NULL,
          stability REAL NOT NULL,
          difficulty REAL NOT NULL,
          elapsed_days REAL NOT NULL,
          scheduled_days REAL NOT NULL,
          learning_steps INTEGER NOT NULL,
          reps INTEGER NOT NULL,
          lapses INTEGER NOT NULL,
          state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
          last_review TEXT,
          last_rating INTEGER CHECK (last_rating BETWEEN 1 AND 4),
          last_log_at TEXT NOT NULL,
          last_log_id INTEGER NOT NULL
        ) STRICT;
      `)
      const cards = createCardStore(db)
      for (const id of db.prepare<[], string>('SELECT DISTINCT question_id FROM review_log').pluck().all()) cards.rebuild(id)
    },
  },
  {
    version: 13,
    name: 'review entries by source and time',
    up(db) {
      // The daily review limits count today's review-screen answers; without this index that
      // count would read the whole log.
      db.exec('CREATE INDEX review_log_source_time ON review_log (source, reviewed_at, question_id);')
    },
  },
  {
    version: 14,
    name: 'parsed-content cache as V8-serialized blobs',
    up(db) {
      // With the 513-question bank, decoding ~2 MB of cached JSON text took most of a warm start
      // (23 ms of 45); V8's own serialization reads back ~3.5× faster. It is only a cache: the old
      // entries are dropped and rebuilt on the next start.
      db.exec('DROP TABLE content_cache; CREATE TABLE content_cache (file TEXT PRIMARY KEY, stamp TEXT NOT NULL, value BLOB NOT NULL) STRICT')
    },
  },
]

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0

export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of AWS study desk (schema ${found}; this app understands up to ${supported}). ` +
        'Please update the app. The database was left untouched.',
    )
    this.name = 'NewerDatabaseError'
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Applies every migration newer than the database, each in its own transaction. */
export function migrate(db: Database, list: Migration[] = migrations): number {
  const latest = list[list.length - 1]?.version ?? 0
  const current = schemaVersion(db)
  if (current > latest) throw new NewerDatabaseError(current, latest)
  for (const m of list) {
    if (m.version <= current) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
  return schemaVersion(db)
}
