import { DOMAIN_IDS, DOMAINS, MOCK, type Domain } from '@shared/vocab'

export { DOMAIN_IDS, MOCK }

/**
 * Splits `total` across the domains by their blueprint weights with the largest-remainder
 * method, so the counts always add up exactly (65 → 21/17/15/12, 50 → 16/13/12/9).
 */
export function apportion(total: number, weights: Record<Domain, number> = weightsOf()): Record<Domain, number> {
  return apportionBy(total, DOMAIN_IDS, (d) => weights[d])
}

/**
 * Largest-remainder apportionment of `total` over `keys` by `weight`; ties go to the earlier key.
 * All-zero weights give everything zero.
 */
export function apportionBy<K extends string | number>(total: number, keys: readonly K[], weight: (k: K) => number): Record<K, number> {
  const sum = keys.reduce((s, k) => s + weight(k), 0)
  const raw = keys.map((k, i) => ({ k, i, exact: sum > 0 ? (total * weight(k)) / sum : 0 }))
  const out = Object.fromEntries(raw.map((r) => [r.k, Math.floor(r.exact)])) as Record<K, number>
  if (sum <= 0) return out
  let left = total - keys.reduce((s, k) => s + out[k], 0)
  for (const r of [...raw].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.i - b.i)) {
    if (left-- <= 0) break
    out[r.k]++
  }
  return out
}

export function weightsOf(): Record<Domain, number> {
  return Object.fromEntries(DOMAIN_IDS.map((d) => [d, DOMAINS[d].weight])) as Record<Domain, number>
}
