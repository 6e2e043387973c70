import type { Concept, StaleReason } from '@shared/content-types'
import { byLang, t } from './i18n.svelte'

/** Why a question may be out of date, in one sentence of the UI's language. */
export function staleReasonText(r: StaleReason): string {
  return r.kind === 'retired'
    ? t('exam.stale.retired', { note: r.noteTitle, date: r.since })
    : t('exam.stale.update', { note: r.heading ? `${r.noteTitle} › ${r.heading}` : r.noteTitle, month: r.month })
}

/** A concept's name in the UI's language (AWS's Japanese or English term). */
export const conceptTerm = (c: Pick<Concept, 'term' | 'en'>): string => byLang({ ja: c.term, en: c.en })
