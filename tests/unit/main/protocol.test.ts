import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@shared/csp'
import { tempDir } from '../helpers/tmp'

let handler: ((req: Request) => Promise<Response>) | null = null
const privileged: unknown[] = []
vi.mock('electron', () => ({
  protocol: {
    handle: (_scheme: string, fn: (req: Request) => Promise<Response>) => (handler = fn),
    registerSchemesAsPrivileged: (list: unknown[]) => privileged.push(...list),
  },
}))
const { registerAppScheme, setupAppProtocol } = await import('../../../electron/main/protocol')

describe('app:// protocol', () => {
  const dir = () => {
    const d = tempDir()
    mkdirSync(join(d, 'renderer'))
    writeFileSync(join(d, 'renderer', 'index.html'), '<!doctype html><title>app</title>')
    writeFileSync(join(d, 'secret.txt'), 'not for the renderer')
    return join(d, 'renderer')
  }

  it('is registered as a standard, secure scheme', () => {
    registerAppScheme()
    expect(privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }])
  })

  it('serves the renderer with the strict CSP header', async () => {
    setupAppProtocol(dir())
    const res = await handler!(new Request('app://study/index.html'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await res.text()).toContain('<title>app</title>')
  })

  it('refuses other hosts and anything outside the renderer folder', async () => {
    setupAppProtocol(dir())
    expect((await handler!(new Request('app://other/index.html'))).status).toBe(404)
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await handler!(new Request(`app://study${path}`))
      expect(await res.text()).not.toContain('not for the renderer')
    }
  })
})
