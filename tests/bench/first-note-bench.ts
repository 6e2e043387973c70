import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { startHost, tempDataDir } from '../e2e/host'
import { figure, type Figure } from './measure'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/**
 * First note visible: a fresh page load of the DynamoDB note through the loopback host, next
 * to a static HTML page holding the same rendered note and the same CSS, served from loopback.
 */
export async function firstNoteFigures(root: string): Promise<Figure[]> {
  const tmp = tempDataDir()
  const host = await startHost(tmp.dir)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  const cssFile = readdirSync(join(root, 'build/renderer/assets')).find((f) => f.endsWith('.css'))!
  const css = readFileSync(join(root, 'build/renderer/assets', cssFile), 'utf8')
  let staticHtml = ''
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': req.url === '/app.css' ? 'text/css' : 'text/html; charset=utf-8' })
    res.end(req.url === '/app.css' ? css : staticHtml)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()))
  const staticUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(host.url) // sets the token cookie once
    const appUrl = `${host.origin}/#/notes/dynamodb`
    const visible = async (url: string) => {
      await page.goto('about:blank')
      const t = Date.now()
      await page.goto(url)
      await page.locator('.prose h2').first().waitFor({ state: 'visible' })
      return Date.now() - t
    }
    await visible(appUrl) // warm the browser's caches the same way for both
    staticHtml = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="stylesheet" href="/app.css"></head><body><div id="app"><div class="layout"><main>${await page.locator('.note').evaluate((el) => el.outerHTML)}</main></div></div></body></html>`
    await visible(staticUrl)
    const app: number[] = []
    const stat: number[] = []
    for (let i = 0; i < 5; i++) {
      app.push(await visible(appUrl))
      stat.push(await visible(staticUrl))
    }
    return [figure('first_note_visible_ms', median(app), 'ms', median(stat), '≤ 1.5× a static page holding the same note', median(app) <= 1.5 * median(stat))]
  } finally {
    await browser.close()
    server.close()
    await host.stop()
    tmp.remove()
  }
}
