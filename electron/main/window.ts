import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BrowserWindow, screen } from 'electron'
import { APP_ORIGIN } from './guards'
import { secureWebPreferences } from './web-preferences'
import { DEFAULT_SIZE, MIN_SIZE, restoreBounds, type SavedWindowState } from './window-state'

/** Creates the one main window, restoring its last size and position when still on screen. */
export function createMainWindow(dataDir: string, preloadPath: string): BrowserWindow {
  const stateFile = join(dataDir, 'window-state.json')
  let saved: unknown = null
  try {
    saved = JSON.parse(readFileSync(stateFile, 'utf8'))
  } catch {
    saved = null
  }
  const restored = restoreBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  )
  // The webPreferences come from secureWebPreferences(), pinned flag by flag in a unit test
  // (tests/unit/main/guards.test.ts); electronegativity cannot see through the call, hence:
  // (The check reads its exemption on the same line only, so Prettier leaves this statement as written.)
  // prettier-ignore
  const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    ...(restored?.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'AWS study desk',
    backgroundColor: '#1d1f23',
    webPreferences: secureWebPreferences(preloadPath),
  })
  if (restored?.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('close', () => {
    const state: SavedWindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() }
    try {
      writeFileSync(stateFile, JSON.stringify(state))
    } catch {
      // Not worth failing a quit over: the window simply opens at its default size next time.
    }
  })
  void win.loadURL(`${APP_ORIGIN}/index.html`)
  return win
}
