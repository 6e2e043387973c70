import type { Heading } from '@shared/content-types'
import { HEADING_ID_PREFIX } from '@shared/markdown/render-constants'

/** Marks what the page adds inside a note (copy buttons, dates): its text is not the note's, so highlights and search skip it. */
export const ADDED_ATTR = 'data-added'

/** Under each heading whose section states a limit, a default or a status: the date it was checked. */
export function addSectionDates(root: ParentNode, headings: Heading[], label: (date: string) => string): void {
  for (const h of headings) {
    if (!h.asOf) continue
    const heading = root.querySelector(`#${CSS.escape(HEADING_ID_PREFIX + h.slug)}`)
    if (!heading) continue
    const p = document.createElement('p')
    p.className = 'section-as-of'
    p.setAttribute(ADDED_ATTR, '')
    p.dataset.date = h.asOf
    p.textContent = label(h.asOf)
    heading.after(p)
  }
}

/** A language switch relabels the dates already shown. */
export function localizeSectionDates(root: ParentNode, label: (date: string) => string): void {
  for (const p of root.querySelectorAll<HTMLElement>('.section-as-of')) p.textContent = label(p.dataset.date ?? '')
}
