import { beforeEach, describe, expect, it, vi } from 'vitest'

// require('electron') throws under plain Node: the shell's wiring is tested against a mock.
const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => handlers.set(channel, fn) },
}))

const { setupIpc } = await import('../../../electron/main/ipc')
const { silentLogger } = await import('../../../electron/core/log')
const { testCore } = await import('../helpers/core')
const { channelFor, methodNames } = await import('@shared/api')

describe('IPC wiring', () => {
  let core: ReturnType<typeof testCore>
  beforeEach(() => {
    handlers.clear()
    core = testCore({ platform: 'electron' })
    setupIpc(core.handlers, silentLogger)
  })

  it('registers exactly one channel per API method', () => {
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(channelFor).sort())
  })

  it('answers our own window and validates the input', async () => {
    const own = { senderFrame: { url: 'app://study/index.html', parent: null } }
    expect(await handlers.get('study:settings.update')!(own, { language: 'en' })).toMatchObject({ ok: true })
    expect(await handlers.get('study:settings.update')!(own, { language: 'xx' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('refuses a foreign or embedded frame and writes nothing', async () => {
    for (const senderFrame of [{ url: 'https://attacker.com/', parent: null }, { url: 'app://study/index.html', parent: {} }, null]) {
      const r = await handlers.get('study:settings.update')!({ senderFrame }, { language: 'en' })
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(core.settings.get().language).toBe('ja')
  })
})
