import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain Node script without type declarations
import { cleanEnv, registeredAbi, verifyAbi } from '../../../scripts/native-electron.mjs'

const require = createRequire(import.meta.url)
// The better-sqlite3 build the tests themselves use: made for this Node.
const nodeBuild = require.resolve('better-sqlite3/build/Release/better_sqlite3.node')
const electronAbi = Number(
  (require('node-abi') as { getAbi: (v: string, r: string) => string }).getAbi((require('electron/package.json') as { version: string }).version, 'electron'),
)

describe('the Electron-ABI build of better-sqlite3', () => {
  it("reads a module's ABI from its registration symbol", () => {
    expect(registeredAbi(nodeBuild)).toBe(Number(process.versions.modules))
  })

  it('refuses a module built against Node\'s headers (what an npm "nodedir" causes) and names the cause', () => {
    expect(electronAbi).not.toBe(Number(process.versions.modules))
    expect(() => verifyAbi(nodeBuild, electronAbi)).toThrow(
      new RegExp(`built for module ABI ${process.versions.modules}, but Electron needs ABI ${electronAbi} .*nodedir`),
    )
    expect(verifyAbi(nodeBuild, Number(process.versions.modules), 'Node')).toBe(Number(process.versions.modules))
  })

  it('builds without any npm configuration from the environment', () => {
    const env = cleanEnv({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20', HOME: '/root' })
    expect(env).toEqual({ PATH: '/bin', HOME: '/root' })
  })
})
