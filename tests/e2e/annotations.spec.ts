import { randomUUID } from 'node:crypto'
import { api, expect, openApp, select, test } from './fixtures'

test('a long comment near the bottom of the window keeps its popover on screen; Esc and a click outside close it', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 640 })
  await openApp(page, host, '#/notes/vpc')
  await select(page, 'ステートレス')
  await page.getByRole('toolbar', { name: 'ハイライト' }).getByRole('button', { name: 'コメントを付ける' }).click()
  const pop = page.getByRole('dialog', { name: 'コメント' })
  await pop.getByRole('textbox').fill(['一段落目。'.repeat(12), '二段落目。'.repeat(12), '三段落目。'.repeat(12)].join('\n\n'))
  await pop.getByRole('button', { name: '保存' }).click()
  await pop.getByRole('button', { name: '閉じる' }).click()
  // Scroll the highlight to the bottom edge of the window, then open its comment.
  const mark = page.locator('.prose mark.hl-yellow')
  await mark.evaluate((el) => {
    const main = el.closest('main')!
    main.scrollTop += el.getBoundingClientRect().bottom - (window.innerHeight - 12)
  })
  await mark.click()
  const box = await pop.boundingBox()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height).toBeLessThanOrEqual(640)
  await expect(pop.getByRole('button', { name: '閉じる' })).toBeInViewport()
  await page.keyboard.press('Escape')
  await expect(pop).toHaveCount(0)
  await mark.click()
  await expect(pop).toBeVisible()
  await page.mouse.click(5, 5)
  await expect(pop).toHaveCount(0)
})

test('highlight a passage and comment on it; after a host restart it is still there', async ({ page, host }) => {
  await openApp(page, host, '#/notes/vpc')
  await select(page, 'ステートレス')
  await page.getByRole('toolbar', { name: 'ハイライト' }).getByRole('button', { name: 'コメントを付ける' }).click()
  const pop = page.getByRole('dialog', { name: 'コメント' })
  await pop.getByRole('textbox').fill('NACL は戻りの通信も**明示的に**許可が必要')
  await pop.getByRole('button', { name: '保存' }).click()
  await expect(pop.locator('.comment strong')).toHaveText('明示的に')
  await expect(pop.getByRole('textbox')).toHaveCount(0) // shown once, rendered; not again in a box
  await host.restart()
  await openApp(page, host, '#/notes/vpc')
  const mark = page.locator('.prose mark.hl-yellow')
  await expect(mark).toHaveText('ステートレス')
  await mark.click()
  await expect(page.getByRole('dialog', { name: 'コメント' }).locator('.comment')).toContainText('戻りの通信')
  await openApp(page, host, '#/annotations')
  const rows = page.getByRole('list', { name: '注釈' }).getByRole('listitem')
  await expect(rows.filter({ hasText: 'ステートレス' })).toBeVisible()
  await page.getByRole('searchbox').fill('戻りの通信')
  await expect(rows).toHaveCount(1)
  await rows.getByRole('button', { name: '開く' }).click()
  await expect(page).toHaveURL(/#\/notes\/vpc\/%40/)
  await expect(page.locator('.prose mark.hl')).toBeInViewport()
})

test('hostile text in a comment and a personal note stays inert', async ({ page, host }) => {
  let dialogs = 0
  page.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  const hostile =
    '<img src=x onerror="window.__pwned=1"> [click](javascript:window.__pwned=2) <script>window.__pwned=3</script> <svg onload="window.__pwned=4">'
  await openApp(page, host, '#/notes/iam')
  await api(page, host, 'annotations.create', { noteId: 'iam', color: 'pink', quote: 'アクセス権限', prefix: '', suffix: '', position: 0, comment: hostile })
  await api(page, host, 'pnotes.save', { noteId: 'iam', title: hostile, body: hostile })
  await openApp(page, host, '#/notes/iam')
  await page.locator('.prose mark.hl').first().click()
  await page
    .getByRole('button', { name: hostile.slice(0, 20) })
    .first()
    .click()
    .catch(() => {})
  await page.locator('.pnotes .link').first().click()
  await page.waitForTimeout(500)
  await openApp(page, host, '#/annotations')
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(dialogs).toBe(0)
  const dangerous = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => a.name),
    ),
  )
  expect(dangerous).toEqual([])
})

