import { expect, openApp, seriousA11yViolations, startPractice, test } from './fixtures'

test('a review session from a finished exam: mistakes come back, answered with the explanation', async ({ page, host }) => {
  await openApp(page, host, '#/review')
  await expect(page.getByText('まだ復習カードはありません')).toBeVisible()
  await startPractice(page, host, 3, false)
  await page.getByRole('button', { name: '勘' }).click() // a guess always comes back
  await page.keyboard.press('1')
  await expect(page.locator('.navigator .grid .cell.answered')).toHaveCount(1)
  await page.keyboard.press('r')
  await page.getByRole('region', { name: '見直し' }).getByRole('button', { name: '終了して採点' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '採点する' }).click()
  await expect(page.getByText('正答数')).toBeVisible()
  await openApp(page, host, '#/review')
  await expect(page.getByText('今日の復習: 3 問')).toBeVisible()
  await page.getByRole('button', { name: '復習を始める' }).click()
  await expect(page.getByText('1 / 3')).toBeVisible()
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  await expect(page.locator('.reveal')).toBeVisible()
  await expect(page.locator('.reveal .note-link').first()).toHaveAttribute('href', /^#\/notes\//)
  // Four grades, each with when the card comes back; one is suggested from the result.
  const grades = page.getByRole('group', { name: 'この問題の評価' })
  await expect(grades.getByRole('button')).toHaveCount(4)
  await expect(grades.locator('.suggested')).toHaveCount(1)
  await expect(grades.getByRole('button', { name: /もう一度/ })).toContainText(/後/)
  expect(await seriousA11yViolations(page)).toEqual([])
  await page.keyboard.press('Enter') // the suggestion
  await expect(page.getByText('2 / 3')).toBeVisible()
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  await expect(grades).toBeVisible()
  await grades.getByRole('button', { name: /簡単/ }).click() // the learner's own grade
  await expect(page.getByText('3 / 3')).toBeVisible()
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  await expect(grades).toBeVisible()
  await page.keyboard.press('2') // Hard, by key
  // The session ends with a summary of what was answered and graded.
  await expect(page.getByRole('status').filter({ hasText: '今日のセッション: 3 問' })).toBeVisible()
  await expect(page.getByText(/簡単 1/)).toBeVisible()
})

test('review limits: at most the daily new cards come up; the rest wait, as the screen says', async ({ page, host }) => {
  await openApp(page, host, '#/settings')
  const newPerDay = page.getByLabel('1 日の新しいカードの上限')
  await newPerDay.fill('2')
  await newPerDay.press('Tab')
  await expect(page.getByRole('status')).toHaveText('保存しました')
  await startPractice(page, host, 4, false)
  await page.keyboard.press('r')
  await page.getByRole('region', { name: '見直し' }).getByRole('button', { name: '終了して採点' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '採点する' }).click()
  await openApp(page, host, '#/review')
  await expect(page.getByText('今日の復習: 2 問')).toBeVisible()
  await expect(page.getByText(/上限を超えた 2 枚は明日以降/)).toBeVisible()
})
