import { IntlMessageFormat } from 'intl-messageformat'
import type { ApiError } from '@shared/result'
import { en } from './messages/en'
import { ja, type MessageKey } from './messages/ja'
import type { Lang } from '@shared/vocab'

export type { MessageKey, Lang }
const catalogues: Record<Lang, Record<MessageKey, string>> = { ja, en }

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

/**
 * Content written in both languages (a title, a definition, a prompt): the one in the UI's
 * language. UI strings come from the catalogues through t(), never from here.
 */
export function byLang<T>(forms: Record<Lang, T>): T {
  return forms[locale.lang]
}

/** An API error as a sentence in the user's language: by its reason when core gave one, else by its code. */
export function describeError(error: ApiError): string {
  if (error.reason) return t(`error.reason.${error.reason}`, error.vars ?? {})
  return t(`error.${error.code}`)
}