test('delete with undo, personal notes autosave with live preview', async ({ page, host }) => {
  await openApp(page, host, '#/notes/kms')
  await select(page, 'エンベロープ暗号化')
  await page.getByRole('toolbar', { name: 'ハイライト' }).getByRole('button', { name: 'ハイライト: 青' }).click()
  await expect(page.locator('.prose mark.hl-blue')).toHaveCount(1)
  await page.locator('.prose mark.hl-blue').click()
  await page.getByRole('dialog', { name: 'コメント' }).getByRole('button', { name: '削除' }).click()
  await expect(page.locator('.prose mark.hl')).toHaveCount(0)
  await page.getByRole('button', { name: '元に戻す' }).click()
  await expect(page.locator('.prose mark.hl-blue')).toHaveCount(1)
  await page.getByRole('button', { name: '＋ 新しいメモ' }).click()
  await page.getByLabel('タイトル').fill('KMS まとめ')
  await page.getByLabel('本文（Markdown）').fill('## データキー\n\n- GenerateDataKey')
  await expect(page.locator('.preview h2')).toHaveText('データキー')
  // Saved quietly beside the editor, not with a toast.
  await expect(page.locator('.pnotes').getByRole('status')).toHaveText(/^✓ 保存済み/)
  await expect(page.locator('.toast')).not.toContainText('保存')
  // The Annotations list shows the quote and the rendered comment apart.
  await openApp(page, host, '#/annotations')
  const row = page.getByRole('list', { name: '注釈' }).getByRole('listitem').filter({ hasText: 'KMS まとめ' })
  await expect(row.locator('.comment h2, .comment li').first()).toBeVisible()
  await expect(page.getByText('このトピックのメモはまだありません')).toHaveCount(0)
  await host.restart()
  await openApp(page, host, '#/notes/kms')
  await expect(page.locator('.pnotes .link')).toHaveText('KMS まとめ')
})

test('the Annotations list stays responsive with 10,000 items', async ({ page, host }) => {
  test.setTimeout(120_000)
  await openApp(page, host, '#/annotations')
  const at = new Date().toISOString()
  const annotations = Array.from({ length: 10_000 }, (_, i) => ({
    id: randomUUID(),
    noteId: ['vpc', 'iam', 's3', 'dynamodb'][i % 4],
    color: ['yellow', 'green', 'blue', 'pink'][i % 4],
    quote: `引用 ${i} ゲートウェイ`,
    prefix: '',
    suffix: '',
    position: i,
    comment: i % 10 === 0 ? `コメント番号${i}` : '',
    createdAt: at,
    updatedAt: at,
  }))
  const file = {
    format: 'aws-study-desk-export',
    version: 1,
    exportedAt: at,
    settings: {},
    noteReads: [],
    attempts: [],
    reviewLog: [],
    annotations,
    personalNotes: [],
  }
  const r = await api(page, host, 'data.import', { json: JSON.stringify(file) })
  expect(r).toMatchObject({ ok: true, value: { added: { annotations: 10_000 } } })
  await openApp(page, host, '#/annotations')
  await expect(page.getByText('10000 件')).toBeVisible()
  const list = page.getByRole('list', { name: '注釈' })
  const rows = list.getByRole('listitem')
  expect(await rows.count()).toBeLessThan(40) // virtualized: only the visible rows exist
  const firstBefore = await rows.first().innerText()
  await list.evaluate((el) => el.scrollTo({ top: 68 * 5000 }))
  await expect(rows.first()).not.toHaveText(firstBefore)
  await expect(rows.nth(5)).toBeInViewport() // five rows of overscan sit above the view
  expect(await rows.count()).toBeLessThan(40)
  await page.getByRole('searchbox').fill('コメント番号9990')
  await expect(rows).toHaveCount(1)
  // Filters are applied by core over all 10,000, not over what happens to be loaded.
  await page.getByRole('searchbox').fill('')
  await page.getByRole('combobox', { name: 'すべての色' }).selectOption({ label: '青' })
  await expect(page.getByText('2500 件')).toBeVisible()
  await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
  await expect(rows.filter({ hasText: '引用 9998 ゲートウェイ' })).toBeVisible() // the last blue one (every fourth, from 2)
})
