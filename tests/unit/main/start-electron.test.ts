import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain Node script without type declarations
import { findElectron, NO_ELECTRON } from '../../../scripts/start-electron.mjs'

describe('npm start without the Electron binary', () => {
  it('reports the missing binary as a value, not a stack trace', () => {
    const found = findElectron(() => {
      throw new Error('Electron failed to install correctly. Please delete `node_modules/electron`\n    at stack')
    })
    expect(found).toEqual({ path: null, reason: 'Electron failed to install correctly. Please delete `node_modules/electron`' })
    expect(findElectron(() => '/opt/electron/electron')).toEqual({ path: '/opt/electron/electron' })
  })

  it('says what failed, how to use a proxy, a mirror or a cache, and that the browser mode works now', () => {
    for (const must of [
      'is not on this machine',
      'ELECTRON_GET_USE_PROXY',
      'ELECTRON_MIRROR',
      'electron_config_cache',
      'ELECTRON_OVERRIDE_DIST_PATH',
      'npm run web',
    ]) {
      expect(NO_ELECTRON).toContain(must)
    }
  })
})
