import { OPTION_KEYS } from '@shared/vocab'
import type { Question } from '@shared/content-types'
import type { ItemView, Reveal } from '@shared/exam-types'
import type { LoadedNote } from '../content/notes'
import { readAnswer } from './columns'
import { isCorrect } from './scoring'
import type { ItemRow } from './store'

const KEYS: readonly string[] = OPTION_KEYS

/** The key, explanations and the exact note heading to re-read, in the attempt's display keys. */
export function revealFor(q: Question, row: ItemRow, order: string[], notes: LoadedNote[]): Reveal {
  const toDisplay = (orig: string) => KEYS[order.indexOf(orig)]!
  const chosen = readAnswer(row.answer)
  return {
    correct: isCorrect(chosen, q.answer),
    key: q.answer.map(toDisplay).sort(),
    explanation: q.explanation,
    asOf: q.asOf,
    why: Object.fromEntries(q.options.map((o) => [toDisplay(o.key), o.why])),
    ...(q.en ? { en: { explanation: q.en.explanation, why: Object.fromEntries(q.en.options.map((o) => [toDisplay(o.key), o.why])) } } : {}),
    links: q.links,
    scored: row.scored === 1,
    grounding: q.grounding.map((g) => {
      const note = notes.find((n) => n.id === g.note)
      const heading = g.heading ? note?.headings.find((h) => h.text === g.heading) : undefined
      return { ...g, noteTitle: note?.title ?? g.note, slug: heading?.slug ?? null }
    }),
  }
}

/**
 * What a question shows while it is answered, options in display order (`order` lists the
 * original keys): the Japanese text, the English original where it exists, the masked figure.
 */
export function shownParts(q: Question, order: string[]): Pick<ItemView, 'stem' | 'options' | 'en' | 'figure' | 'stale'> {
  const texts = (options: { key: string; text: string }[]) => order.map((orig, i) => ({ key: KEYS[i]!, text: options.find((o) => o.key === orig)?.text ?? '' }))
  return {
    stem: q.stem,
    options: texts(q.options),
    ...(q.en ? { en: { stem: q.en.stem, options: texts(q.en.options) } } : {}),
    ...(q.figure ? { figure: q.figure } : {}),
    ...(q.stale ? { stale: q.stale } : {}),
  }
}
