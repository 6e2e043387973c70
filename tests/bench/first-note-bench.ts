import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { startHost, tempDataDir } from '../e2e/host'
import { figure, type Figure } from './measure'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/**
 * First note visible: a fresh page load of the DynamoDB note through the loopback host, next
 * to a static page holding the same screen: the app's own rendered DOM (sidebar, note, contents)
 * saved as plain HTML with the app's stylesheet, served from loopback with the same caching.
 */
export async function firstNoteFigures(root: string): Promise<Figure[]> {
  const tmp = tempDataDir()
  const host = await startHost(tmp.dir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  // The stylesheet the built index.html links (not just any .css file among the assets).
  const cssFile = /href="\.\/assets\/([^"]+\.css)"/.exec(readFileSync(join(root, 'build/renderer/index.html'), 'utf8'))![1]!
  const css = readFileSync(join(root, 'build/renderer/assets', cssFile), 'utf8')
  let staticHtml = ''
  const server = createServer((req, res) => {
    // The stylesheet is cached exactly as the host caches its hashed assets, so neither side
    // gains from caching the other lacks.
    const asCss = req.url === '/app.css'
    res.writeHead(
      200,
      asCss
        ? { 'Content-Type': 'text/css', 'Cache-Control': 'public, max-age=31536000, immutable' }
        : { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
    )
    res.end(asCss ? css : staticHtml)
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
    // Warm both the same way (HTTP cache, fonts, the browser's own first-load work), as on any
    // day the learner opens the app.
    for (let i = 0; i < 3; i++) await visible(appUrl)
    // The screen as it stood when the note became visible; no scripts, the same root attributes
    // (theme, language), so the same CSS rules apply.
    const snapshot = await page.evaluate(() => ({
      attrs: [...document.documentElement.attributes].map((a) => `${a.name}="${a.value.replaceAll('"', '&quot;')}"`).join(' '),
      app: document.getElementById('app')!.innerHTML,
    }))
    staticHtml = `<!doctype html><html ${snapshot.attrs}><head><meta charset="utf-8"><link rel="stylesheet" href="/app.css"></head><body><div id="app">${snapshot.app}</div></body></html>`
    for (let i = 0; i < 3; i++) await visible(staticUrl)
    const app: number[] = []
    const stat: number[] = []
    for (let i = 0; i < 9; i++) {
      app.push(await visible(appUrl))
      stat.push(await visible(staticUrl))
    }
    return [figure('first_note_visible_ms', median(app), 'ms', median(stat), '≤ 1.3× a static page holding the same note', median(app) <= 1.3 * median(stat))]
  } finally {
    await browser.close()
    server.close()
    await host.stop()
    tmp.remove()
  }
}
