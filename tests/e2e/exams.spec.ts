import { expect, openApp, seriousA11yViolations, startPractice, test } from './fixtures'

test('a short practice exam end to end: answer, flag, review, submit, results', async ({ page, host, consoleErrors }) => {
  await startPractice(page, host, 3, false)
  await expect(page.getByRole('navigation', { name: 'セクション' })).toHaveCount(0) // focus mode
  // keyboard: choose the first option, flag, next
  await page.keyboard.press('1')
  await expect(page.getByRole('status')).toHaveText('保存しました')
  await expect(page.locator('.option').first()).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('f')
  await expect(page.getByRole('button', { name: /フラグ済み/ })).toBeVisible()
  await page.keyboard.press('n')
  await expect(page.getByText('問題 2 / 3')).toBeVisible()
  await page.getByRole('button', { name: '自信なし' }).click()
  await page.locator('.option').nth(1).click()
  // review lists the unanswered third question and the flagged first one
  await page.keyboard.press('r')
  const review = page.getByRole('region', { name: '見直し' })
  await expect(review).toContainText('未回答 1 問')
  await expect(review).toContainText('フラグ付き 1 問')
  await review.getByRole('button', { name: '終了して採点' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('未回答が 1 問あります')
  await dialog.getByRole('button', { name: '採点する' }).click()
  await expect(page.getByRole('heading', { name: /結果/ })).toBeVisible()
  // Three questions: the raw score, no scaled estimate (under 20 questions it says little).
  await expect(page.getByText('正答数')).toBeVisible()
  await expect(page.getByText('推定スコア', { exact: true })).toHaveCount(0)
  await expect(page.getByText(/20 問未満のセットでは推定スコアを出しません/)).toBeVisible()
  // The list opens on the wrong ones; "all" shows every question.
  const filters = page.getByRole('radiogroup', { name: '表示する問題' })
  await filters.getByRole('radio', { name: /すべて 3/ }).click()
  const items = page.locator('ol.items > li')
  await expect(items).toHaveCount(3)
  await expect(items.nth(2)).toContainText('✗') // unanswered counts as wrong
  await filters.getByRole('radio', { name: /フラグ 1/ }).click()
  await expect(items).toHaveCount(1)
  await filters.getByRole('radio', { name: /すべて/ }).click()
  // every question links to the note it is grounded in
  const link = page.locator('.note-link:visible').first()
  await expect(link).toHaveAttribute('href', /^#\/notes\/[a-z0-9-]+/)
  await link.click()
  await expect(page).toHaveURL(/#\/notes\//)
  expect(consoleErrors).toEqual([])
})

test('the host restarted mid-exam: the attempt resumes with its answers and its time', async ({ page, host }) => {
  await openApp(page, host, '#/exams')
  await page.getByRole('region', { name: '本番形式の模擬試験' }).getByRole('button', { name: '開始' }).click()
  await expect(page.getByText('問題 1 / 65')).toBeVisible()
  await expect(page.getByRole('timer')).toContainText(/2:(09|10):\d\d/)
  await page.keyboard.press('b')
  await expect(page.getByRole('status')).toHaveText('保存しました')
  await page.keyboard.press('n')
  await page.keyboard.press('a')
  await expect(page.locator('.navigator .grid .cell.answered')).toHaveCount(2)
  await page.waitForTimeout(4500) // let the clock commit a few seconds
  const before = await page.getByRole('timer').innerText()
  await host.restart()
  await openApp(page, host, '#/exams')
  const open = page.getByRole('region', { name: '途中の試験' })
  await expect(open).toContainText('2 / 65 問回答')
  await open.getByRole('button', { name: '再開' }).click()
  await expect(page.locator('.navigator .grid .cell.answered')).toHaveCount(2)
  await expect(page.getByText('問題 3 / 65')).toBeVisible() // resumes at the first unanswered
  const after = await page.getByRole('timer').innerText()
  const secs = (s: string) =>
    s
      .match(/(\d+):(\d\d):(\d\d)/)!
      .slice(1)
      .reduce((t, x) => t * 60 + Number(x), 0)
  expect(Math.abs(secs(after) - secs(before))).toBeLessThanOrEqual(5)
  expect(secs(after)).toBeLessThan(130 * 60)
})

test('a full mock: 65 questions, answers hidden until submit, then scored on 50', async ({ page, host }) => {
  await openApp(page, host, '#/exams')
  await page.getByRole('region', { name: '本番形式の模擬試験' }).getByRole('button', { name: '開始' }).click()
  await expect(page.getByText('問題 1 / 65')).toBeVisible()
  await expect(page.locator('.navigator .grid .cell')).toHaveCount(65)
  await expect(page.locator('.reveal')).toHaveCount(0)
  for (let i = 0; i < 65; i++) {
    await page.keyboard.press('1')
    await page.keyboard.press('n')
  }
  await expect(page.locator('.navigator .grid .cell.answered')).toHaveCount(65)
  await expect(page.locator('.reveal')).toHaveCount(0) // still nothing revealed in a mock
  await page.keyboard.press('r')
  await page.getByRole('region', { name: '見直し' }).getByRole('button', { name: '終了して採点' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '採点する' }).click()
  await expect(page.locator('.score')).toContainText('/ 50')
  await expect(page.getByText('推定スコア', { exact: true })).toBeVisible()
  await page.getByRole('radio', { name: /すべて 65/ }).click()
  await expect(page.locator('ol.items > li')).toHaveCount(65)
  await expect(page.locator('.domains li')).toHaveCount(4)
  expect(await seriousA11yViolations(page)).toEqual([])
  await page.getByRole('button', { name: '模擬試験のトップへ' }).click()
  await expect(page.getByRole('region', { name: '受験履歴' }).locator('tr')).toHaveCount(1)
})

test('instant feedback in practice shows the key and explanation and locks the answer', async ({ page, host }) => {
  await startPractice(page, host, 2, true)
  await page.keyboard.press('a')
  await expect(page.locator('.option').first()).toHaveAttribute('aria-checked', 'true')
  await expect(page.locator('.reveal')).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(page.locator('.reveal')).toBeVisible()
  await expect(page.locator('.reveal .explanation')).not.toBeEmpty()
  await expect(page.locator('.option').first()).toBeDisabled()
  expect(await seriousA11yViolations(page)).toEqual([])
})

test('a learner reports a question from the exam; the report is listed in Settings with its content version', async ({ page, host }) => {
  await startPractice(page, host, 2, true)
  const id = await page.locator('.report + dialog .id').first().textContent()
  await page.getByRole('button', { name: 'この問題を報告' }).click()
  const dialog = page.getByRole('dialog', { name: '問題の誤りや分かりにくさを報告' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('分かりにくい').check()
  await dialog.getByRole('textbox').fill('<img src=x onerror=alert(1)> 選択肢 B の説明が曖昧です')
  expect(await seriousA11yViolations(page)).toEqual([])
  await dialog.getByRole('button', { name: '報告を保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('報告を保存しました')).toBeVisible()
  await page.goto(`${host.origin}/#/settings`)
  const report = page.locator('.reports li').first()
  await expect(report).toContainText(id!.trim())
  await expect(report).toContainText('分かりにくい')
  await expect(report.locator('.comment')).toHaveText('<img src=x onerror=alert(1)> 選択肢 B の説明が曖昧です')
  await expect(page.locator('.reports img')).toHaveCount(0)
  await report.getByRole('button', { name: '削除' }).click()
  await expect(page.getByText('報告はまだありません。', { exact: false })).toBeVisible()
})
