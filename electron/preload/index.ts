import { contextBridge, ipcRenderer } from 'electron'
import { channelFor, methodNames } from '@shared/api'
import type { StudyBridge } from '@shared/bridge'

// One function per API method, generated from the table: the page never sees ipcRenderer.
const study = Object.fromEntries(
  methodNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input ?? {})]),
) as unknown as StudyBridge

contextBridge.exposeInMainWorld('study', study)

// The application menu asks the page to open a section; the page only gets the route name.
contextBridge.exposeInMainWorld('studyShell', {
  onNavigate(callback: (route: string) => void) {
    ipcRenderer.on('study-shell:navigate', (_event, route: unknown) => {
      if (typeof route === 'string' && /^[a-z-]{1,40}$/.test(route)) callback(route)
    })
  },
})
