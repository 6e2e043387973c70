import type { Settings } from '@shared/settings'
import { defaultSettings } from '@shared/settings-defaults'
import { locale } from './i18n.svelte'

/** The learner's settings as last saved: App loads and updates them, any screen reads them. */
export const settingsState = $state<{ value: Settings }>({ value: { ...defaultSettings } })

/** Questions open in English when the UI is English or the learner chose English questions. */
export function englishFirst(): boolean {
  return locale.lang === 'en' || settingsState.value.questionLanguage === 'en'
}

/** Whether a question may be switched to its other language ('ja' means Japanese only). */
export function languageToggleAllowed(): boolean {
  return locale.lang === 'en' || settingsState.value.questionLanguage !== 'ja'
}
