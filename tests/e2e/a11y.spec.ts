import type { Page } from '@playwright/test'
import { a11yViolations, expect, openApp, select, startPractice, test } from './fixtures'

/**
 * axe-core on every screen and its main states, in both themes, failing on any violation
 * (not only serious ones). Data is made first (a finished practice set, a highlight with a
 * comment, a personal note) so no screen is checked only in its empty state.
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`every screen is axe-clean in the ${scheme} theme`, async ({ page, host }) => {
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme: scheme })
    const seen: Record<string, string[]> = {}
    const check = async (label: string) => {
      await page.evaluate(() => document.fonts.ready)
      const found = await a11yViolations(page)
      if (found.length) seen[label] = found
    }

    await openApp(page, host, '#/review')
    await check('review, empty')
    await openApp(page, host, '#/progress')
    await check('progress, empty')

    // A practice set with instant feedback: a question, then its revealed explanation.
    await startPractice(page, host, 3, true)
    await check('practice question')
    await page.keyboard.press('a')
    await page.keyboard.press('Enter')
    await expect(page.locator('.reveal')).toBeVisible()
    await check('practice reveal')
    await finish(page)
    await check('results')

    for (const [label, hash] of [
      ['library', '#/notes'],
      ['note', '#/notes/vpc'],
      ['diagram gallery', '#/diagrams'],
      ['exams home', '#/exams'],
      ['progress with data', '#/progress'],
      ['glossary', '#/glossary'],
      ['confusions', '#/confusions'],
      ['settings', '#/settings'],
    ] as const) {
      await openApp(page, host, hash)
      await check(label)
    }

    await openApp(page, host, '#/notes/vpc')
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: '検索' }).fill('セキュリティグループ')
    await expect(page.getByRole('listbox', { name: '検索結果' }).getByRole('option').first()).toBeVisible()
    await check('search dialog')
    await page.keyboard.press('Escape')

    await select(page, 'ステートレス')
    await page.getByRole('toolbar', { name: 'ハイライト' }).getByRole('button', { name: 'コメントを付ける' }).click()
    const pop = page.getByRole('dialog', { name: 'コメント' })
    await pop.getByRole('textbox').fill('NACL は戻りの通信も**明示的に**許可が必要')
    await pop.getByRole('button', { name: '保存' }).click()
    await check('comment popover')
    await page.keyboard.press('Escape')
    await openApp(page, host, '#/annotations')
    await expect(page.getByRole('list', { name: '注釈' }).getByRole('listitem')).toHaveCount(1)
    await check('annotations')

    await openApp(page, host, '#/diagrams/vpc-overview')
    const fig = page.locator('figure.diagram')
    await expect(fig).toHaveAttribute('data-state', 'ok')
    await check('diagram')
    await fig.getByRole('button', { name: '全画面' }).click()
    await expect(fig).toHaveClass(/full/)
    await check('diagram full screen')

    await openApp(page, host, '#/review')
    await page.getByRole('button', { name: '復習を始める' }).click()
    await check('review card')
    await page.keyboard.press('1')
    await page.keyboard.press('Enter')
    await expect(page.locator('.reveal')).toBeVisible()
    await check('review reveal')

    // A mock exam: the navigator with answered and flagged questions.
    await openApp(page, host, '#/exams')
    await page.getByRole('region', { name: '本番形式の模擬試験' }).getByRole('button', { name: '開始' }).click()
    await expect(page.getByText('問題 1 / 65')).toBeVisible()
    await page.keyboard.press('a')
    await page.keyboard.press('f')
    await check('mock exam')

    expect(seen).toEqual({})
  })
}

/**
 * Answers the second question and leaves the third unanswered, so at least one card is due
 * for the review step below whatever the random set (all three answered "a" can all be right).
 */
async function finish(page: Page) {
  await page.keyboard.press('n')
  await page.keyboard.press('a')
  await page.keyboard.press('Enter')
  await page.keyboard.press('n')
  await page.keyboard.press('r')
  await page.getByRole('region', { name: '見直し' }).getByRole('button', { name: '終了して採点' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '採点する' }).click()
  await expect(page.getByText('正答数')).toBeVisible()
}
