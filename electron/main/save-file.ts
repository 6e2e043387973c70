import { writeFile } from 'node:fs/promises'
import { BrowserWindow, dialog } from 'electron'

/** The desktop app's save dialog; returns where the file went, or null if the user cancelled. */
export async function saveWithDialog(name: string, bytes: Buffer): Promise<string | null> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const ext = name.split('.').pop() ?? ''
  const options = { defaultPath: name, filters: [{ name: ext.toUpperCase(), extensions: [ext] }] }
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return null
  await writeFile(result.filePath, bytes)
  return result.filePath
}
