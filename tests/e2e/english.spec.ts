import type { Page } from '@playwright/test'
import { api, expect, openApp, openPracticeOf, test, type HostControl } from './fixtures'

/** A one-question practice of a known question, with instant feedback, opened at its first question (one attempt is open at a time). */
async function practiceOf(page: Page, host: HostControl, id: string) {
  const open = await api(page, host, 'exam.list', {})
  for (const a of open.value as { id: number; status: string }[]) if (a.status === 'open') await api(page, host, 'exam.discard', { attemptId: a.id })
  await openApp(page, host, '#/exams')
  await openPracticeOf(page, host, id)
  await expect(page.getByText('問題 1 / 1')).toBeVisible()
}

test('a question switches to its English original and back, with the explanation in the same language', async ({ page, host }) => {
  await practiceOf(page, host, 'd1-sqs-301')
  const stem = page.locator('.stem')
  await expect(stem).toContainText('証券会社')
  await expect(stem).toHaveAttribute('lang', 'ja')
  const toggle = page.getByRole('button', { name: /英語の原文/ })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')

  await page.keyboard.press('l')
  await expect(stem).toContainText('A brokerage firm')
  await expect(stem).toHaveAttribute('lang', 'en')
  await expect(page.locator('.options')).toContainText('Use a standard queue') // options come in the attempt's own order
  await expect(page.getByRole('button', { name: /日本語で表示/ })).toHaveAttribute('aria-pressed', 'true')

  // Answering in English: the explanation and every option's reason come in English.
  await page.keyboard.press('c')
  await page.keyboard.press('Enter')
  const reveal = page.locator('.reveal')
  await expect(reveal).toContainText('A FIFO queue requires a MessageGroupId')
  await expect(reveal.locator('.why')).toHaveAttribute('lang', 'en')

  // The button goes back to Japanese, the explanation with it.
  await page.getByRole('button', { name: /日本語で表示/ }).click()
  await expect(stem).toContainText('証券会社')
  await expect(reveal).toContainText('FIFO キューでは MessageGroupId が必須')
})

test('the question-language setting: Japanese only hides the switch, English opens questions in English', async ({ page, host }) => {
  await openApp(page, host, '#/settings')
  await page.getByRole('radio', { name: '日本語のみ' }).check()
  await expect(page.getByRole('status')).toHaveText('保存しました')
  await practiceOf(page, host, 'd1-sqs-301')
  await expect(page.locator('.stem')).toContainText('証券会社')
  await expect(page.getByRole('button', { name: /英語の原文/ })).toHaveCount(0)
  await page.keyboard.press('l')
  await expect(page.locator('.stem')).toContainText('証券会社')

  await openApp(page, host, '#/settings')
  await page.getByRole('radio', { name: '英語の原文', exact: true }).check()
  await expect(page.getByRole('status')).toHaveText('保存しました')
  await practiceOf(page, host, 'd1-sqs-301')
  await expect(page.locator('.stem')).toContainText('A brokerage firm')
})

test('in the English UI, questions are shown in English', async ({ page, host }) => {
  await openApp(page, host, '#/settings')
  await page.getByRole('radio', { name: 'English' }).check()
  await openApp(page, host, '#/exams')
  await openPracticeOf(page, host, 'd1-sqs-301')
  await expect(page.getByText('Question 1 of 1')).toBeVisible()
  await expect(page.locator('.stem')).toContainText('A brokerage firm')
  await expect(page.getByRole('button', { name: /Show in Japanese/ })).toBeVisible()
})
