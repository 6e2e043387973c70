// Kept free of zod so the renderer can import defaults without bundling the schema library.
export const defaultSettings = { language: 'ja', theme: 'system' } as const satisfies {
  language: 'ja' | 'en'
  theme: 'system' | 'light' | 'dark'
}
