import { expect, openApp, seriousA11yViolations, startPractice, test } from './fixtures'

test('the dashboard starts empty and honest, then shows a finished practice exam', async ({ page, host }) => {
  await openApp(page, host, '#/progress')
  await expect(page.getByText('まだ記録がありません')).toBeVisible()
  // No empty charts: the next steps instead.
  await expect(page.locator('.progress .tile, .progress svg')).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'ノートを読む' })).toBeVisible()
  await expect(page.getByRole('button', { name: '練習問題を解く' })).toBeVisible()
  // Read a note and finish a short practice set.
  await openApp(page, host, '#/notes/iam')
  await page.getByRole('button', { name: '既読にする' }).click()
  await expect(page.locator('button.mark-read[aria-pressed="true"]')).toBeVisible() // saved before we move on
  await startPractice(page, host, 4, false)
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('1')
    await expect(page.locator('.navigator .grid .cell.answered')).toHaveCount(i + 1)
    await page.keyboard.press('n')
  }
  await page.keyboard.press('r')
  await page.getByRole('region', { name: '見直し' }).getByRole('button', { name: '終了して採点' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '採点する' }).click()
  await expect(page.getByText('推定スコア')).toBeVisible()
  await openApp(page, host, '#/progress')
  await expect(page.getByText('4 件の回答にもとづく')).toBeVisible()
  // Plain language first: the estimate against the pass mark and the weakest domain, with a drill.
  await expect(page.getByRole('status').filter({ hasText: '推定スコアは' })).toContainText(/合格ライン 720/)
  await expect(page.getByText(/最も弱いのは D\d/)).toBeVisible()
  await expect(page.getByRole('button', { name: /^D\d を 10 問練習$/ })).toBeVisible()
  await expect(page.locator('.tile').filter({ hasText: '既読ノート' })).toContainText('1 / 54')
  await expect(page.locator('.tile').filter({ hasText: '連続学習' })).toContainText('1 日')
  await expect(page.getByRole('region', { name: '受験履歴' }).locator('svg circle')).toHaveCount(1)
  expect(await seriousA11yViolations(page)).toEqual([])
})
