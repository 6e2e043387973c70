import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../electron/core/log'
import { CONTENT_SECURITY_POLICY } from '@shared/csp'
import { startHost } from '../../../electron/host/server'
import { testCore } from '../helpers/core'
import { tempDir } from '../helpers/tmp'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Reply>((done, failed) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', failed)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  while (closers.length) await closers.pop()!()
})

async function host() {
  const dataDir = tempDir()
  const staticDir = join(dataDir, 'renderer')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(dataDir, 'secret.txt'), 'do not serve')
  mkdirSync(join(staticDir, 'assets'))
  writeFileSync(join(staticDir, 'assets', 'index-DsJMG4gO.js'), 'export {}')
  writeFileSync(join(staticDir, 'assets', 'plain.js'), 'export {}')
  writeFileSync(join(staticDir, 'early.js'), '')
  const core = testCore({ dataDir })
  const h = await startHost({ handlers: core.handlers, staticDir, log: silentLogger })
  closers.push(async () => {
    await h.close()
    await core.close()
  })
  const auth = { 'x-study-token': h.token, 'content-type': 'application/json' }
  return { h, core, auth }
}

describe('loopback host', () => {
  it('lets the browser keep content-hashed assets and asks afresh for everything else', async () => {
    const { h, auth } = await host()
    const cache = async (path: string) => (await send(h.port, path, { headers: auth })).headers['cache-control']
    expect(await cache('/assets/index-DsJMG4gO.js')).toBe('public, max-age=31536000, immutable')
    expect(await cache('/assets/plain.js')).toBe('no-cache') // not named by a hash: it may change
    expect(await cache('/early.js')).toBe('no-cache')
    expect(await cache('/')).toBe('no-cache')
    expect(await cache('/notes/some-route')).toBe('no-cache') // index.html for a client route
  })

  it('listens on 127.0.0.1 only, on a free port', async () => {
    const { h } = await host()
    expect(h.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(h.port).toBeGreaterThan(0)
  })

  it('rejects a request without the token with 401', async () => {
    const { h } = await host()
    expect((await send(h.port, '/')).status).toBe(401)
    expect((await send(h.port, '/api/settings.get', { method: 'POST', body: '{}' })).status).toBe(401)
    expect((await send(h.port, '/api/settings.get', { method: 'POST', headers: { 'x-study-token': 'x'.repeat(32) } })).status).toBe(401)
  })

  it('rejects a foreign Origin or Host with 403, even with the token', async () => {
    const { h, auth } = await host()
    const evil = await send(h.port, '/api/settings.update', { method: 'POST', headers: { ...auth, origin: 'http://evil.example' }, body: '{"language":"en"}' })
    expect(evil.status).toBe(403)
    const rebinding = await send(h.port, '/api/settings.get', { method: 'POST', headers: { ...auth, host: `evil.example:${h.port}` } })
    expect(rebinding.status).toBe(403)
  })

  it('rejects an oversized body with 413', async () => {
    const { h, auth } = await host()
    const big = JSON.stringify({ language: 'x'.repeat(1_100_000) })
    expect((await send(h.port, '/api/settings.update', { method: 'POST', headers: auth, body: big })).status).toBe(413)
  })

  it('trades the URL token for an HttpOnly SameSite cookie and serves the page with the CSP', async () => {
    const { h } = await host()
    const first = await send(h.port, `/?token=${h.token}`)
    expect(first.status).toBe(303)
    const cookie = String(first.headers['set-cookie'])
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const page = await send(h.port, '/', { headers: { cookie: cookie.split(';')[0]! } })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/)
  })

  it('serves the same API table: a valid call works, a malformed one gets an error value', async () => {
    const { h, core, auth } = await host()
    const good = await send(h.port, '/api/settings.update', { method: 'POST', headers: auth, body: '{"theme":"dark"}' })
    expect(JSON.parse(good.body)).toEqual({
      ok: true,
      value: { language: 'ja', theme: 'dark', questionLanguage: 'ja-en', reviewNewPerDay: 20, reviewMaxPerDay: 200 },
    })
    const bad = await send(h.port, '/api/settings.update', { method: 'POST', headers: auth, body: '{"theme":"neon"}' })
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const notJson = await send(h.port, '/api/settings.update', { method: 'POST', headers: auth, body: '{theme' })
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(core.settings.get().theme).toBe('dark')
  })

  it('never serves files outside the renderer folder', async () => {
    const { h, auth } = await host()
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%5c..%5csecret.txt']) {
      const r = await send(h.port, path, { headers: auth })
      expect(r.body).not.toContain('do not serve')
    }
  })
})
