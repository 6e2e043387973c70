import type { StartExam } from '@shared/api'
import { call } from './api'
import { describeError, t } from './i18n.svelte'
import { go } from './router.svelte'
import { showToast } from './toast.svelte'

/** Starts an attempt and opens it; a clash with an open attempt or an empty pool is said plainly. */
export async function startAttempt(req: StartExam): Promise<void> {
  const r = await call('exam.start', req)
  if (r.ok) return go('exams', 'attempt', String(r.value.id))
  showToast(r.error.code === 'conflict' ? t('exam.conflict') : r.error.code === 'not_found' ? t('exam.noQuestions') : describeError(r.error), 'error')
}

/** The practice set of one note: its grounded questions, with instant feedback. */
export const practiceNote = (note: string, count: number) =>
  startAttempt({ mode: 'practice', count: Math.max(1, Math.min(count, 200)), timeLimitMin: null, domains: [], notes: [note], instantFeedback: true })

/** A practice set of exactly these questions (at most 200), with instant feedback. */
export const practiceQuestions = (ids: string[]) =>
  startAttempt({
    mode: 'practice',
    count: Math.max(1, Math.min(ids.length, 200)),
    timeLimitMin: null,
    domains: [],
    notes: [],
    questions: ids.slice(0, 200),
    instantFeedback: true,
  })

/** A practice set from one exam domain, with instant feedback. */
export const practiceDomain = (domain: number, count: number) =>
  startAttempt({ mode: 'practice', count, timeLimitMin: null, domains: [domain as 1 | 2 | 3 | 4], notes: [], instantFeedback: true })
