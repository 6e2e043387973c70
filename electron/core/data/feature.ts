import type { Database } from 'better-sqlite3'
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFile, type ImportReport } from '@shared/export-schema'
import { ApiFailure } from '@shared/result'
import type { AttemptStatus } from '@shared/vocab'
import { toAnnotation, toPersonal } from '../annotations/feature'
import { annotationText, personalText } from '../annotations/list'
import type { AnnotationRow, AttemptRow, ItemRow, NoteReadRow, PersonalNoteRow, ReportRow, ReviewLogRow, SettingRow } from '../db/rows'
import { toReport } from '../reports/feature'
import { createCardStore } from '../review/cards'
import type { Feature, Handlers } from '../dispatch'

type DataHandlers = Pick<Handlers, 'data.export' | 'data.import'>

/**
 * Export and import of everything the learner did, as one versioned JSON file. Import is
 * all-or-nothing in one transaction, refuses a newer format, and skips what is already there,
 * so importing the same file twice adds nothing twice.
 */
export function dataFeature(db: Database, now: () => Date): Feature<DataHandlers> {
  const cards = createCardStore(db)
  const all = <T>(sql: string) => db.prepare(sql).all() as T[]
  const exists = {
    attempt: db.prepare<[string, number, string], number>('SELECT id FROM attempts WHERE created_at = ? AND seed = ? AND mode = ?').pluck(),
    review: db
      .prepare<[string, string, string, number], number>('SELECT 1 FROM review_log WHERE question_id = ? AND reviewed_at = ? AND source = ? AND rating = ?')
      .pluck(),
  }
  const ins = {
    read: db.prepare<[string, string]>('INSERT OR IGNORE INTO note_reads (note_id, read_at) VALUES (?, ?)'),
    setting: db.prepare<[string, string, string]>(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ),
    attempt:
      db.prepare(`INSERT INTO attempts (mode, config, seed, status, created_at, submitted_at, submit_reason, time_limit_ms, active_ms, strict, started_wall_ms, summary)
      VALUES (@mode, @config, @seed, @status, @createdAt, @submittedAt, @submitReason, @timeLimitMs, @activeMs, @strict, @startedWallMs, @summary)`),
    item: db.prepare(`INSERT INTO attempt_items (attempt_id, position, question_id, option_order, scored, answer, flagged, confidence, time_ms, answered_at, correct)
      VALUES (@attemptId, @position, @questionId, @optionOrder, @scored, @answer, @flagged, @confidence, @timeMs, @answeredAt, @correct)`),
    review: db.prepare<[string, number, string, number, string]>(
      'INSERT INTO review_log (question_id, rating, source, correct, reviewed_at) VALUES (?, ?, ?, ?, ?)',
    ),
    report: db.prepare<[ExportFile['reports'][number]]>(
      'INSERT OR IGNORE INTO question_reports (id, question_id, content_version, kind, comment, created_at) VALUES (@id, @questionId, @contentVersion, @kind, @comment, @createdAt)',
    ),
    annotation: db.prepare(`INSERT OR IGNORE INTO annotations (id, note_id, color, quote, prefix, suffix, position, comment, created_at, updated_at)
      VALUES (@id, @noteId, @color, @quote, @prefix, @suffix, @position, @comment, @createdAt, @updatedAt)`),
    personal: db.prepare(`INSERT OR IGNORE INTO personal_notes (id, note_id, title, body, created_at, updated_at)
      VALUES (@id, @noteId, @title, @body, @createdAt, @updatedAt)`),
    fts: db.prepare<[string, string, string]>('INSERT INTO user_text_fts (kind, ref_id, text) VALUES (?, ?, ?)'),
  }

  function exportAll(): ExportFile {
    const items = all<ItemRow>('SELECT * FROM attempt_items ORDER BY attempt_id, position')
    const byAttempt = new Map<number, ItemRow[]>()
    for (const i of items) byAttempt.set(i.attempt_id, [...(byAttempt.get(i.attempt_id) ?? []), i])
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now().toISOString(),
      settings: Object.fromEntries(all<SettingRow>('SELECT key, value FROM settings').map((r) => [r.key, JSON.parse(r.value) as unknown])),
      noteReads: all<NoteReadRow>('SELECT * FROM note_reads').map((r) => ({ noteId: r.note_id, readAt: r.read_at })),
      // Open attempts stay on this machine: their clock belongs to it.
      attempts: all<AttemptRow>("SELECT * FROM attempts WHERE status != 'open' ORDER BY id")
        .filter((a): a is AttemptRow & { status: Exclude<AttemptStatus, 'open'> } => a.status !== 'open') // the SQL said so; the type learns it here
        .map((a) => ({
          mode: a.mode,
          config: a.config,
          seed: a.seed,
          status: a.status,
          createdAt: a.created_at,
          submittedAt: a.submitted_at,
          submitReason: a.submit_reason,
          timeLimitMs: a.time_limit_ms,
          activeMs: a.active_ms,
          strict: a.strict === 1,
          startedWallMs: a.started_wall_ms,
          summary: a.summary,
          items: (byAttempt.get(a.id) ?? []).map((i) => ({
            position: i.position,
            questionId: i.question_id,
            optionOrder: i.option_order,
            scored: i.scored === 1,
            answer: i.answer,
            flagged: i.flagged === 1,
            confidence: i.confidence,
            timeMs: i.time_ms,
            answeredAt: i.answered_at,
            correct: i.correct === null ? null : i.correct === 1,
          })),
        })),
      reviewLog: all<ReviewLogRow>('SELECT * FROM review_log ORDER BY id').map((r) => ({
        questionId: r.question_id,
        rating: r.rating,
        source: r.source,
        correct: r.correct === 1,
        reviewedAt: r.reviewed_at,
      })),
      annotations: all<AnnotationRow>('SELECT * FROM annotations WHERE deleted_at IS NULL').map(toAnnotation),
      reports: all<ReportRow>('SELECT * FROM question_reports ORDER BY created_at, id').map(toReport),
      personalNotes: all<PersonalNoteRow>('SELECT * FROM personal_notes WHERE deleted_at IS NULL').map(toPersonal),
    }
  }

  function importAll(json: string): ImportReport {
    let raw: unknown
    try {
      raw = JSON.parse(json)
    } catch {
      throw new ApiFailure('invalid_input', 'This file is not valid JSON.', undefined, 'import.not_json')
    }
    const head = raw as { format?: unknown; version?: unknown }
    if (head?.format !== EXPORT_FORMAT) throw new ApiFailure('invalid_input', 'This is not an AWS study desk export file.', undefined, 'import.not_export')
    if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
      throw new ApiFailure(
        'invalid_input',
        `This file comes from a newer version of the app (format ${head.version}); update the app to import it. Nothing was imported.`,
        undefined,
        'import.newer',
        { version: head.version },
      )
    }
    const parsed = ExportFile.safeParse(raw)
    if (!parsed.success) {
      const details = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`)
      throw new ApiFailure('invalid_input', 'This export file is damaged or incomplete. Nothing was imported.', details, 'import.damaged')
    }
    const f = parsed.data
    const added = { noteReads: 0, attempts: 0, reviewLog: 0, annotations: 0, personalNotes: 0, reports: 0 }
    let skipped = 0
    db.transaction(() => {
      const at = now().toISOString()
      for (const [key, value] of Object.entries(f.settings)) ins.setting.run(key, JSON.stringify(value), at)
      for (const r of f.noteReads) {
        if (ins.read.run(r.noteId, r.readAt).changes) added.noteReads++
        else skipped++
      }
      for (const a of f.attempts) {
        if (exists.attempt.get(a.createdAt, a.seed, a.mode) !== undefined) {
          skipped++
          continue
        }
        const id = Number(ins.attempt.run({ ...a, strict: a.strict ? 1 : 0 }).lastInsertRowid)
        // A discarded attempt's answers count nowhere (migration 6); a file from elsewhere, or
        // edited by hand, may still carry their grades, which the dashboard totals would count.
        const graded = a.status !== 'discarded'
        for (const i of a.items) {
          ins.item.run({
            ...i,
            attemptId: id,
            scored: i.scored ? 1 : 0,
            flagged: i.flagged ? 1 : 0,
            correct: !graded || i.correct === null ? null : i.correct ? 1 : 0,
          })
        }
        added.attempts++
      }
      const reviewed = new Set<string>()
      for (const r of f.reviewLog) {
        if (exists.review.get(r.questionId, r.reviewedAt, r.source, r.rating)) skipped++
        else {
          ins.review.run(r.questionId, r.rating, r.source, r.correct ? 1 : 0, r.reviewedAt)
          reviewed.add(r.questionId)
          added.reviewLog++
        }
      }
      // Imported history may predate what is here: each touched card is rebuilt from its log.
      for (const id of reviewed) cards.rebuild(id)
      for (const a of f.annotations) {
        if (ins.annotation.run(a).changes) {
          ins.fts.run('annotation', a.id, annotationText(a.quote, a.comment))
          added.annotations++
        } else skipped++
      }
      for (const p of f.personalNotes) {
        if (ins.personal.run(p).changes) {
          ins.fts.run('personal', p.id, personalText(p.title, p.body))
          added.personalNotes++
        } else skipped++
      }
      for (const r of f.reports) {
        if (ins.report.run(r).changes) added.reports++
        else skipped++
      }
    })()
    return { added, skipped }
  }

  const handlers: DataHandlers = {
    'data.export': () => JSON.stringify(exportAll(), null, 1),
    'data.import': ({ json }) => importAll(json),
  }
  return { handlers }
}
