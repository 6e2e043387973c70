import { earlyRequests } from '../early/requests'
import { prefetch } from './api'

// Imported first by main.ts, so these requests leave while the rest of the bundle is still
// being evaluated (or are taken from early.js, which asked for the same list).

/** Settles when every early answer is here (a slow answer does not hold the window blank for long). */
export const earlyData: Promise<unknown> = Promise.race([
  Promise.all(earlyRequests(location.hash).map((r) => prefetch(r.name, r.input as never))),
  new Promise((done) => setTimeout(done, 300)),
])
