import { DOMAINS, type Domain } from '../../shared/content-types'

/** The real DVA-C02: 65 questions (50 scored + 15 unscored, not identified), 130 minutes. */
export const MOCK = { questions: 65, scored: 50, minutes: 130 } as const
export const PASS_SCALED = 720
export const DOMAIN_IDS = [1, 2, 3, 4] as const satisfies readonly Domain[]

/**
 * Splits `total` across the domains by their blueprint weights with the largest-remainder
 * method, so the counts always add up exactly (65 → 21/17/15/12, 50 → 16/13/12/9).
 */
export function apportion(total: number, weights: Record<Domain, number> = weightsOf()): Record<Domain, number> {
  const sum = DOMAIN_IDS.reduce((s, d) => s + weights[d], 0)
  const raw = DOMAIN_IDS.map((d) => ({ d, exact: (total * weights[d]) / sum }))
  const out = Object.fromEntries(raw.map((r) => [r.d, Math.floor(r.exact)])) as Record<Domain, number>
  let left = total - DOMAIN_IDS.reduce((s, d) => s + out[d], 0)
  for (const r of [...raw].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.d - b.d)) {
    if (left-- <= 0) break
    out[r.d]++
  }
  return out
}

export function weightsOf(): Record<Domain, number> {
  return Object.fromEntries(DOMAIN_IDS.map((d) => [d, DOMAINS[d].weight])) as Record<Domain, number>
}
