import { app, session, shell, type WebContents } from 'electron'
import type { Logger } from '../core/log'
import { allowNavigation, allowPermission, decideWindowOpen, isSafeExternalUrl } from './guards'

/** Opens a URL in the system browser only if it passes the external-URL check. */
export async function openExternalSafely(url: string, log: Logger): Promise<boolean> {
  if (!isSafeExternalUrl(url)) {
    log.warn(`refused to open external URL: ${url.slice(0, 200)}`)
    return false
  }
  await shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK (only after isSafeExternalUrl, above)
  return true
}

/** Navigation, new-window and permission guards for every web contents the app ever creates. */
export function setupSecurity(log: Logger) {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!allowNavigation(url)) {
        event.preventDefault()
        log.warn(`blocked navigation to ${url.slice(0, 200)}`)
      }
    })
    contents.on('will-redirect', (event, url) => {
      if (!allowNavigation(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url)
      if (decision.openExternally) void openExternalSafely(decision.openExternally, log)
      return { action: decision.action }
    })
  })
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)))
    session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowPermission(permission))
  })
}
