import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { menuTemplate, type MenuItemSpec, type MenuLanguage } from './menu-template'

export const NAVIGATE_CHANNEL = 'study-shell:navigate'

function toElectron(spec: MenuItemSpec): MenuItemConstructorOptions {
  const { route, submenu, role, ...rest } = spec
  return {
    ...rest,
    ...(role ? { role: role as MenuItemConstructorOptions['role'] } : {}),
    ...(submenu ? { submenu: submenu.map(toElectron) } : {}),
    ...(route ? { click: () => BrowserWindow.getAllWindows()[0]?.webContents.send(NAVIGATE_CHANNEL, route) } : {}),
  }
}

/** Builds the application menu in the user's language; called again when it changes. */
export function setupMenu(lang: MenuLanguage) {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang, process.platform === 'darwin').map(toElectron)))
}
