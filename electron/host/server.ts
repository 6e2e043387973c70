import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { LARGE_PAYLOAD_BYTES, LARGE_PAYLOAD_METHODS, MAX_PAYLOAD_BYTES } from '@shared/api'
import { SECURITY_HEADERS } from '@shared/csp'
import { dispatch, type Handlers } from '../core/dispatch'
import type { Logger } from '../core/log'
import { readStaticFile } from '../core/static-files'

export interface HostOptions {
  handlers: Handlers
  staticDir: string
  log: Logger
  port?: number
  token?: string
}

const COOKIE = 'study_token'

/**
 * Browser mode and the e2e target: the built renderer and the same API table over HTTP,
 * on 127.0.0.1 only. Every request needs the per-run token (cookie or header); the Host and
 * Origin headers must name this very server, which stops DNS rebinding and cross-site calls.
 */
export async function startHost(opts: HostOptions) {
  const token = opts.token ?? randomBytes(24).toString('base64url')
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      opts.log.error('host request failed', err)
      if (!res.headersSent) send(res, 500, { error: 'internal' })
    })
  })
  await new Promise<void>((done, failed) => {
    server.once('error', failed)
    server.listen(opts.port ?? 0, '127.0.0.1', () => done())
  })
  const port = (server.address() as AddressInfo).port
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`))

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 403, { error: 'forbidden host' })
    const origin = req.headers.origin
    if (origin !== undefined && !allowedOrigins.has(origin)) return send(res, 403, { error: 'forbidden origin' })

    const fromQuery = url.searchParams.get('token')
    if (req.method === 'GET' && fromQuery !== null && matches(fromQuery)) {
      // Trade the token in the URL for a cookie, then drop it from the address bar.
      res.writeHead(303, {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname,
        ...SECURITY_HEADERS,
      })
      return res.end()
    }
    if (!matches(presentedToken(req))) return send(res, 401, { error: 'missing or wrong token' })

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, { error: 'use POST' })
      const method = decodeURIComponent(url.pathname.slice(5))
      const body = await readBody(req, LARGE_PAYLOAD_METHODS.has(method) ? LARGE_PAYLOAD_BYTES : MAX_PAYLOAD_BYTES)
      if (body === 'too-large') return send(res, 413, { error: 'payload too large' })
      let input: unknown
      try {
        input = body.length ? JSON.parse(body) : {}
      } catch {
        return send(res, 200, { ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } })
      }
      const result = await dispatch(opts.handlers, method, input, opts.log)
      return send(res, 200, result)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' })
    const file = await readStaticFile(opts.staticDir, url.pathname)
    if (!file) return send(res, 404, { error: 'not found' })
    res.writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': file.cacheControl, ...SECURITY_HEADERS })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  }

  function matches(candidate: string | undefined | null): boolean {
    if (!candidate) return false
    const a = Buffer.from(candidate)
    const b = Buffer.from(token)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      }),
    server,
  }
}

function presentedToken(req: IncomingMessage): string | undefined {
  const header = req.headers['x-study-token']
  if (typeof header === 'string') return header
  const cookie = req.headers.cookie ?? ''
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === COOKIE) return v.join('=')
  }
  return undefined
}

function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((done, failed) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limit) {
      req.resume()
      return done('too-large')
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      // Keep draining so the 413 can still be sent, but stop holding the bytes.
      if (size <= limit) chunks.push(c)
    })
    req.on('end', () => done(size > limit ? 'too-large' : Buffer.concat(chunks).toString('utf8')))
    req.on('error', failed)
  })
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS })
  res.end(JSON.stringify(body))
}
