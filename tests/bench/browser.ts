import { chromium, type Page } from '@playwright/test'
import { startHost, tempDataDir, type RunningHost } from '../e2e/host'

/** Runs `fn` on a fresh page of Debian's Chromium against a loopback host on a fresh data folder; cleans up after. */
export async function withHostPage<T>(fn: (page: Page, host: RunningHost) => Promise<T>): Promise<T> {
  const tmp = tempDataDir()
  const host = await startHost(tmp.dir)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    return await fn(await browser.newPage({ viewport: { width: 1280, height: 900 } }), host)
  } finally {
    await browser.close()
    await host.stop()
    tmp.remove()
  }
}
