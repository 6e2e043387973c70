import { join } from 'node:path'
import { protocol } from 'electron'
import { SECURITY_HEADERS } from '@shared/csp'
import { readStaticFile } from '../core/static-files'
import { APP_HOST, APP_SCHEME } from './guards'

/** Must run before app 'ready': app:// behaves like a secure, standard origin. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }])
}

/** Serves the built renderer from app://study/ with the same CSP as browser mode. */
export function setupAppProtocol(rendererDir: string) {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return new Response('not found', { status: 404 })
    const file = await readStaticFile(rendererDir, url.pathname)
    if (!file) return new Response('not found', { status: 404 })
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, 'Cache-Control': file.cacheControl, ...SECURITY_HEADERS },
    })
  })
}

export const rendererDirFrom = (buildDir: string) => join(buildDir, 'renderer')
