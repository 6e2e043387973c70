import type { Domain, Question } from '../../shared/content-types'
import type { DrillKind } from '../../shared/exam-types'
import { apportion, DOMAIN_IDS, MOCK } from './blueprint'
import { rng, shuffle } from './random'

export interface Picked {
  question: Question
  scored: boolean
}

/**
 * A full mock: 65 questions stratified by the blueprint (21/17/15/12), of which 50 are scored
 * (16/13/12/9) and 15 unscored, chosen at random within each domain and never identified.
 */
export function pickMock(bank: Question[], seed: number): Picked[] {
  const random = rng(seed)
  const total = apportion(MOCK.questions)
  const scored = apportion(MOCK.scored)
  const picked: Picked[] = []
  for (const d of DOMAIN_IDS) {
    const pool = shuffle(bank.filter((q) => q.domain === d), random)
    if (pool.length < total[d]) throw new Error(`the bank has ${pool.length} domain ${d} questions; a mock needs ${total[d]}`)
    const chosen = pool.slice(0, total[d])
    const unscored = new Set(shuffle(chosen, random).slice(0, total[d] - scored[d]))
    for (const q of chosen) picked.push({ question: q, scored: !unscored.has(q) })
  }
  return shuffle(picked, random)
}

/** Practice: a chosen number from a filtered pool, spread across domains by the blueprint. */
export function pickPractice(pool: Question[], count: number, seed: number): Picked[] {
  const random = rng(seed)
  const n = Math.min(count, pool.length)
  const present = DOMAIN_IDS.filter((d) => pool.some((q) => q.domain === d))
  const weights = Object.fromEntries(DOMAIN_IDS.map((d) => [d, present.includes(d) ? 1 : 0])) as Record<Domain, number>
  for (const d of present) weights[d] = { 1: 32, 2: 26, 3: 24, 4: 18 }[d]
  const want = apportion(n, weights)
  const chosen: Question[] = []
  const leftovers: Question[] = []
  for (const d of DOMAIN_IDS) {
    const mine = shuffle(pool.filter((q) => q.domain === d), random)
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
