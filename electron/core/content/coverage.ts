import type { Note, Question } from '@shared/content-types'
import { TASK_IDS, type TaskId } from '@shared/vocab'

export type Coverage = Record<TaskId, { notes: number; questions: number }>

/** How many notes and questions serve each exam-guide task statement (every task listed, zeros too). */
export function coverageOf(notes: Pick<Note, 'tasks'>[], questions: Pick<Question, 'tasks'>[]): Coverage {
  const out = Object.fromEntries(TASK_IDS.map((t) => [t, { notes: 0, questions: 0 }])) as Coverage
  for (const n of notes) for (const t of n.tasks) out[t].notes++
  for (const q of questions) for (const t of q.tasks) out[t].questions++
  return out
}
