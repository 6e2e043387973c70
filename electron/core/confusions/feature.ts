import type { Database } from 'better-sqlite3'
import { subDays } from 'date-fns'
import type { ChoiceRecord, ConfusionPair, LinkedConcept } from '@shared/confusion-types'
import type { Concept } from '@shared/content-types'
import { ApiFailure } from '@shared/result'
import type { LoadedContent } from '../content/load'
import type { Feature, Handlers } from '../dispatch'
import { confusionPairs, questionsPairing } from './derive'

type ConfusionHandlers = Pick<Handlers, 'confusions.list' | 'confusions.choices'>

const TOP = 50

/** Confusions: which concept the learner picked when the answer was another, and each question's choice history. */
export function confusionsFeature(db: Database, content: LoadedContent, now: () => Date): Feature<ConfusionHandlers> {
  const byId = new Map(content.questions.map((q) => [q.id, q]))
  const concepts = new Map(content.concepts.map((c) => [c.id, c]))
  const comparisonOf = (a: string, b: string) =>
    content.comparisons.find((c) => (c.pair[0] === a && c.pair[1] === b) || (c.pair[0] === b && c.pair[1] === a)) ?? null
  // Graded wrong answers only (an open mock's answers are graded when it is submitted), and none
  // from an attempt the learner threw away.
  const wrong = db.prepare<[], { question_id: string; answer: string; at: string }>(
    `SELECT i.question_id, i.answer, coalesce(i.answered_at, i.attempt_submitted_at) AS at FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
     WHERE i.correct = 0 AND i.answer IS NOT NULL AND a.status != 'discarded' AND coalesce(i.answered_at, i.attempt_submitted_at) IS NOT NULL`,
  )
  const choices = db.prepare<[string], { answer: string; correct: number; at: string; mode: ChoiceRecord['mode'] }>(
    `SELECT i.answer, i.correct, coalesce(i.answered_at, i.attempt_submitted_at) AS at, a.mode FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
     WHERE i.question_id = ? AND i.correct IS NOT NULL AND i.answer IS NOT NULL AND a.status != 'discarded' ORDER BY at DESC LIMIT 50`,
  )
  const notes = new Map(content.notes.map((n) => [n.id, n]))
  const linked = (id: string): LinkedConcept => {
    const c = concepts.get(id) ?? fallback(id)
    const note = notes.get(c.note)
    const slug = c.heading ? note?.headings.find((h) => h.text === c.heading)?.slug : undefined
    return { ...c, href: note ? `#/notes/${note.id}${slug ? `/${encodeURIComponent(slug)}` : ''}` : null }
  }
  const parseKeys = (json: string): string[] => {
    try {
      const v = JSON.parse(json) as unknown
      return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : []
    } catch {
      return []
    }
  }

  const handlers: ConfusionHandlers = {
    'confusions.list': (): ConfusionPair[] => {
      const answers = wrong.all().map((r) => ({ questionId: r.question_id, answer: parseKeys(r.answer), at: r.at }))
      const recentSince = subDays(now(), 14).toISOString()
      return confusionPairs(answers, byId, recentSince)
        .flatMap((p) => {
          const key = linked(p.key)
          const chosen = linked(p.chosen)
          return [
            {
              ...p,
              key,
              chosen,
              questions: p.questions,
              bankQuestions: questionsPairing(content.questions, p.key, p.chosen),
              comparison: comparisonOf(p.key, p.chosen),
            },
          ]
        })
        .slice(0, TOP)
    },
    'confusions.choices': ({ questionId }): ChoiceRecord[] => {
      const q = byId.get(questionId)
      if (!q) throw new ApiFailure('not_found', `There is no question ${questionId}.`, undefined, 'question.unknown', { id: questionId })
      return choices.all(questionId).map((r) => ({
        at: r.at,
        mode: r.mode,
        correct: r.correct === 1,
        chosen: parseKeys(r.answer).map((k) => ({ key: k, text: q.options.find((o) => o.key === k)?.text ?? '', correct: q.answer.includes(k as never) })),
      }))
    },
  }
  return { handlers }
}

/** A concept missing from the list (content without concepts.yaml) still shows, by its id. */
const fallback = (id: string): Concept => ({ id, term: id, en: id, note: '' })
