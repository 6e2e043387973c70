/**
 * Security decisions of the Electron shell as pure functions, so they are unit-tested
 * without Electron. The shell only wires them to Electron's events.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'study'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** True only for pages served by our own app:// protocol. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password
  } catch {
    return false
  }
}

/** The window may only ever show our own pages; every other navigation is cancelled. */
export const allowNavigation = (raw: string): boolean => isAppUrl(raw)

/** Hosts whose pages the notes link to and that may open in the system browser. */
export const EXTERNAL_HOST_SUFFIXES = [
  'aws.amazon.com',
  'docs.aws.amazon.com',
  'amazon.com',
  'amazonaws.com',
  'awsstatic.com',
  'amplify.aws', // AWS Amplify's own documentation (docs.amplify.aws)
  'slideshare.net',
  'classmethod.jp',
  'github.com',
]

/**
 * A URL may leave the app only as https to a known host, with no credentials and no odd port.
 * Suffix matching is on whole labels: "example.com.attacker.com" is not "example.com".
 */
export function isSafeExternalUrl(raw: string, allowedSuffixes = EXTERNAL_HOST_SUFFIXES): boolean {
  // Whitespace or control characters are how URL-parser confusion attacks start.
  // eslint-disable-next-line no-control-regex
  if (typeof raw !== 'string' || raw.length > 2048 || /[\s\u0000-\u001f\u007f]/.test(raw)) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username || url.password || (url.port && url.port !== '443')) return false
  const host = url.hostname.toLowerCase()
  if (!host || host.endsWith('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return false
  return allowedSuffixes.some((s) => host === s || host.endsWith(`.${s}`))
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null }

/** window.open and target=_blank never create an Electron window; vetted links go to the OS. */
export function decideWindowOpen(raw: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(raw) ? raw : null }
}

/** IPC is answered only for our own top-level frame showing an app:// page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url)
}

/** Every permission (camera, notifications, geolocation, …) is refused: a study app needs none. */
export const allowPermission = (_permission: string): boolean => false
