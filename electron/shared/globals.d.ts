/** Replaced at build time by esbuild/vite with package.json's version. */
declare const __APP_VERSION__: string
