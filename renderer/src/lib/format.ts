import { formatDistanceStrict, type Locale } from 'date-fns'
import { enGB, ja } from 'date-fns/locale'
import { INTL_LOCALE, type Lang } from '@shared/vocab'

const DATE_FNS_LOCALE: Record<Lang, Locale> = { ja, en: enGB }
/** A day on a chart axis: "11/26" in Japanese, "26 Nov" in English. */
const DAY_LABEL: Record<Lang, Intl.DateTimeFormatOptions> = { ja: { month: 'numeric', day: 'numeric' }, en: { month: 'short', day: 'numeric' } }

/** mm:ss (or h:mm:ss) for a countdown. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = String(m).padStart(h ? 2 : 1, '0')
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`
}

export function shortDate(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(INTL_LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' })
}

/** "11/26" / "26 Nov": a day on a chart axis. */
export function dayLabel(iso: string, lang: Lang): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso)
  return date.toLocaleDateString(INTL_LOCALE[lang], DAY_LABEL[lang])
}

export const percent = (x: number): string => `${Math.round(x * 100)}%`

/** "10分後" / "in 3 days": how far a time is from now, for due dates (date-fns, no hand rounding). */
export function relativeTime(iso: string, lang: Lang, now: number = Date.now()): string {
  return formatDistanceStrict(new Date(iso), now, { addSuffix: true, locale: DATE_FNS_LOCALE[lang] })
}
