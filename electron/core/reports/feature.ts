import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { QuestionReport } from '@shared/report-types'
import { ApiFailure } from '@shared/result'
import type { LoadedContent } from '../content/load'
import type { ReportRow } from '../db/rows'
import type { Feature, Handlers } from '../dispatch'

type ReportHandlers = Pick<Handlers, 'reports.create' | 'reports.list' | 'reports.delete'>

export const toReport = (r: ReportRow): QuestionReport => ({
  id: r.id,
  questionId: r.question_id,
  contentVersion: r.content_version,
  kind: r.kind,
  comment: r.comment,
  createdAt: r.created_at,
})

/** The short content version a report records: the first 12 characters of the content hash. */
export const contentVersionOf = (content: Pick<LoadedContent, 'hash'>) => content.hash.slice(0, 12)

/** Learners report a question as wrong or unclear; the reports stay local and go out with the export. */
export function reportsFeature(db: Database, content: LoadedContent, now: () => Date): Feature<ReportHandlers> {
  const known = new Set(content.questions.map((q) => q.id))
  const insert = db.prepare<[string, string, string, string, string, string]>(
    'INSERT INTO question_reports (id, question_id, content_version, kind, comment, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const list = db.prepare<[], ReportRow>('SELECT * FROM question_reports ORDER BY created_at DESC, id')
  const one = db.prepare<[string], ReportRow>('SELECT * FROM question_reports WHERE id = ?')
  const remove = db.prepare<[string]>('DELETE FROM question_reports WHERE id = ?')
  const handlers: ReportHandlers = {
    'reports.create': ({ questionId, kind, comment }) => {
      if (!known.has(questionId)) throw new ApiFailure('not_found', `There is no question ${questionId}.`, undefined, 'question.unknown', { id: questionId })
      const id = randomUUID()
      insert.run(id, questionId, contentVersionOf(content), kind, comment.trim(), now().toISOString())
      return toReport(one.get(id)!)
    },
    'reports.list': () => list.all().map(toReport),
    'reports.delete': ({ id }) => remove.run(id).changes > 0,
  }
  return { handlers }
}
