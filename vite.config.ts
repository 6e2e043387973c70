import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { buildSync } from 'esbuild'
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

// early.js: the first requests, sent before the bundle is compiled (renderer/src/early). One
// module with the app's prefetch, built here as a tiny classic script.
const earlyScript = (): string =>
  buildSync({
    entryPoints: [fileURLToPath(new URL('./renderer/src/early/early.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome130',
    write: false,
  }).outputFiles[0]!.text
const early: Plugin = {
  name: 'early-script',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'early.js', source: earlyScript() })
  },
  configureServer(server) {
    server.middlewares.use('/early.js', (_req, res) => {
      res.setHeader('Content-Type', 'text/javascript')
      res.end(earlyScript())
    })
  },
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [woff2Only, svelte(), early],
  resolve: { alias: { '@shared': fileURLToPath(new URL('./electron/shared', import.meta.url)) } },
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
