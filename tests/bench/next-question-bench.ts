import type { Page } from '@playwright/test'
import { withHostPage } from './browser'
import { figure, pct, type Figure } from './measure'

// Page scripts are plain strings: the bench runs under tsx, whose name-keeping helper
// (`__name`) does not exist inside the page.
// "Painted" is a frame, then a task: the task runs once that frame has been produced (the usual
// next-paint measure). Two frames would also wait for work the page starts in idle time after
// painting (a question's diagram is drawn then), which the learner does not wait for to read.
const CLICK_TO_PAINT = `async ({ button, n }) => {
  const times = []
  for (let i = 0; i < n; i++) {
    const before = document.querySelector('.stem')?.textContent
    const t = performance.now()
    ;[...document.querySelectorAll('button')].find((b) => b.textContent?.includes(button)).click()
    while (document.querySelector('.stem')?.textContent === before) await new Promise((r) => setTimeout(r, 0))
    await new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0) }))
    times.push(performance.now() - t)
  }
  return times
}`

const STATIC_SWITCH = `({ a, b }) => {
  const root = document.createElement('div')
  root.id = 'app'
  document.getElementById('app').replaceWith(root)
  let showA = true
  const draw = () => {
    root.innerHTML = showA ? a : b
    ;[...root.querySelectorAll('button')].find((x) => x.textContent?.includes('次へ'))?.addEventListener('click', () => {
      showA = !showA
      draw()
    })
  }
  draw()
}`

/** Click the button named `button` until the `.stem` text changes and two frames are painted, `n` times. */
const clickToPaint = (page: Page, button: string, n: number): Promise<number[]> => page.evaluate(`(${CLICK_TO_PAINT})(${JSON.stringify({ button, n })})`)

/**
 * Next question in a running practice set (click "次へ" → the next question painted), next to
 * the same switch between two static copies of the app's own question screens in the same page
 * (innerHTML swapped on click): what the framework and the API call add to a plain DOM swap.
 */
export async function nextQuestionFigures(): Promise<Figure[]> {
  return withHostPage(async (page, host) => {
    await page.goto(host.url)
    const post = async (method: string, input: unknown) =>
      (await (
        await fetch(`${host.origin}/api/${method}`, {
          method: 'POST',
          headers: { 'x-study-token': host.token, origin: host.origin, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        })
      ).json()) as { ok: boolean; value: { id: number } }
    const N = 70
    const started = await post('exam.start', { mode: 'practice', count: N + 2, timeLimitMin: null, domains: [1], instantFeedback: false, seed: 11 })
    if (!started.ok) throw new Error('could not start a practice set for the bench')
    await page.evaluate((id) => (location.hash = `#/exams/attempt/${id}`), started.value.id)
    await page.locator('.stem').first().waitFor()
    await clickToPaint(page, '次へ', 5) // warm-up
    // Two question screens as the app drew them, for the static baseline.
    const screenA = await page.evaluate(() => document.getElementById('app')!.innerHTML)
    await clickToPaint(page, '次へ', 1)
    const screenB = await page.evaluate(() => document.getElementById('app')!.innerHTML)
    const app = await clickToPaint(page, '次へ', N - 8)

    // The static switch: the same document and stylesheet, the app's DOM swapped on each click.
    await page.evaluate(`(${STATIC_SWITCH})(${JSON.stringify({ a: screenA, b: screenB })})`)
    await clickToPaint(page, '次へ', 5)
    const stat = await clickToPaint(page, '次へ', N - 8)
    const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y)
    const appP95 = pct(sorted(app), 95)
    const statP95 = pct(sorted(stat), 95)
    process.stderr.write(
      `next question: app median ${pct(sorted(app), 50).toFixed(1)} p95 ${appP95.toFixed(1)}; static median ${pct(sorted(stat), 50).toFixed(1)} p95 ${statP95.toFixed(1)}\n`,
    )
    return [
      figure(
        'next_question_p95_ms',
        appP95,
        'ms',
        statP95,
        '≤ 1.5× switching between two static copies of the same screens (click → painted)',
        appP95 <= 1.5 * statP95,
      ),
    ]
  })
}
