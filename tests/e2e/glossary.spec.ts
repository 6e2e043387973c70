import { expect, openApp, test } from './fixtures'

test('search understands how learners say a service name, and the glossary lists it', async ({ page, host }) => {
  await openApp(page, host, '#/notes')
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: '検索' }).fill('ダイナモ')
  const first = page.getByRole('listbox', { name: '検索結果' }).getByRole('option').first()
  await expect(first).toContainText('Amazon DynamoDB')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/notes\/dynamodb/)

  await openApp(page, host, '#/glossary')
  const entries = page.locator('.glossary .entry')
  await expect(entries.nth(79)).toBeVisible()
  await page.getByRole('searchbox', { name: '用語・読み方・英語名で絞り込む' }).fill('らむだ')
  await expect(entries.first()).toContainText('AWS Lambda')
  await entries.first().getByRole('link', { name: 'ノートを開く' }).click()
  await expect(page).toHaveURL(/#\/notes\/lambda/)
})

test('a note lists the glossary terms it explains; a term opens its entry in the glossary', async ({ page, host }) => {
  await openApp(page, host, '#/notes/sqs')
  const terms = page.getByRole('region', { name: 'このノートの用語' })
  await expect(terms).toContainText('Amazon SQS')
  await terms
    .getByRole('link', { name: /Amazon SQS/ })
    .first()
    .click()
  await expect(page).toHaveURL(/#\/glossary\//)
  await expect(page.locator('.glossary .entry.target')).toContainText('Amazon SQS')
  await expect(page.locator('.glossary .entry.target')).toBeInViewport()
})
