import { fileURLToPath } from 'node:url'
import { createCore, type CoreOptions } from '../../../electron/core/core'
import { silentLogger } from '../../../electron/core/log'
import { tempDir } from './tmp'

export const FIXTURE_CONTENT = fileURLToPath(new URL('../../fixtures/content', import.meta.url))
export const REAL_CONTENT = fileURLToPath(new URL('../../../content', import.meta.url))

/** A core on a temporary (or given) data folder with the small fixture content. */
export function testCore(overrides: Partial<CoreOptions> = {}) {
  return createCore({
    dataDir: overrides.dataDir ?? tempDir(),
    contentDir: FIXTURE_CONTENT,
    platform: 'host',
    version: 't',
    log: silentLogger,
    openExternal: async () => false,
    ...overrides,
  })
}
