import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// The packaged app's hardening lives in electron-builder.yml: pin it so no edit weakens it unseen.
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>

describe('electron-builder configuration', () => {
  it('sets the hardened fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
    expect(config.asar).toBe(true)
  })

  it('ships the content and the Electron-ABI native module, never the Node-ABI rebuild', () => {
    expect(config.npmRebuild).toBe(false)
    expect(config.extraResources).toEqual(expect.arrayContaining([
      { from: 'content', to: 'content' },
      { from: 'build/native-electron/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    ]))
  })

  it('builds the requested installers', () => {
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb'])
    expect((config.win as { target: string[] }).target).toEqual(['nsis'])
    expect((config.mac as { target: string[] }).target).toEqual(['dmg'])
  })
})
