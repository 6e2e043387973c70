// Kept free of zod so the renderer can import defaults without bundling the schema library.
export const defaultSettings = { language: 'ja', theme: 'system', reviewNewPerDay: 20, reviewMaxPerDay: 200 } as const satisfies {
  language: 'ja' | 'en'
  theme: 'system' | 'light' | 'dark'
  reviewNewPerDay: number
  reviewMaxPerDay: number
}
