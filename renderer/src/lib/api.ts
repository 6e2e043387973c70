import type { Input, MethodName, Output } from '@shared/api'
import type { StudyBridge } from '@shared/bridge'
import type { Result } from '@shared/result'
import { earlyKey } from '../early/requests'

/**
 * The renderer's only way to the app's data. Inside Electron it uses the preload's
 * `window.study`; in browser mode it calls the loopback host. Nothing above this module
 * knows which.
 */
declare global {
  interface Window {
    study?: StudyBridge
    studyShell?: { onNavigate(callback: (route: string) => void): void }
    /** Requests early.js started before the bundle ran, by earlyKey (early/requests.ts). */
    studyEarly?: Map<string, Promise<unknown>>
  }
}

export const inDesktopApp = (): boolean => typeof window !== 'undefined' && !!window.study

export async function call<M extends MethodName>(name: M, input: Input<M>): Promise<Result<Output<M>>> {
  const bridge = window.study
  if (bridge) return (bridge[name] as (i: Input<M>) => Promise<Result<Output<M>>>)(input)
  try {
    const res = await fetch(`api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    })
    if (!res.ok) {
      return { ok: false, error: { code: res.status === 401 || res.status === 403 ? 'forbidden' : 'unavailable', message: `HTTP ${res.status}` } }
    }
    return (await res.json()) as Result<Output<M>>
  } catch (err) {
    return { ok: false, error: { code: 'unavailable', message: err instanceof Error ? err.message : String(err) } }
  }
}

/**
 * External links leave the app: the desktop app hands vetted https URLs to the system browser;
 * browser mode opens a new tab without giving it a handle back to this page.
 */
export async function openExternal(url: string): Promise<void> {
  if (!inDesktopApp()) {
    window.open(url, '_blank', 'noopener,noreferrer')
    return
  }
  await call('shell.openExternal', { url })
}

export function onShellNavigate(callback: (route: string) => void): void {
  window.studyShell?.onNavigate(callback)
}

/**
 * Saves a file the user asked for: the desktop app shows its save dialog; browser mode
 * downloads it. Returns false when the user cancelled the dialog.
 */
export async function saveFile(name: string, blob: Blob): Promise<boolean> {
  if (!inDesktopApp()) {
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = name
    a.rel = 'noopener'
    document.body.append(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return true
  }
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  const r = await call('export.save', { name, base64: btoa(binary) })
  return r.ok && r.value.saved
}

const prefetched = new Map<string, Promise<unknown>>()

/**
 * Starts a call before the component that needs it exists (e.g. the note named in the URL while
 * the app is still starting); the component takes the answer instead of asking again.
 */
export function prefetch<M extends MethodName>(name: M, input: Input<M>): Promise<unknown> {
  const key = earlyKey(name, input)
  // early.js may have asked already; a failed early request (null) is simply asked again.
  // When the bundle runs before early.js (their order is not fixed), claim the map so early.js
  // stands down instead of sending the same request a second time.
  window.studyEarly ??= new Map()
  const early = window.studyEarly.get(key) as Promise<Result<Output<M>> | null> | undefined
  const pending = early ? early.then((r) => r ?? call(name, input)) : call(name, input)
  prefetched.set(key, pending)
  return pending
}

export function callOnce<M extends MethodName>(name: M, input: Input<M>): Promise<Result<Output<M>>> {
  const key = earlyKey(name, input)
  const early = prefetched.get(key) as Promise<Result<Output<M>>> | undefined
  prefetched.delete(key)
  return early ?? call(name, input)
}

/**
 * Resolves once the current frame has been painted (or after 100 ms if frames are paused, e.g.
 * a hidden window): calls whose answers are not part of the first view wait for it, so their
 * requests and answers do not hold up the note the learner opened.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise((done) => {
    requestAnimationFrame(() => setTimeout(done, 0))
    setTimeout(done, 100)
  })
  return painted
}
let painted: Promise<void> | null = null
