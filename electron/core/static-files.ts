import { readFile } from 'node:fs/promises'
import { normalize, resolve, sep } from 'node:path'
import { contentTypeFor } from '@shared/mime'

export interface StaticFile {
  body: Buffer
  contentType: string
  /** Hashed build assets never change under their name; everything else is asked for afresh. */
  cacheControl: string
}

const IMMUTABLE = 'public, max-age=31536000, immutable'
// Vite names every built asset by its content hash (assets/index-DsJMG4gO.js): caching them lets
// Chromium keep their compiled code (V8 code cache) between launches.
const isHashedAsset = (relative: string) => /^assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(relative.replaceAll(sep, '/'))

/**
 * Resolves a URL path inside the built renderer folder, refusing anything that escapes it
 * (../, encoded slashes, absolute paths). Unknown paths fall back to index.html so the
 * renderer's own routes survive a reload.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const base = resolve(root)
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '')
  const full = resolve(base, relative)
  if (full !== base && !full.startsWith(base + sep)) return null
  try {
    return { body: await readFile(full), contentType: contentTypeFor(full), cacheControl: isHashedAsset(relative) ? IMMUTABLE : 'no-cache' }
  } catch {
    if (relative.includes('.')) return null
    return { body: await readFile(resolve(base, 'index.html')), contentType: contentTypeFor('index.html'), cacheControl: 'no-cache' }
  }
}
