import type { ApiError } from '../../../electron/shared/result'
import { en, ja, type MessageKey } from './messages'

export type Lang = 'ja' | 'en'

export const locale = $state<{ lang: Lang }>({ lang: 'ja' })

export function setLang(lang: Lang) {
  locale.lang = lang
  document.documentElement.lang = lang
}

/** Looks up a UI string in the current language and fills {placeholders}. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const table = locale.lang === 'en' ? en : ja
  return table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))
}

/** An API error as a sentence in the user's language. */
export function describeError(error: ApiError): string {
  switch (error.code) {
    case 'invalid_input':
      return t('error.invalid_input')
    case 'unavailable':
      return t('error.unavailable')
    case 'forbidden':
      return t('error.forbidden')
    case 'storage':
      return t('error.storage')
    default:
      return t('error.generic', { message: error.message })
  }
}
