// `npm run screens -- [route[!action] …]` (action: a button's name, `bottom`, or `@diagram-id` to show an inline diagram)
// `npm run screens -- [route …] [--out DIR] [--sizes 1024x640,1920x1080] [--themes light,dark] [--lang ja|en]`
// Screenshots of the built app (loopback host, a fresh temporary data folder) for looking at the UI.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { startHost, tempDataDir } from '../tests/e2e/host'

const args = process.argv.slice(2)
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args.splice(i, 2)[1]! : fallback
}
const out = resolve(flag('out', 'build/screens'))
const sizes = flag('sizes', '1280x800')
  .split(',')
  .map((s) => s.split('x').map(Number) as [number, number])
const themes = flag('themes', 'light,dark').split(',') as ('light' | 'dark')[]
const lang = flag('lang', 'ja')
const routes = args.length ? args : ['notes']

mkdirSync(out, { recursive: true })
const data = tempDataDir()
const host = await startHost(data.dir)
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
try {
  for (const [width, height] of sizes) {
    for (const theme of themes) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme })
      await page.goto(host.url)
      if (lang === 'en') await page.evaluate(() => localStorage.setItem('lang', 'en'))
      for (const route of routes) {
        const [path = '', action] = route.split('!')
        await page.goto(`${host.origin}/#/${path}`)
        await page.waitForTimeout(600)
        if (action?.startsWith('@')) {
          const slot = page.locator(`[data-diagram-id="${action.slice(1)}"]`)
          await slot.locator('svg').first().waitFor({ timeout: 15_000 })
          await slot.scrollIntoViewIfNeeded()
        } else if (action === 'bottom') await page.evaluate(() => document.querySelector('main')?.scrollTo({ top: 1e6 }))
        else if (action) await page.getByRole('button', { name: action }).first().click()
        await page.waitForTimeout(700)
        const file = `${out}/${path.replace(/\W+/g, '_')}${action ? `-${action.replace(/\W+/g, '_')}` : ''}-${width}x${height}-${theme}.png`
        await page.screenshot({ path: file })
        console.log(file)
      }
      await page.close()
    }
  }
} finally {
  await browser.close()
  await host.stop()
  data.remove()
}
