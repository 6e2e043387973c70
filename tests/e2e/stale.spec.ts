import { api, expect, openApp, openPracticeOf, test } from './fixtures'

test('dated facts: a retired service is flagged on its note, kept out of mocks with the reason, and warned about in practice', async ({ page, host }) => {
  await openApp(page, host, '#/notes/opsworks')
  await expect(page.getByRole('note').filter({ hasText: '2024-05-26 に提供を終了しました' })).toBeVisible()
  await expect(page.locator('.as-of')).toContainText('更新情報')

  await openApp(page, host, '#/exams')
  const excluded = page.getByRole('region', { name: '本番形式の模擬試験' }).locator('details.stale')
  await excluded.locator('summary').click()
  await expect(excluded).toContainText('d3-opsworks-001')
  await expect(excluded).toContainText('AWS OpsWorks は 2024-05-26 に提供を終了したサービスです。')

  const attemptId = await openPracticeOf(page, host, 'd3-opsworks-001')
  await expect(page.getByRole('note').filter({ hasText: 'この問題の情報は古い可能性があります' })).toBeVisible()
  await page.keyboard.press('a')
  await page.keyboard.press('Enter')
  await expect(page.locator('.reveal .as-of')).toHaveText(/^情報の基準日: \d{4}-\d{2}-\d{2}$/)

  await api(page, host, 'exam.discard', { attemptId })
  await openApp(page, host, '#/settings')
  await expect(page.getByText('コンテンツの版')).toBeVisible()
  await expect(page.getByText('情報の基準日（最新の確認日）')).toBeVisible()
})
