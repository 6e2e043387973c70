import { readdirSync, readFileSync } from 'node:fs'
import { expect, openApp, test } from './fixtures'

const ids = readdirSync('content/diagrams')
  .filter((f) => f.endsWith('.mmd'))
  .map((f) => f.replace(/\.mmd$/, ''))

test(`all ${ids.length} diagrams render to SVG in Chromium, in light and dark`, async ({ page, host, consoleErrors }) => {
  test.setTimeout(120_000)
  expect(ids.length).toBeGreaterThanOrEqual(14)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const id of ids) {
      await openApp(page, host, `#/diagrams/${id}`)
      const fig = page.locator('figure.diagram')
      await expect(fig, id).toHaveAttribute('data-state', 'ok')
      const svg = fig.locator('svg').first()
      await expect(svg).toBeVisible()
      // Labels are really there: text inside the drawing, not empty boxes.
      expect(((await svg.textContent()) ?? '').replace(/\s/g, '').length, `${id} has text`).toBeGreaterThan(10)
    }
  }
  expect(consoleErrors).toEqual([])
})

test('the gallery filters by topic and diagrams appear inside their notes', async ({ page, host }) => {
  await openApp(page, host, '#/diagrams')
  await expect(page.locator('.cards li')).toHaveCount(ids.length)
  await page.getByLabel('トピック').selectOption('cognito')
  await expect(page.locator('.cards li')).toHaveCount(2)
  await openApp(page, host, '#/notes/vpc')
  await expect(page.locator('.prose figure.diagram[data-state="ok"]')).toHaveCount(1)
})

test('zoom, full screen and export work', async ({ page, host }) => {
  await openApp(page, host, '#/diagrams/vpc-overview')
  const fig = page.locator('figure.diagram')
  await expect(fig).toHaveAttribute('data-state', 'ok')
  await fig.getByRole('button', { name: '拡大' }).click()
  await expect(fig.getByRole('button', { name: /画面に合わせる/ })).toHaveText('125%')
  await fig.getByRole('button', { name: '全画面' }).click()
  await expect(fig).toHaveClass(/full/)
  const box = await fig.boundingBox()
  expect(box!.width).toBeGreaterThanOrEqual(1270)
  await page.keyboard.press('Escape')
  await fig.locator('.viewport').focus()
  await page.keyboard.press('Escape')
  await expect(fig).not.toHaveClass(/full/)
  for (const kind of ['SVG', 'PNG']) {
    const download = page.waitForEvent('download')
    await fig.getByRole('button', { name: kind, exact: true }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`vpc-overview.${kind.toLowerCase()}`)
    const bytes = readFileSync((await file.path())!)
    if (kind === 'PNG') {
      expect(bytes.subarray(1, 4).toString()).toBe('PNG')
      expect(bytes.length).toBeGreaterThan(20_000) // a real picture, not an empty canvas
    } else expect(bytes.toString('utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*インターネット/)
  }
})

test('full screen fits the diagram to the window, zoom resets per diagram, Esc closes from anywhere', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp(page, host, '#/diagrams/vpc-overview')
  const fig = page.locator('figure.diagram')
  await expect(fig).toHaveAttribute('data-state', 'ok')
  await fig.getByRole('button', { name: '拡大' }).click()
  await expect(fig.getByRole('button', { name: /画面に合わせる/ })).toHaveText('125%')
  // Another diagram opens at 100 %, not at the zoom the previous one was left at.
  await page.getByRole('link', { name: /すべての図解/ }).click()
  await page.locator('.cards a', { hasText: 'Cognito' }).first().click()
  await expect(fig).toHaveAttribute('data-state', 'ok')
  await expect(fig.getByRole('button', { name: /画面に合わせる/ })).toHaveText('100%')
  await fig.getByRole('button', { name: '全画面' }).click()
  await expect(fig).toHaveClass(/full/)
  const svg = await fig.locator('.viewport svg').first().boundingBox()
  // Fitted: the whole drawing is inside the window and fills it in one direction.
  expect(svg!.y + svg!.height).toBeLessThanOrEqual(800)
  expect(svg!.x + svg!.width).toBeLessThanOrEqual(1280)
  expect(Math.max(svg!.width / 1280, svg!.height / 700)).toBeGreaterThan(0.85)
  await page.locator('body').focus()
  await page.keyboard.press('Escape')
  await expect(fig).not.toHaveClass(/full/)
})

test('a diagram drawn too small in a note opens full screen on a click', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 640 })
  await openApp(page, host, '#/notes/vpc')
  const fig = page.locator('.prose figure.diagram[data-state="ok"]')
  await fig.scrollIntoViewIfNeeded()
  await expect(fig.getByText('クリックで全画面表示')).toBeVisible()
  await fig.locator('.viewport').click()
  await expect(fig).toHaveClass(/full/)
  await page.keyboard.press('Escape')
  await expect(fig).not.toHaveClass(/full/)
})

test('gallery cards show a thumbnail of each diagram', async ({ page, host }) => {
  await openApp(page, host, '#/diagrams')
  await expect(page.locator('.cards li').first().locator('.thumb svg')).toBeVisible()
})

test.describe('hostile content', () => {
  test.use({ contentDir: 'tests/fixtures/content-hostile' })

  test('a broken diagram shows its parse error in place; the page still works', async ({ page, host }) => {
    await openApp(page, host, '#/diagrams/broken')
    const fig = page.locator('figure.diagram')
    await expect(fig).toHaveAttribute('data-state', 'error')
    await expect(fig.getByRole('alert')).toContainText('この図は描画できませんでした')
    await expect(fig.getByRole('alert')).toContainText(/line \d/)
    await page
      .getByRole('link', { name: /ノート/ })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'ノート' })).toBeVisible()
  })

  test('a note in content without a glossary asks for the glossary once, not again and again', async ({ page, host }) => {
    let asked = 0
    page.on('request', (r) => r.url().endsWith('/api/glossary.list') && asked++)
    await openApp(page, host, '#/notes/hostile')
    await page.waitForTimeout(1000)
    expect(asked).toBe(1)
  })

  test('script in notes and diagram labels stays inert', async ({ page, host }) => {
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    for (const hash of ['#/notes/hostile', '#/diagrams/hostile-labels']) {
      await openApp(page, host, hash)
      await page.waitForTimeout(800)
      await page.mouse.move(400, 400)
      for (const a of await page.locator('.prose a, figure a').all()) await a.click({ trial: true }).catch(() => {})
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
    expect(dialogs).toBe(0)
    const dangerous = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*(javascript|data):/i.test(a.value)).map((a) => `${el.tagName} ${a.name}=${a.value}`),
      ),
    )
    expect(dangerous).toEqual([])
  })
})
