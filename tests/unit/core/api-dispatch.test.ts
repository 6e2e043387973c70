import { describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../electron/core/dispatch'
import { silentLogger } from '../../../electron/core/log'
import { api, methodNames } from '@shared/api'
import { ApiFailure } from '@shared/result'
import { testCore } from '../helpers/core'
import { tempDir } from '../helpers/tmp'

const core = () => testCore()
const settingsRows = (c: ReturnType<typeof core>) => c.db.prepare('SELECT count(*) FROM settings').pluck().get()

describe('API table and dispatch', () => {
  it('has a handler for every method in the table and nothing else', () => {
    const c = core()
    expect(Object.keys(c.handlers).sort()).toEqual([...methodNames].sort())
    expect(methodNames.length).toBe(Object.keys(api).length)
  })

  it('returns values, never throws, for a valid call', async () => {
    const c = core()
    expect(await dispatch(c.handlers, 'settings.update', { language: 'en' }, silentLogger)).toEqual({
      ok: true,
      value: { language: 'en', theme: 'system', questionLanguage: 'ja-en', reviewNewPerDay: 20, reviewMaxPerDay: 200 },
    })
  })

  it('emits each saved settings change to its listeners (the shell rebuilds its menu), and nothing for a refused one', async () => {
    const c = core()
    const seen: string[] = []
    const off = c.events.settings.onChange((s) => seen.push(s.language))
    await dispatch(c.handlers, 'settings.update', { language: 'en' }, silentLogger)
    await dispatch(c.handlers, 'settings.update', { language: 'fr' }, silentLogger)
    off()
    await dispatch(c.handlers, 'settings.update', { language: 'ja' }, silentLogger)
    expect(seen).toEqual(['en'])
  })

  it.each([
    ['unknown language', { language: 'fr' }],
    ['unknown key', { language: 'en', admin: true }],
    ['wrong type', { theme: 42 }],
    ['not an object', 'settings'],
    ['array', [1, 2]],
    ['prototype pollution', JSON.parse('{"__proto__": {"polluted": 1}, "language": "en"}')],
  ])('rejects a malformed payload (%s) with invalid_input and writes nothing', async (_label, payload) => {
    const c = core()
    const before = settingsRows(c)
    const r = await dispatch(c.handlers, 'settings.update', payload, silentLogger)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input')
      expect(r.error.message).toMatch(/not valid/)
    }
    expect(settingsRows(c)).toBe(before)
    expect(c.settings.get()).toEqual({ language: 'ja', theme: 'system', questionLanguage: 'ja-en', reviewNewPerDay: 20, reviewMaxPerDay: 200 })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('answers an unknown method with unknown_method', async () => {
    const r = await dispatch(core().handlers, 'db.dropEverything', {}, silentLogger)
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })

  it('turns a thrown ApiFailure into its error value and a bug into internal', async () => {
    const logged: string[] = []
    const log = { error: (m: string) => logged.push(m) }
    const handlers = {
      ...core().handlers,
      'settings.get': () => {
        throw new ApiFailure('not_found', 'nope')
      },
      'app.info': () => {
        throw new TypeError('bug')
      },
    } as Handlers
    expect(await dispatch(handlers, 'settings.get', {}, log)).toEqual({ ok: false, error: { code: 'not_found', message: 'nope' } })
    expect(await dispatch(handlers, 'app.info', {}, log)).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(logged).toEqual(['API app.info failed'])
  })

  it('keeps settings across a restart of the core', async () => {
    const dir = tempDir()
    const make = () => testCore({ dataDir: dir })
    const first = make()
    first.handlers['settings.update']({ language: 'en', theme: 'dark' })
    await first.close()
    const second = make()
    expect(second.settings.get()).toEqual({ language: 'en', theme: 'dark', questionLanguage: 'ja-en', reviewNewPerDay: 20, reviewMaxPerDay: 200 })
    await second.close()
  })

  it('falls back to defaults for a damaged settings value instead of failing', () => {
    const c = core()
    c.db.prepare("INSERT INTO settings VALUES ('theme', '{not json', 'x'), ('language', '\"klingon\"', 'x')").run()
    expect(c.settings.get()).toEqual({ language: 'ja', theme: 'system', questionLanguage: 'ja-en', reviewNewPerDay: 20, reviewMaxPerDay: 200 })
  })
})
