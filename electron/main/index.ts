import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { createCore, type Core } from '../core/core'
import { createFileLogger } from '../core/log'
import { setupIpc } from './ipc'
import { setupMenu } from './menu'
import { nativeBindingPath } from './native'
import { registerAppScheme, rendererDirFrom, setupAppProtocol } from './protocol'
import { saveWithDialog } from './save-file'
import { openExternalSafely, setupSecurity } from './security'
import { createMainWindow } from './window'

// Composition root: each concern wires itself in its own setupX(); this file only orders them.
const buildDir = join(__dirname, '..')
registerAppScheme()

if (!app.requestSingleInstanceLock()) app.quit()
else start()

function start() {
  const dataDir = app.getPath('userData')
  const log = createFileLogger(dataDir)
  let core: Core | null = null
  setupSecurity(log)

  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0]
    if (win?.isMinimized()) win.restore()
    win?.focus()
  })

  app
    .whenReady()
    .then(() => {
      core = createCore({
        dataDir,
        // Packaged: resources/content (electron-builder extraResources); in development: ./content
        contentDir: app.isPackaged ? join(process.resourcesPath, 'content') : join(app.getAppPath(), 'content'),
        platform: 'electron',
        version: app.getVersion(),
        log,
        nativeBinding: nativeBindingPath(buildDir),
        openExternal: (url) => openExternalSafely(url, log),
        saveFile: saveWithDialog,
      })
      const { settings, handlers, events } = core
      events.settings.onChange((next) => setupMenu(next.language)) // the menu follows the UI language at once
      setupAppProtocol(rendererDirFrom(buildDir))
      setupIpc(handlers, log)
      setupMenu(settings.get().language)
      createMainWindow(dataDir, join(__dirname, 'preload.cjs'))
      void core.startupBackup()
    })
    .catch((err: unknown) => {
      log.error('start-up failed', err)
      // A newer or unreadable database: say so plainly and leave the file untouched.
      dialog.showErrorBox('AWS study desk', err instanceof Error ? err.message : String(err))
      app.exit(1)
    })

  let quitting = false
  app.on('before-quit', (event) => {
    if (quitting || !core) return
    event.preventDefault()
    quitting = true
    void core.close().finally(() => app.quit())
  })
  app.on('window-all-closed', () => app.quit())
}
