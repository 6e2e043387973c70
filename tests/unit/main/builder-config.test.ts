import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
// @ts-expect-error -- a plain Node script without type declarations
import { ICON_PNG, renderIcon } from '../../../scripts/icon.mjs'
import { tempDir } from '../helpers/tmp'

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
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        { from: 'content', to: 'content' },
        { from: 'build/native-electron/better_sqlite3.node', to: 'native/better_sqlite3.node' },
      ]),
    )
  })

  it('builds the requested installers', () => {
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb'])
    expect((config.win as { target: string[] }).target).toEqual(['nsis'])
    expect((config.mac as { target: string[] }).target).toEqual(['dmg'])
  })

  it('names only paths that exist, or that a step of npm run dist makes before electron-builder runs', () => {
    const dist = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.dist!
    const steps = dist.split('&&').map((s) => s.trim())
    const builder = steps.findIndex((s) => s.startsWith('electron-builder'))
    const madeBefore = (step: string) => steps.slice(0, builder).includes(step)
    // What each build step produces.
    const made: [RegExp, string][] = [
      [/^build\/(electron|renderer)\//, 'npm run build'],
      [/^build\/native-electron\//, 'node scripts/native-electron.mjs'],
      [/^build\/icons\//, 'node scripts/icon.mjs'],
    ]
    const c = config as { files: string[]; extraResources: { from: string }[]; linux: { icon: string }; win: { icon: string }; mac: { icon: string } }
    const named = [
      ...c.files.filter((f) => !f.startsWith('!')).map((f) => f.replace(/\/\*\*$/, '/')),
      ...c.extraResources.map((r) => r.from),
      c.linux.icon,
      c.win.icon,
      c.mac.icon,
    ]
    for (const path of named) {
      const producer = made.find(([re]) => re.test(path))
      if (producer) expect(madeBefore(producer[1]), `${path} is made by "${producer[1]}" before electron-builder`).toBe(true)
      else expect(existsSync(path), `${path} exists`).toBe(true)
    }
    expect(c.linux.icon).toBe(ICON_PNG)
  })

  it('renders the one icon source to the square PNG the installers are made from', () => {
    const out = join(tempDir(), 'icon.png')
    const png = renderIcon(256, out) as Buffer
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 256]) // IHDR width, height
  })
})
