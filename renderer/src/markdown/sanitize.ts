import DOMPurify from 'dompurify'
import { HEADING_ID_PREFIX } from '../../../electron/shared/markdown/render-constants'

let purifier: ReturnType<typeof DOMPurify> | null = null

/**
 * DOMPurify for every HTML string the page shows (notes rendered by core, and what the user
 * writes): links are forced to open safely and ids are kept only with our heading prefix. A
 * private instance, so these hooks never touch other sanitizing (e.g. Mermaid's SVG ids).
 */
export function sanitize(html: string): string {
  if (!purifier) {
    purifier = DOMPurify(window)
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = node.getAttribute('href') ?? ''
        if (!/^(https?:|#|mailto:)/i.test(href)) node.removeAttribute('href')
        if (node.getAttribute('target')) node.setAttribute('rel', 'noopener noreferrer')
      }
      const id = node.getAttribute('id')
      if (id && !id.startsWith(HEADING_ID_PREFIX)) node.removeAttribute('id')
    })
  }
  return purifier.sanitize(html, {
    ADD_ATTR: ['target', 'data-inline-diagram', 'data-kind', 'data-rest'],
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
    FORBID_ATTR: ['style'],
  })
}

/** Callout titles in the reader's language (core renders them neutral, with data-kind/-rest). */
export function localizeCallouts(root: HTMLElement, title: (kind: string, rest: string) => string): void {
  for (const p of root.querySelectorAll<HTMLElement>('.callout-title[data-kind]')) p.textContent = title(p.dataset.kind!, p.dataset.rest ?? '')
}
