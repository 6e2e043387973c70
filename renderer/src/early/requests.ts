import type { Input, MethodName } from '@shared/api'

/** The key an early answer is kept under: method and input, as lib/api.ts's prefetch looks it up. */
export const earlyKey = (name: MethodName, input: unknown): string => `${name}:${JSON.stringify(input)}`

type Request = { [M in MethodName]: { name: M; input: Input<M> } }[MethodName]

/** What the first view needs: the settings, and the note named in the address. */
export function earlyRequests(hash: string): Request[] {
  const opened = /^#\/notes\/([a-z0-9-]+)/.exec(hash)
  const requests: Request[] = [{ name: 'settings.get', input: {} }]
  if (opened) requests.push({ name: 'notes.get', input: { id: opened[1]! } })
  return requests
}

/** The part of `window` the early requests use (a plain object in tests). */
export interface EarlyWindow {
  studyEarly?: Map<string, Promise<unknown>>
  study?: Record<string, (input: unknown) => Promise<unknown>>
  location: { hash: string }
  fetch: typeof fetch
}

/**
 * Sends the early requests the moment the page starts. Built into `early.js` (vite.config.ts),
 * an async script that runs long before the app's bundle has been compiled, so the answers are
 * usually here when the app asks. Its order with the bundle is not fixed: if the bundle ran
 * first it has claimed the map (lib/api.ts prefetch) and asked itself, so this stands down.
 */
export function startEarly(win: EarlyWindow): void {
  if (win.studyEarly) return
  const ask = (name: string, input: unknown): Promise<unknown> =>
    win.study
      ? win.study[name]!(input)
      : win
          .fetch(`api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(input) })
          .then((res) => (res.ok ? res.json() : null))
          .catch(() => null) // a failed early request is asked again by the app
  win.studyEarly = new Map(earlyRequests(win.location.hash).map((r) => [earlyKey(r.name, r.input), ask(r.name, r.input)]))
}
