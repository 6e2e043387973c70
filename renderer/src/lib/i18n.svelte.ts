import { IntlMessageFormat } from 'intl-messageformat'
import type { ApiError } from '../../../electron/shared/result'
import { en } from './messages/en'
import { ja, type MessageKey } from './messages/ja'

export type { MessageKey }
const catalogues = { ja, en }

export type Lang = 'ja' | 'en'

export const locale = $state<{ lang: Lang }>({ lang: 'ja' })

export function setLang(lang: Lang) {
  locale.lang = lang
  document.documentElement.lang = lang
}

// A plain cache (not state): compiled formats never change and nothing renders from the cache.
const compiled: Record<string, IntlMessageFormat> = {}

/**
 * A UI string in the current language, formatted by intl-messageformat (ICU syntax: {name},
 * {n, plural, one {# day} other {# days}}), so plurals follow the language's rules.
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const lang = locale.lang
  const id = `${lang}:${key}`
  const format = (compiled[id] ??= new IntlMessageFormat(catalogues[lang][key], lang))
  return String(format.format(vars))
}

/** An API error as a sentence in the user's language: by its reason when core gave one, else by its code. */
export function describeError(error: ApiError): string {
  if (error.reason) return t(`error.reason.${error.reason}`, error.vars ?? {})
  return t(`error.${error.code}`)
}
