import type { Domain, Question } from '@shared/content-types'
import type { DrillKind } from '@shared/exam-types'
import { tasksOfDomain, type TaskId } from '@shared/vocab'
import { apportion, apportionBy, DOMAIN_IDS, MOCK, weightsOf } from './blueprint'
import { rng, shuffle } from './random'

export interface Picked {
  question: Question
  scored: boolean
}

/**
 * A full mock: 65 questions stratified by the blueprint (21/17/15/12), of which 50 are scored
 * (16/13/12/9) and 15 unscored, chosen at random within each domain and never identified.
 * Within a domain the questions are spread over its task statements in proportion to how many
 * questions the bank has for each (a question counts for its first listed task), by the same
 * largest-remainder rule; a task with too few questions leaves room the domain's others fill.
 */
export function pickMock(bank: Question[], seed: number): Picked[] {
  const random = rng(seed)
  const total = apportion(MOCK.questions)
  const scored = apportion(MOCK.scored)
  const picked: Picked[] = []
  for (const d of DOMAIN_IDS) {
    const pool = bank.filter((q) => q.domain === d)
    if (pool.length < total[d]) throw new Error(`the bank has ${pool.length} domain ${d} questions; a mock needs ${total[d]}`)
    const chosen = spreadOverTasks(pool, total[d], tasksOfDomain(d), random)
    const unscored = new Set(shuffle(chosen, random).slice(0, total[d] - scored[d]))
    for (const q of chosen) picked.push({ question: q, scored: !unscored.has(q) })
  }
  return shuffle(picked, random)
}

/** `n` questions of one domain, apportioned over its tasks by the bank's own task counts. */
export function spreadOverTasks(pool: Question[], n: number, tasks: TaskId[], random: () => number): Question[] {
  const byTask = new Map(
    tasks.map((t) => [
      t,
      shuffle(
        pool.filter((q) => q.tasks[0] === t),
        random,
      ),
    ]),
  )
  const untagged = pool.filter((q) => !byTask.has(q.tasks[0]!))
  const want = apportionBy(n, tasks, (t) => byTask.get(t)!.length)
  const chosen: Question[] = []
  const leftovers: Question[] = [...untagged]
  for (const t of tasks) {
    const mine = byTask.get(t)!
    chosen.push(...mine.slice(0, want[t]))
    leftovers.push(...mine.slice(want[t]))
  }
  chosen.push(...shuffle(leftovers, random).slice(0, n - chosen.length))
  return chosen
}

/** Practice: a chosen number from a filtered pool, spread across domains by the blueprint. */
export function pickPractice(pool: Question[], count: number, seed: number): Picked[] {
  const random = rng(seed)
  const n = Math.min(count, pool.length)
  const present = DOMAIN_IDS.filter((d) => pool.some((q) => q.domain === d))
  const blueprint = weightsOf()
  const weights = Object.fromEntries(DOMAIN_IDS.map((d) => [d, present.includes(d) ? blueprint[d] : 0])) as Record<Domain, number>
  const want = apportion(n, weights)
  const chosen: Question[] = []
  const leftovers: Question[] = []
  for (const d of DOMAIN_IDS) {
    const mine = shuffle(
      pool.filter((q) => q.domain === d),
      random,
    )
    chosen.push(...mine.slice(0, want[d]))
    leftovers.push(...mine.slice(want[d]))
  }
  // A domain with too few questions leaves room that others fill.
  chosen.push(...shuffle(leftovers, random).slice(0, n - chosen.length))
  return shuffle(chosen, random).map((question) => ({ question, scored: true }))
}

export interface History {
  /** question id → was the most recent answer correct */
  lastCorrect: Map<string, boolean>
  /** question ids flagged in their most recent attempt */
  flagged: Set<string>
  /** note id → accuracy over answered questions grounded in it */
  noteAccuracy: Map<string, { correct: number; total: number }>
}

/** The pool a drill draws from, in priority order. */
export function drillPool(kind: DrillKind, bank: Question[], h: History): Question[] {
  switch (kind) {
    case 'wrong':
      return bank.filter((q) => h.lastCorrect.get(q.id) === false)
    case 'flagged':
      return bank.filter((q) => h.flagged.has(q.id))
    case 'unseen':
      return bank.filter((q) => !h.lastCorrect.has(q.id))
    case 'weakest': {
      const weak = [...h.noteAccuracy.entries()]
        .filter(([, a]) => a.total > 0)
        .sort((a, b) => a[1].correct / a[1].total - b[1].correct / b[1].total || b[1].total - a[1].total)
        .slice(0, 3)
        .map(([note]) => note)
      return bank.filter((q) => q.grounding.some((g) => weak.includes(g.note)))
    }
  }
}
