import type { Readiness } from '@shared/progress-types'

/**
 * Readiness as a Beta-Binomial estimate: a Beta(2, 2) prior (an untested learner is assumed to be
 * near 50 %, weakly) updated with the answers; recent answers count fully, older ones decay with
 * a half-life of `halfLife` answers, so the figure follows improvement. The interval is the 5–95 %
 * range of the posterior (normal approximation), and it narrows as answers accumulate.
 */
export function readiness(outcomes: boolean[], halfLife = 60): Readiness {
  let a = 2
  let b = 2
  const n = outcomes.length
  outcomes.forEach((ok, i) => {
    const w = 0.5 ** ((n - 1 - i) / halfLife) // newest last, weight 1
    if (ok) a += w
    else b += w
  })
  const mean = a / (a + b)
  const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)))
  const clamp = (x: number) => Math.min(1, Math.max(0, x))
  return { estimate: mean, low: clamp(mean - 1.645 * sd), high: clamp(mean + 1.645 * sd), scaled: Math.round(100 + 900 * mean), answers: n }
}

/** The blueprint-weighted combination of domain readiness (32/26/24/18). */
export function overallReadiness(parts: { weight: number; r: Readiness }[]): Readiness {
  const total = parts.reduce((s, p) => s + p.weight, 0) || 1
  const mix = (f: (r: Readiness) => number) => parts.reduce((s, p) => s + (p.weight / total) * f(p.r), 0)
  const estimate = mix((r) => r.estimate)
  return {
    estimate,
    low: mix((r) => r.low),
    high: mix((r) => r.high),
    scaled: Math.round(100 + 900 * estimate),
    answers: parts.reduce((s, p) => s + p.r.answers, 0),
  }
}
