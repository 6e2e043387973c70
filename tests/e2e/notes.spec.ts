import { expect, openApp, seriousA11yViolations, test } from './fixtures'

test('the library lists every note by domain with reading progress', async ({ page, host }) => {
  await openApp(page, host, '#/notes')
  await expect(page.getByRole('heading', { level: 1, name: 'ノート' })).toBeVisible()
  await expect(page.locator('.grid .card')).toHaveCount(54)
  await expect(page.getByText('既読 0 / 54')).toBeVisible()
  await page.getByRole('button', { name: /D4 トラブルシューティングと最適化/ }).click()
  const d4 = await page.locator('.grid .card').count()
  expect(d4).toBeGreaterThan(0)
  expect(d4).toBeLessThan(54)
  // By exam-guide task statement: all 13, each with the notes that cover it.
  await page.getByRole('button', { name: 'タスク別' }).click()
  await expect(page.locator('section.task h3')).toHaveCount(13)
  const observability = page.locator('section.task', { has: page.getByRole('heading', { name: /4\.2 オブザーバビリティ/ }) })
  await expect(observability.getByRole('link', { name: /AWS X-Ray/ })).toBeVisible()
  await expect(observability.getByRole('link', { name: /Amazon CloudWatch/ })).toBeVisible()
})

test('every note ends with its own practice set, which starts a practice of its questions', async ({ page, host }) => {
  await openApp(page, host, '#/notes/dynamodb')
  const practice = page.getByRole('region', { name: 'この章の問題を解く' })
  await expect(practice).toBeVisible()
  const label = await practice.getByRole('button').textContent()
  const n = Number(/(\d+)/.exec(label ?? '')?.[1])
  expect(n).toBeGreaterThan(5)
  await practice.getByRole('button').click()
  await expect(page).toHaveURL(/#\/exams\/attempt\/\d+/)
  await expect(page.getByText(new RegExp(`1\\s*/\\s*${n}`)).first()).toBeVisible()
})

test('a note renders its table and update callout, and can be marked as read', async ({ page, host, consoleErrors }) => {
  await openApp(page, host, '#/notes/deployment-patterns')
  const table = page.locator('.prose table').first()
  await expect(table).toBeVisible()
  await expect(table.locator('thead th').first()).toHaveText('方式')
  await expect(table.locator('tbody tr')).toHaveCount(6)
  // Words stay whole in cells: "Rolling with additional batch" wraps between words, never inside one.
  for (const size of [
    { width: 1024, height: 640 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size)
    const cell = table.getByRole('cell', { name: 'Rolling with additional batch' })
    const broken = await cell.evaluate((td) => {
      const range = document.createRange()
      const text = td.firstChild!
      const words: string[] = []
      let line = -1
      let word = ''
      for (let i = 0; i < text.textContent!.length; i++) {
        range.setStart(text, i)
        range.setEnd(text, i + 1)
        const top = Math.round(range.getBoundingClientRect().top)
        const ch = text.textContent![i]!
        if (line !== -1 && top !== line && ch !== ' ' && text.textContent![i - 1] !== ' ') words.push(word)
        line = top
        word = ch === ' ' ? '' : word + ch
      }
      return words
    })
    expect(broken, `words split across lines at ${size.width}px`).toEqual([])
  }
  await openApp(page, host, '#/notes/dynamodb')
  const update = page.locator('.callout-update').first()
  await expect(update).toBeVisible()
  await expect(update.locator('.callout-title')).toContainText('更新情報 2022-09')
  // Links read by their title, never as a raw 100-character address.
  const link = update.locator('a.external').first()
  await expect(link).toHaveAttribute('href', /^https:\/\/aws\.amazon\.com\//)
  await expect(link).not.toHaveText(/^https?:/)
  // A section that states limits or defaults shows, under its heading, when they were checked.
  const dated = page.locator('.prose h2', { hasText: '請求モード' }).locator('+ .section-as-of')
  await expect(dated).toHaveText(/^情報の基準日: \d{4}-\d{2}-\d{2}$/)
  await expect(page.locator('.prose h2', { hasText: 'プライマリキーと項目' }).locator('+ .section-as-of')).toHaveCount(0)
  await page.getByRole('button', { name: '既読にする' }).click()
  await expect(page.getByRole('button', { name: /既読/ })).toHaveAttribute('aria-pressed', 'true')
  // The app is closed while its host restarts (an open page would fetch font subsets from it).
  await page.goto('about:blank')
  await host.restart()
  await openApp(page, host, '#/notes')
  await expect(page.getByText('既読 1 / 54')).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('the table of contents follows the page and jumps to a heading', async ({ page, host }) => {
  await openApp(page, host, '#/notes/dynamodb')
  const toc = page.getByRole('navigation', { name: '目次' })
  await toc.getByRole('link', { name: 'DynamoDBストリーム' }).click()
  await expect(page.locator('#h-dynamodbストリーム')).toBeInViewport()
  await expect(toc.getByRole('link', { name: 'DynamoDBストリーム' })).toHaveAttribute('aria-current', 'location')
})

test('search: ゲートウェイ finds VPC, 認証 (2 characters) finds Cognito, Enter opens at the hit', async ({ page, host }) => {
  await openApp(page, host, '#/notes')
  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: '検索' })
  await box.fill('ゲートウェイ')
  const results = page.getByRole('listbox', { name: '検索結果' })
  await expect(results.getByRole('option').filter({ hasText: 'VPC' }).first()).toBeVisible()
  await expect(results.locator('mark').first()).toHaveText('ゲートウェイ')
  await box.fill('認証')
  await expect(results.getByRole('option').filter({ hasText: 'Amazon Cognito' }).first()).toBeVisible()
  // One Esc closes the dialog (a search field would otherwise only clear itself).
  await page.keyboard.press('Escape')
  await expect(box).toBeHidden()
  await page.keyboard.press('/')
  await box.fill('ゲートウェイエンドポイント')
  await expect(results.getByRole('option').first()).toContainText('VPC')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/notes\/vpc/)
  await expect(page.locator('.prose h3', { hasText: 'ゲートウェイエンドポイント' })).toBeInViewport()
  // The searched words are marked in the opened note.
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)).toBeGreaterThan(0)
  expect(await page.evaluate(() => [...CSS.highlights.get('search-hit')!][0]!.toString())).toBe('ゲートウェイエンドポイント')
})

