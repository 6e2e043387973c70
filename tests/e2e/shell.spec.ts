import { expect, openApp, seriousA11yViolations, test } from './fixtures'

test('the app loads in Japanese with every section, without console errors', async ({ page, host, consoleErrors }) => {
  await openApp(page, host)
  await expect(page).toHaveURL(new RegExp(`^${host.origin}/`))
  expect(page.url()).not.toContain('token=') // the token left the address bar
  const nav = page.getByRole('navigation', { name: 'セクション' })
  for (const name of ['ノート', '図解', '模擬試験', '復習', '進捗', '注釈', '設定']) {
    await expect(nav.getByRole('link', { name: new RegExp(name) })).toBeVisible()
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  expect(consoleErrors).toEqual([])
})

test('a note opened by its address shows without the early requests too, and each early answer is used once', async ({ page, host }) => {
  await page.goto(host.url) // the token cookie
  const asked: string[] = []
  page.on('request', (r) => r.url().includes('/api/') && asked.push(r.url().split('/api/')[1]!))
  await page.goto('about:blank')
  await page.goto(`${host.origin}/#/notes/dynamodb`) // a fresh load, as when the app starts
  await expect(page.locator('.prose h2').first()).toBeVisible()
  await expect(page.locator('.layout[data-ready="true"]')).toBeVisible()
  // early.js asked for both before the bundle ran; the app took those answers, not asked again.
  await expect.poll(() => asked.includes('annotations.list')).toBe(true) // asked after the first paint
  expect(asked.filter((m) => m === 'notes.get' || m === 'settings.get').sort()).toEqual(['notes.get', 'settings.get'])

  // early.js is async, so the bundle may run first: then the app asks, and early.js stands down.
  asked.length = 0
  await page.route('**/early.js', async (r) => {
    await expect.poll(() => asked.length).toBeGreaterThan(1) // held back until the app has asked
    await r.continue()
  })
  await page.goto('about:blank')
  const earlyLoaded = page.waitForEvent('requestfinished', (r) => r.url().endsWith('/early.js'))
  await page.goto(`${host.origin}/#/notes/s3`)
  await expect(page.locator('.prose h2').first()).toBeVisible()
  await earlyLoaded
  await page.waitForTimeout(300) // time for a late early.js to (wrongly) ask again
  expect(asked.filter((m) => m === 'notes.get' || m === 'settings.get').sort()).toEqual(['notes.get', 'settings.get'])

  await page.unrouteAll()
  await page.route('**/early.js', (r) => r.abort()) // a failed or blocked early script costs only speed
  await page.goto('about:blank')
  await page.goto(`${host.origin}/#/notes/vpc`)
  await expect(page.locator('.prose h2').first()).toBeVisible()
  await expect(page.locator('.layout[data-ready="true"]')).toBeVisible()
})

test('navigation works by click and by keyboard, with visible focus', async ({ page, host }) => {
  await openApp(page, host)
  await page.getByRole('link', { name: '設定', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: '設定' })).toBeVisible()
  await expect(page).toHaveURL(/#\/settings$/)
  await page.keyboard.press('3')
  await expect(page.getByRole('heading', { level: 1, name: '模擬試験' })).toBeVisible()
  // Tab moves through the page (main has focus after a section change); the focused control shows an outline.
  await page.keyboard.press('Tab')
  for (let i = 0; i < 10 && (await page.evaluate(() => !!document.activeElement?.closest('input, select, textarea'))); i++) await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
  expect(outline).toBe('solid')
  // "?" opens the shortcuts from anywhere but a text field.
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'キーボードショートカット' })).toBeVisible()
})

test('empty sections explain what will appear and how to get there, with no fake data', async ({ page, host }) => {
  await openApp(page, host, '#/annotations')
  await expect(page.getByText('まだ注釈はありません')).toBeVisible()
  await openApp(page, host, '#/review')
  await expect(page.getByText('まだ復習カードはありません')).toBeVisible()
  await openApp(page, host, '#/progress')
  await expect(page.getByText('まだ記録がありません')).toBeVisible()
})

test('language and theme survive a host restart', async ({ page, host }) => {
  await openApp(page, host, '#/settings')
  await page.getByRole('radio', { name: 'English' }).check()
  await expect(page.getByRole('status')).toHaveText('Saved')
  await page.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await host.restart()
  await openApp(page, host, '#/settings')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
})

test('the theme follows the system until the user overrides it', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page, host)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
})

test('a malformed payload gets an error value and writes nothing', async ({ page, host }) => {
  await openApp(page, host)
  const headers = { 'x-study-token': host.token, origin: host.origin }
  const bad = await page.request.post(`${host.origin}/api/settings.update`, { headers, data: { language: 'fr', extra: 1 } })
  expect(bad.status()).toBe(200)
  expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  const notJson = await page.request.post(`${host.origin}/api/settings.update`, {
    headers: { ...headers, 'content-type': 'application/json' },
    data: '{"language":',
  })
  expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  const now = await page.request.post(`${host.origin}/api/settings.get`, { headers, data: {} })
  expect(await now.json()).toEqual({
    ok: true,
    value: { language: 'ja', theme: 'system', questionLanguage: 'ja-en', reviewNewPerDay: 20, reviewMaxPerDay: 200 },
  })
})

test('no token gets 401 and a foreign Origin gets 403', async ({ playwright, host }) => {
  const anonymous = await playwright.request.newContext()
  expect((await anonymous.get(`${host.origin}/`)).status()).toBe(401)
  expect((await anonymous.post(`${host.origin}/api/settings.get`, { data: {} })).status()).toBe(401)
  const foreign = await anonymous.post(`${host.origin}/api/settings.update`, {
    headers: { 'x-study-token': host.token, origin: 'http://attacker.example' },
    data: { language: 'en' },
  })
  expect(foreign.status()).toBe(403)
  await anonymous.dispose()
})

test('the shell has no serious accessibility violations in either theme', async ({ page, host }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const hash of ['#/notes', '#/settings']) {
      await openApp(page, host, hash)
      expect(await seriousA11yViolations(page), `${scheme} ${hash}`).toEqual([])
    }
  }
})
