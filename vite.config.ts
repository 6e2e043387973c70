import { readFileSync } from 'node:fs'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig, type Plugin } from 'vite'

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string
}

// Chromium reads WOFF2; the WOFF fallbacks in @fontsource's CSS would only add ~250 unused files.
const woff2Only: Plugin = {
  name: 'woff2-only',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('@fontsource/') || !id.endsWith('.css')) return null
    return code.replace(/,\s*url\([^)]+\.woff\) format\('woff'\)/g, '')
  },
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [woff2Only, svelte()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // Mermaid is large and loaded on demand; keep the warning for everything else.
    chunkSizeWarningLimit: 3000,
  },
})
