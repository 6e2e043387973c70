import type { QuestionLanguage } from './vocab'
// Kept free of zod so the renderer can import defaults without bundling the schema library.
export const defaultSettings = { language: 'ja', theme: 'system', questionLanguage: 'ja-en', reviewNewPerDay: 20, reviewMaxPerDay: 200 } as const satisfies {
  language: 'ja' | 'en'
  theme: 'system' | 'light' | 'dark'
  questionLanguage: QuestionLanguage
  reviewNewPerDay: number
  reviewMaxPerDay: number
}
