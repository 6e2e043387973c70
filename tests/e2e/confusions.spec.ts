import { api, expect, openApp, openPracticeOf, test } from './fixtures'

test('confusions: a wrong answer on purpose becomes a pair with its comparison, notes and a drill of that pair', async ({ page, host }) => {
  await openApp(page, host, '#/confusions')
  await expect(page.getByText('まだ取り違えはありません')).toBeVisible()

  // d1-lambda-007: the key is an alias; option "$LATEST を直接呼び出す" stands for a version.
  const attemptId = await openPracticeOf(page, host, 'd1-lambda-007')
  await page.locator('.option', { hasText: '$LATEST を直接呼び出す' }).click()
  await page.keyboard.press('Enter')
  await expect(page.locator('.reveal')).toContainText('不正解')
  // The choice history of the question shows this answer.
  await page.locator('.reveal details.choices summary').click()
  await expect(page.locator('.reveal details.choices')).toContainText('$LATEST を直接呼び出す')

  await openApp(page, host, '#/confusions')
  const pair = page.getByRole('list', { name: '取り違えた組み合わせ' }).getByRole('listitem').first()
  await expect(pair).toContainText('バージョン')
  await expect(pair).toContainText('エイリアス')
  await expect(pair).toContainText('1 回')
  await pair.getByRole('button', { name: '比較表' }).click()
  await expect(pair.getByRole('table')).toBeVisible()
  await expect(pair.getByRole('columnheader').nth(1)).toContainText('エイリアス') // the right answer's column first

  // Progress shows it among the top three.
  await openApp(page, host, '#/progress')
  await expect(page.getByRole('region', { name: 'よくある取り違え' })).toContainText('エイリアス')

  // The drill: a practice set of the questions that pair these two concepts.
  expect((await api(page, host, 'exam.submit', { attemptId })).ok).toBe(true)
  await openApp(page, host, '#/confusions')
  await page
    .getByRole('button', { name: /この組み合わせを練習/ })
    .first()
    .click()
  await expect(page.getByText(/問題 1 \/ \d+/)).toBeVisible()
})
