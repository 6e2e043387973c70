import type { Domain } from '@shared/content-types'
import { PASS_SHARE, SCALE, scaledScore as scaleShare } from '@shared/vocab'
import { DOMAIN_IDS } from './blueprint'

/** All-or-nothing, like the real exam: the chosen set must equal the key; unanswered is wrong. */
export function isCorrect(chosen: readonly string[] | null, key: readonly string[]): boolean {
  if (!chosen || chosen.length !== key.length) return false
  const want = new Set(key)
  return chosen.every((c) => want.has(c))
}

/**
 * Scaled-score ESTIMATE from the share of scored questions correct (the linear map in vocab.ts;
 * AWS's real scaling is not published, which the UI states).
 */
export function scaledScore(correct: number, scored: number): number {
  return scored <= 0 ? SCALE.min : scaleShare(correct / scored)
}

export interface ScoredItem {
  domain: Domain
  scored: boolean
  correct: boolean
  confidence: 'sure' | 'unsure' | 'guess' | null
  timeMs: number
}

export interface DomainResult {
  domain: Domain
  correct: number
  total: number
  ratio: number
  meets: boolean
}

export interface ScoreSummary {
  correct: number
  scored: number
  scaled: number
  passed: boolean
  domains: DomainResult[]
  calibration: { confidence: 'sure' | 'unsure' | 'guess' | 'none'; total: number; correct: number }[]
  totalTimeMs: number
}

/** The results of one attempt from its items; only scored items count toward the score. */
export function summarize(items: ScoredItem[]): ScoreSummary {
  const scoredItems = items.filter((i) => i.scored)
  const correct = scoredItems.filter((i) => i.correct).length
  const scaled = scaledScore(correct, scoredItems.length)
  const domains = DOMAIN_IDS.map((domain) => {
    const mine = scoredItems.filter((i) => i.domain === domain)
    const ok = mine.filter((i) => i.correct).length
    const ratio = mine.length ? ok / mine.length : 0
    return { domain, correct: ok, total: mine.length, ratio, meets: mine.length > 0 && ratio >= PASS_SHARE }
  }).filter((d) => d.total > 0)
  const calibration = (['sure', 'unsure', 'guess', 'none'] as const).map((confidence) => {
    const mine = items.filter((i) => (i.confidence ?? 'none') === confidence)
    return { confidence, total: mine.length, correct: mine.filter((i) => i.correct).length }
  })
  return {
    correct,
    scored: scoredItems.length,
    scaled,
    passed: scaled >= SCALE.pass,
    domains,
    calibration,
    totalTimeMs: items.reduce((s, i) => s + i.timeMs, 0),
  }
}
