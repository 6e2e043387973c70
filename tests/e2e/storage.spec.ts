import { join } from 'node:path'
import { realDiskUnavailable } from '../unit/helpers/real-disk'
import { expect, openApp, test } from './fixtures'
import { startHost, tempDataDir } from './host'

// A data folder the app really cannot write (bind-mounted read-only in a private mount
// namespace; see tests/unit/core/real-disk.test.ts for the full disk). Skipped, and reported
// as skipped, only where no private mount can be made; CI must run it.
const unavailable = realDiskUnavailable()
if (unavailable && process.env.CI) throw new Error(`CI must run the read-only data folder test: ${unavailable}`)
test.skip(unavailable !== null, `no private mount here: ${unavailable}`)

test('a read-only data folder: the user is told, sees their data, and a save fails with a clear message', async ({ page }) => {
  const tmp = tempDataDir()
  const dataDir = join(tmp.dir, 'data')
  try {
    const writable = await startHost(dataDir)
    await openApp(page, { ...writable, restart: async () => {} }, '#/notes/vpc')
    await page.getByRole('button', { name: '既読にする' }).click()
    await expect(page.getByRole('button', { name: /既読/ })).toHaveAttribute('aria-pressed', 'true')
    await writable.stop()

    const readOnly = await startHost(dataDir, undefined, tmp.dir)
    try {
      await openApp(page, { ...readOnly, restart: async () => {} }, '#/notes')
      await expect(page.getByRole('alert').filter({ hasText: '読み取り専用' })).toContainText(dataDir)
      await expect(page.getByText('既読 1 / 54')).toBeVisible() // the user's data, not an empty start
      await page.screenshot({ path: 'test-results/read-only-notice.png' })
      await openApp(page, { ...readOnly, restart: async () => {} }, '#/notes/s3')
      await page.getByRole('button', { name: '既読にする' }).click()
      await expect(page.getByText('保存できませんでした。')).toBeVisible()
      await expect(page.getByRole('button', { name: '既読にする' })).toHaveAttribute('aria-pressed', 'false') // nothing looked saved
    } finally {
      await readOnly.stop()
    }
  } finally {
    tmp.remove()
  }
})