test('an external link opens outside the app; the window never navigates away', async ({ page, host, context }) => {
  await openApp(page, host, '#/notes/vpc')
  const before = page.url()
  const popupPromise = context.waitForEvent('page')
  await page.locator('.prose a.external').first().click()
  const popup = await popupPromise
  expect(await popup.evaluate(() => window.opener)).toBeNull() // noopener
  await popup.close()
  expect(page.url()).toBe(before)
})

test('note pages have no serious accessibility violations', async ({ page, host }) => {
  await openApp(page, host, '#/notes/dynamodb')
  await expect(page.locator('figure.diagram[data-state="ok"]')).toHaveCount(1) // include the drawn diagram and its tools
  expect(await seriousA11yViolations(page)).toEqual([])
})

test('the library filters notes as you type and offers the next unread note', async ({ page, host }) => {
  await openApp(page, host, '#/notes')
  const cont = page.locator('a.continue')
  await expect(cont).toContainText('最初のノートから読む')
  await expect(cont).toContainText('01 ')
  await page.getByRole('searchbox', { name: /ノートを絞り込む/ }).fill('dynamo')
  await expect(page.locator('.grid .card').filter({ hasText: 'Amazon DynamoDB' })).toHaveCount(1)
  expect(await page.locator('.grid .card').count()).toBeLessThanOrEqual(4) // DynamoDB and the notes tagged with it
  await page.getByRole('searchbox', { name: /ノートを絞り込む/ }).fill('存在しないノート')
  await expect(page.getByText('「存在しないノート」に合うノートはありません。')).toBeVisible()
  await openApp(page, host, '#/notes/iam')
  await page.getByRole('button', { name: '既読にする' }).click()
  await expect(page.locator('button.mark-read[aria-pressed="true"]')).toBeVisible()
  await openApp(page, host, '#/notes')
  await expect(cont).toContainText('続きから読む')
  await expect(cont).toContainText('16 Amazon Cognito')
})
