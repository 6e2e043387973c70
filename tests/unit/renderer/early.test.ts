import { afterEach, describe, expect, it, vi } from 'vitest'
import { earlyKey, earlyRequests, startEarly, type EarlyWindow } from '../../../renderer/src/early/requests'
import { callOnce, prefetch } from '../../../renderer/src/lib/api'

const answer = (value: unknown) => ({ ok: true, json: async () => ({ ok: true, value }) }) as Response

describe('early requests (early.js) and the app prefetch: one module, one key', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('asks for the settings and the note in the address, by the keys the app looks up', async () => {
    const fetch = vi.fn(async (url: string) => answer(url))
    const win: EarlyWindow = { location: { hash: '#/notes/vpc/用語' }, fetch: fetch as unknown as typeof globalThis.fetch }
    startEarly(win)
    expect([...win.studyEarly!.keys()]).toEqual(['settings.get:{}', 'notes.get:{"id":"vpc"}'])
    expect([...win.studyEarly!.keys()]).toEqual(earlyRequests('#/notes/vpc').map((r) => earlyKey(r.name, r.input)))
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['api/settings.get', 'api/notes.get'])
    expect(await win.studyEarly!.get('notes.get:{"id":"vpc"}')).toEqual({ ok: true, value: 'api/notes.get' })
    expect(earlyRequests('#/exams')).toEqual([{ name: 'settings.get', input: {} }])
  })

  it('uses the desktop bridge when there is one, turns a failed request into null, and stands down when the app asked first', async () => {
    const bridge = { 'settings.get': vi.fn(async () => ({ ok: true, value: 'bridge' })) }
    const desktop: EarlyWindow = { location: { hash: '' }, study: bridge, fetch: vi.fn() as unknown as typeof fetch }
    startEarly(desktop)
    expect(await desktop.studyEarly!.get('settings.get:{}')).toEqual({ ok: true, value: 'bridge' })
    expect(desktop.fetch).not.toHaveBeenCalled()

    const offline: EarlyWindow = {
      location: { hash: '' },
      fetch: (async () => {
        throw new Error('offline')
      }) as unknown as typeof fetch,
    }
    startEarly(offline)
    expect(await offline.studyEarly!.get('settings.get:{}')).toBeNull()

    const claimed = new Map<string, Promise<unknown>>()
    const late: EarlyWindow = { location: { hash: '#/notes/vpc' }, studyEarly: claimed, fetch: vi.fn() as unknown as typeof fetch }
    startEarly(late)
    expect(late.fetch).not.toHaveBeenCalled()
    expect(late.studyEarly).toBe(claimed)
  })

  it('the app takes an early answer once, asks again for a failed one, and asks itself after that', async () => {
    const fetch = vi.fn(async (url: string) => answer(`asked ${url}`))
    vi.stubGlobal('fetch', fetch)
    vi.stubGlobal('window', {
      studyEarly: new Map<string, Promise<unknown>>([
        [earlyKey('settings.get', {}), Promise.resolve({ ok: true, value: 'early' })],
        [earlyKey('notes.get', { id: 'vpc' }), Promise.resolve(null)],
      ]),
    })
    void prefetch('settings.get', {})
    void prefetch('notes.get', { id: 'vpc' })
    expect(await callOnce('settings.get', {})).toEqual({ ok: true, value: 'early' })
    expect(await callOnce('notes.get', { id: 'vpc' })).toEqual({ ok: true, value: 'asked api/notes.get' })
    expect(await callOnce('settings.get', {})).toEqual({ ok: true, value: 'asked api/settings.get' })
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})
