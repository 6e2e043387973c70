import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { startHost, tempDataDir } from '../e2e/host'
import { figure, type Figure } from './measure'

const measures = (name: string) => `performance.getEntriesByName('${name}').map((e) => e.duration)`

/**
 * In real Chromium against the loopback host: the app's first render of the VPC diagram next to
 * a bare mermaid.render of the same source in the same page (both with Mermaid already loaded),
 * and the cached revisit.
 */
export async function diagramFigures(root: string): Promise<Figure[]> {
  const source = readFileSync(`${root}/content/diagrams/vpc-overview.mmd`, 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('%%'))
    .join('\n')
  const tmp = tempDataDir()
  const host = await startHost(tmp.dir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    type Bench = { bareRender(s: string): Promise<number> }
    const bare = async () => page.evaluate((s) => (globalThis as unknown as { __studyBench: Bench }).__studyBench.bareRender(s), source)
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    // A first render happens once per page, so the page is loaded three times: each time three
    // bare renders (after one that loads Mermaid), then the app's first render of the same source.
    // Medians of both sides, so one slow moment on the machine does not decide the figure.
    const bareTimes: number[] = []
    const firsts: number[] = []
    let cached = 0
    for (let round = 0; round < 3; round++) {
      await page.goto(host.url)
      await page.waitForSelector('.layout[data-ready="true"]')
      await bare() // loads Mermaid and warms its layout code
      bareTimes.push(await bare(), await bare(), await bare())
      await page.evaluate(() => (location.hash = '#/diagrams/vpc-overview'))
      await page.waitForSelector('figure.diagram[data-state="ok"]')
      firsts.push(((await page.evaluate(measures('study:diagram-render'))) as number[])[0]!)
      await page.evaluate(() => (location.hash = '#/diagrams'))
      await page.waitForSelector('.cards')
      await page.evaluate(() => (location.hash = '#/diagrams/vpc-overview'))
      await page.waitForSelector('figure.diagram[data-state="ok"]')
      cached = Math.max(cached, ((await page.evaluate(measures('study:diagram-cached'))) as number[])[0]!)
    }
    const first = median(firsts)
    const bareMedian = median(bareTimes)
    return [
      figure(
        'diagram_first_render_ms',
        first,
        'ms',
        bareMedian,
        '≤ 1.2× a bare mermaid.render of the same source in the same page (medians of 3 page loads)',
        first <= 1.2 * bareMedian,
      ),
      figure('diagram_cached_revisit_ms', cached, 'ms', first, '≤ 10 ms, the slowest of 3 (baseline: first render)', cached <= 10),
    ]
  } finally {
    await browser.close()
    await host.stop()
    tmp.remove()
  }
}
