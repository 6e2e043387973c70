import type { Question } from '@shared/content-types'

export interface WrongAnswer {
  questionId: string
  /** The chosen options' original keys. */
  answer: string[]
  at: string
}

export interface PairCount {
  key: string
  chosen: string
  count: number
  recent: number
  lastAt: string
  questions: string[]
}

/**
 * Confusion pairs from wrong answers: every chosen option outside the key, paired with every key
 * option, by their concepts (the same concept on both sides is no confusion). Each answer counts a
 * pair once. Sorted by count, then by the latest time.
 */
export function confusionPairs(answers: WrongAnswer[], byId: Map<string, Question>, recentSince: string): PairCount[] {
  const pairs = new Map<string, PairCount>()
  for (const a of answers) {
    const q = byId.get(a.questionId)
    if (!q) continue
    const concept = (k: string) => q.options.find((o) => o.key === k)?.concept
    const keys = q.answer.map(concept).filter((c): c is string => !!c)
    const seen = new Set<string>()
    for (const chosenKey of a.answer) {
      if (q.answer.includes(chosenKey as never)) continue
      const chosen = concept(chosenKey)
      if (!chosen) continue
      for (const key of keys) {
        const id = `${key}|${chosen}`
        if (key === chosen || seen.has(id)) continue
        seen.add(id)
        const p = pairs.get(id) ?? { key, chosen, count: 0, recent: 0, lastAt: '', questions: [] }
        p.count++
        if (a.at >= recentSince) p.recent++
        if (a.at > p.lastAt) p.lastAt = a.at
        if (!p.questions.includes(q.id)) p.questions.push(q.id)
        pairs.set(id, p)
      }
    }
  }
  return [...pairs.values()].sort((x, y) => y.count - x.count || y.lastAt.localeCompare(x.lastAt))
}

/** Questions that offer `chosen` as a distractor where `key` is the answer (for a drill on a pair). */
export function questionsPairing(bank: Question[], key: string, chosen: string): string[] {
  return bank
    .filter(
      (q) => q.options.some((o) => q.answer.includes(o.key) && o.concept === key) && q.options.some((o) => !q.answer.includes(o.key) && o.concept === chosen),
    )
    .map((q) => q.id)
}
