import { z } from 'zod'
import { LANGUAGES, QUESTION_LANGUAGES } from './vocab'

export const Language = z.enum(LANGUAGES)
export const Theme = z.enum(['system', 'light', 'dark'])

export const Settings = z.object({
  language: Language,
  theme: Theme,
  questionLanguage: z.enum(QUESTION_LANGUAGES),
  /** Cards seen for the first time on the review screen per day (Anki's default: 20). */
  reviewNewPerDay: z.number().int().min(0).max(999),
  /** Review-screen answers per day, new cards included (Anki's default: 200). */
  reviewMaxPerDay: z.number().int().min(1).max(9999),
})
export type Settings = z.infer<typeof Settings>

export { defaultSettings } from './settings-defaults'

/** A partial update; unknown keys are rejected so typos never pass silently. */
export const SettingsPatch = Settings.partial().strict()
export type SettingsPatch = z.infer<typeof SettingsPatch>
