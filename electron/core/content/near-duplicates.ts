import type { ContentProblem, Question } from '@shared/content-types'

/** Character trigrams of a stem, whitespace and punctuation removed (Japanese has no spaces). */
function trigrams(text: string): Set<string> {
  const s = text.replace(/[\s、。，．「」（）()・:：,.!?？！]/g, '').toLowerCase()
  const out = new Set<string>()
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3))
  return out
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const x of a) if (b.has(x)) shared++
  return shared / (a.size + b.size - shared || 1)
}

export const NEAR_DUPLICATE_THRESHOLD = 0.5

/**
 * Flags pairs of questions whose stems share most of their character trigrams: the same
 * scenario asked twice. The later question of a pair is reported.
 */
export function nearDuplicateProblems(questions: Question[], threshold = NEAR_DUPLICATE_THRESHOLD): ContentProblem[] {
  const grams = questions.map((q) => trigrams(q.stem))
  const problems: ContentProblem[] = []
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      const score = jaccard(grams[i]!, grams[j]!)
      if (score >= threshold) {
        const [a, b] = [questions[i]!, questions[j]!]
        problems.push({ file: b.file, line: b.line, message: `${b.id} is a near-duplicate of ${a.id} (${Math.round(score * 100)}% of the stem is shared)` })
      }
    }
  }
  return problems
}

/** The highest similarity between any two stems, for reporting. */
export function maxStemSimilarity(questions: Question[]): { score: number; pair: [string, string] | null } {
  const grams = questions.map((q) => trigrams(q.stem))
  let best = { score: 0, pair: null as [string, string] | null }
  for (let i = 0; i < questions.length; i++)
    for (let j = i + 1; j < questions.length; j++) {
      const s = jaccard(grams[i]!, grams[j]!)
      if (s > best.score) best = { score: s, pair: [questions[i]!.id, questions[j]!.id] }
    }
  return best
}
