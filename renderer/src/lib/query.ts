import type { Input, MethodName, Output } from '@shared/api'
import type { Result } from '@shared/result'
import { earlyKey } from '../early/requests'
import { call } from './api'

/**
 * Answers screens share (the note list, the glossary, the diagrams): asked once, kept, and
 * asked again only when a write invalidates them, instead of every screen fetching for itself.
 */
const answers = new Map<string, unknown>()
const inFlight = new Map<string, Promise<Result<unknown>>>()

/** The answer for `name(input)`: from the cache, from a request already under way, or asked now. */
export function load<M extends MethodName>(name: M, input: Input<M>): Promise<Result<Output<M>>> {
  const key = earlyKey(name, input)
  if (answers.has(key)) return Promise.resolve({ ok: true, value: answers.get(key) as Output<M> })
  let pending = inFlight.get(key) as Promise<Result<Output<M>>> | undefined
  if (!pending) {
    const mine: Promise<Result<Output<M>>> = call(name, input).then((r) => {
      // An invalidation while this was under way makes its answer old: it is not kept.
      if (inFlight.get(key) !== mine) return r
      inFlight.delete(key)
      if (r.ok) answers.set(key, r.value) // a failure is not kept: the next screen asks again
      return r
    })
    pending = mine
    inFlight.set(key, pending)
  }
  return pending
}

/** After a write: the named methods' answers are asked again by whoever shows them. */
export function invalidate(...names: MethodName[]): void {
  const named = (key: string) => names.some((n) => key.startsWith(`${n}:`))
  for (const key of [...inFlight.keys()]) if (named(key)) inFlight.delete(key)
  for (const key of [...answers.keys()]) if (named(key)) answers.delete(key)
}
