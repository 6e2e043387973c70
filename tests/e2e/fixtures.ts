import { test as base, expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { startHost, tempDataDir, type RunningHost } from './host'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export type HostControl = Omit<RunningHost, 'stop'> & {
  /** Stops the host and starts a new one on the same data folder (a new port and token). */
  restart(): Promise<void>
}

interface Fixtures {
  /** Content folder for the host; the shipped content/ unless a test file says otherwise. */
  contentDir: string | undefined
  host: HostControl
  consoleErrors: string[]
}

export const test = base.extend<Fixtures>({
  contentDir: [undefined, { option: true }],
  host: async ({ contentDir }, use) => {
    const tmp = tempDataDir()
    let running = await startHost(tmp.dir, contentDir)
    const control: HostControl = {
      ...running,
      async restart() {
        await running.stop()
        running = await startHost(tmp.dir, contentDir)
        Object.assign(control, running)
      },
    }
    await use(control)
    await running.stop()
    tmp.remove()
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push(e.message))
    await use(errors)
  },
})

export { expect }

/** Runs axe-core in the page (through the debugger, which the CSP does not govern). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () => {
    type Axe = { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> }
    return (window as unknown as { axe: Axe }).axe.run(document)
  })
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`)
}

/** Every axe-core violation, whatever its impact, with the first offending element. */
export async function a11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () => {
    type Axe = { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> }
    return (window as unknown as { axe: Axe }).axe.run(document)
  })
  return result.violations.map((v) => `${v.id} [${v.impact}] ×${v.nodes.length} ${v.nodes[0]?.target.join(' ') ?? ''}`)
}

/** Opens the app and waits until its first data has loaded. */
export async function openApp(page: Page, host: HostControl, hash = ''): Promise<void> {
  await page.goto(host.url)
  if (hash) await page.evaluate((h) => (location.hash = h), hash)
  await expect(page.locator('.layout[data-ready="true"]')).toBeVisible()
  // A lazily loaded section shows "loading" until its code arrives; wait for the section itself.
  await expect(page.locator('main > p.loading')).toHaveCount(0)
  await expect(page.locator('main h1').first()).toBeVisible()
}

/** Starts a practice set from the Exams screen and waits for its first question. */
export async function startPractice(page: Page, host: HostControl, count: number, instantFeedback: boolean): Promise<void> {
  await openApp(page, host, '#/exams')
  const practice = page.getByRole('region', { name: '練習' })
  await practice.getByLabel('問題数').fill(String(count))
  const instant = practice.getByLabel('回答ごとに正解と解説を表示')
  if (instantFeedback) await instant.check()
  else await instant.uncheck()
  await practice.getByRole('button', { name: '開始' }).click()
  await expect(page.getByText(`問題 1 / ${count}`)).toBeVisible()
}

/**
 * Selects the first occurrence of `text` inside the note body, as a mouse user would: once the
 * text is on screen, and again if the highlighting tools (set up just after the note's first
 * paint) were not listening yet.
 */
export async function select(page: Page, text: string) {
  await expect(page.locator('.prose')).toContainText(text)
  await expect(async () => {
    await selectOnce(page, text)
    await expect(page.getByRole('toolbar', { name: 'ハイライト' })).toBeVisible({ timeout: 300 })
  }).toPass({ timeout: 5000 })
}

async function selectOnce(page: Page, text: string) {
  await page.evaluate((needle) => {
    const prose = document.querySelector('.prose')!
    const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle)
      if (i < 0) continue
      ;(n as Text).parentElement!.scrollIntoView({ block: 'center' }) // the tools appear beside a visible selection
      const range = document.createRange()
      range.setStart(n, i)
      range.setEnd(n, i + needle.length)
      getSelection()!.removeAllRanges()
      getSelection()!.addRange(range)
      prose.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
      return
    }
    throw new Error(`not found: ${needle}`)
  }, text)
}

/** Calls the host API directly, as the renderer does. */
export const api = (page: Page, host: HostControl, method: string, input: unknown) =>
  page.request.post(`${host.origin}/api/${method}`, { headers: { 'x-study-token': host.token, origin: host.origin }, data: input }).then((r) => r.json())

/** A one-question practice set of a known question, with instant feedback, opened in the page; its attempt id. */
export async function openPracticeOf(page: Page, host: HostControl, questionId: string): Promise<number> {
  const r = await api(page, host, 'exam.start', { mode: 'practice', count: 1, timeLimitMin: null, questions: [questionId], instantFeedback: true })
  expect(r.ok).toBe(true)
  await page.evaluate((n) => (location.hash = `#/exams/attempt/${n}`), r.value.id)
  return r.value.id as number
}
