import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Proves the import boundaries are enforced, so a green lint run means something.
const eslint = new ESLint()
async function ruleIds(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((m) => m.ruleId)
}

describe('import boundaries', () => {
  it.each([
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs'"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3'"],
    ['renderer/src/x.ts', "import { createCore } from '../../electron/core/core'"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron'"],
    ['electron/core/x.ts', "import { app } from 'electron'"],
    ['electron/shared/x.ts', "import { join } from 'node:path'"],
    ['electron/shared/x.ts', "import { dispatch } from '../core/dispatch'"],
    ['electron/preload/x.ts', "import Database from 'better-sqlite3'"],
    ['electron/main/guards.ts', "import { shell } from 'electron'"],
  ])('%s may not: %s', async (file, code) => {
    expect(await ruleIds(`${code}\nexport const x = 1\n`, file)).toContain('no-restricted-imports')
  })

  it.each([
    ['renderer/src/x.ts', "import type { Settings } from '@shared/settings'"],
    ['electron/core/x.ts', "import { readFileSync } from 'node:fs'"],
    ['electron/main/x.ts', "import { app } from 'electron'"],
  ])('%s may: %s', async (file, code) => {
    expect(await ruleIds(`${code}\nexport const x = 1\n`, file)).not.toContain('no-restricted-imports')
  })
})
