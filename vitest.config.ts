import { svelte } from '@sveltejs/vite-plugin-svelte'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  // electron/shared, the contract every layer imports (tsconfig.json paths, vite.config.ts alias).
  resolve: { alias: { '@shared': fileURLToPath(new URL('./electron/shared', import.meta.url)) } },
  test: {
    testTimeout: 20_000,
    pool: 'forks',
    projects: [
      // Core, host, shell logic and pure renderer modules, under Node.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      // Svelte components in a DOM (happy-dom), against a typed mock of the whole preload API.
      {
        extends: true,
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'happy-dom' },
      },
    ],
  },
})
