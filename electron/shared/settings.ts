import { z } from 'zod'

export const Language = z.enum(['ja', 'en'])
export const Theme = z.enum(['system', 'light', 'dark'])

export const Settings = z.object({
  language: Language,
  theme: Theme,
})
export type Settings = z.infer<typeof Settings>

export { defaultSettings } from './settings-defaults'

/** A partial update; unknown keys are rejected so typos never pass silently. */
export const SettingsPatch = Settings.partial().strict()
export type SettingsPatch = z.infer<typeof SettingsPatch>
