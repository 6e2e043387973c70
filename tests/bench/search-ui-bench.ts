import { withHostPage } from './browser'
import { figure, pct, SEARCH_QUERIES as QUERIES, type Figure } from './measure'

const FRAME_MS = 1000 / 60

// Page scripts are plain strings: the bench runs under tsx, whose name-keeping helper
// (`__name`) does not exist inside the page.
/** Each query typed into the open search box: input event → the first result changed → the next frame. */
const TYPE_TO_PAINT = `async ({ queries, rounds }) => {
  const input = document.querySelector('input[role="combobox"]')
  const first = () => document.querySelector('#search-results [role="option"]')?.textContent ?? ''
  const times = []
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const before = first()
      const t = performance.now()
      input.value = q
      input.dispatchEvent(new Event('input', { bubbles: true }))
      while (first() === before) await new Promise((res) => setTimeout(res, 0))
      await new Promise((res) => requestAnimationFrame(() => res()))
      times.push(performance.now() - t)
    }
  }
  return times
}`

/** The same queries through the same HTTP API from the page, nothing drawn. */
const QUERY_ALONE = `async ({ queries, rounds }) => {
  const times = []
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now()
      const res = await fetch('api/search.query', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q, limit: 20 }) })
      await res.json()
      times.push(performance.now() - t)
    }
  }
  return times
}`

/** Search as you type in the UI (keystroke → results painted) next to the query alone plus one frame. */
export async function searchUiFigures(): Promise<Figure[]> {
  return withHostPage(async (page, host) => {
    await page.goto(`${host.url}#/notes`)
    await page.locator('.layout[data-ready="true"]').waitFor()
    await page.keyboard.press('Control+k')
    await page.locator('input[role="combobox"]').waitFor()
    const args = JSON.stringify({ queries: QUERIES, rounds: 1 })
    await page.evaluate(`(${TYPE_TO_PAINT})(${args})`) // warm-up, both paths
    await page.evaluate(`(${QUERY_ALONE})(${args})`)
    const measured = JSON.stringify({ queries: QUERIES, rounds: 6 })
    const ui = ((await page.evaluate(`(${TYPE_TO_PAINT})(${measured})`)) as number[]).sort((a, b) => a - b)
    const alone = ((await page.evaluate(`(${QUERY_ALONE})(${measured})`)) as number[]).sort((a, b) => a - b)
    const uiP95 = pct(ui, 95)
    const baseline = pct(alone, 95) + FRAME_MS
    return [
      figure('search_as_you_type_p95_ms', uiP95, 'ms', baseline, '≤ 2× the query alone (p95, same API from the page) plus one frame', uiP95 <= 2 * baseline),
    ]
  })
}
