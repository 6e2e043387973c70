import { prefetch } from './api'

// Imported first by main.ts, so these requests leave while the rest of the bundle is still
// being evaluated: the settings, and the note named in the address.
const opened = /^#\/notes\/([a-z0-9-]+)/.exec(location.hash)

/** Settles when both answers are here (a slow answer does not hold the window blank for long). */
export const earlyData: Promise<unknown> = Promise.race([
  Promise.all([prefetch('settings.get', {}), opened ? prefetch('notes.get', { id: opened[1]! }) : null]),
  new Promise((done) => setTimeout(done, 300)),
])
