import { performance } from 'node:perf_hooks'

export interface Figure {
  name: string
  value: number
  unit: string
  baseline: number
  /** value / baseline */
  ratio: number
  target: string
  met: boolean
}

/** Runs fn n times and returns the durations in ms, sorted. */
export function timings(n: number, fn: (i: number) => void): number[] {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    fn(i)
    out.push(performance.now() - t)
  }
  return out.sort((a, b) => a - b)
}

export const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
export const once = (fn: () => void): number => timings(1, fn)[0]!
export const round = (x: number, digits = 3): number => Number(x.toFixed(digits))

export function figure(name: string, value: number, unit: string, baseline: number, target: string, met: boolean): Figure {
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(baseline ? value / baseline : NaN), target, met }
}

/** What learners type into search: the core search bench and the search-as-you-type bench use the same words. */
export const SEARCH_QUERIES = [
  'ゲートウェイ',
  'DynamoDB',
  'パーティションキー',
  'エンドポイント',
  'ロールバック',
  'キャッシュ',
  'Lambda関数',
  '暗号化',
  'バケットポリシー',
  'スロットリング',
]
