import DOMPurify from 'dompurify'
import { HEADING_ID_PREFIX } from '@shared/markdown/render-constants'

/**
 * DOMPurify for every HTML string the page shows (notes rendered by core, and what the user
 * writes): links are forced to open safely and ids are kept only with our heading prefix.
 * Private instances, so these hooks never touch other sanitizing (e.g. Mermaid's SVG ids); the
 * configuration is set once per instance instead of being parsed again on every call.
 */
function purifier(extra: { IN_PLACE?: boolean }): ReturnType<typeof DOMPurify> {
  const p = DOMPurify(window)
  p.setConfig({
    ADD_ATTR: ['target', 'data-inline-diagram', 'data-kind', 'data-rest'],
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
    FORBID_ATTR: ['style'],
    ...extra,
  })
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? ''
      if (!/^(https?:|#|mailto:)/i.test(href)) node.removeAttribute('href')
      if (node.getAttribute('target')) node.setAttribute('rel', 'noopener noreferrer')
    }
    const id = node.getAttribute('id')
    if (id && !id.startsWith(HEADING_ID_PREFIX)) node.removeAttribute('id')
  })
  return p
}

let toText: ReturnType<typeof DOMPurify> | null = null
let inPlace: ReturnType<typeof DOMPurify> | null = null
let inert: Document | null = null

export function sanitize(html: string): string {
  toText ??= purifier({})
  return toText.sanitize(html)
}

/**
 * The same cleaning, returned as nodes ready to insert. The HTML is parsed once, into an
 * element of a document that has no window (nothing in it runs or loads), cleaned there in
 * place and then moved into the page: no second parse, and no new document per call.
 */
export function sanitizeToFragment(html: string): DocumentFragment {
  inPlace ??= purifier({ IN_PLACE: true })
  inert ??= document.implementation.createHTMLDocument('')
  const holder = inert.createElement('div')
  holder.innerHTML = html
  inPlace.sanitize(holder)
  const nodes = document.createDocumentFragment()
  nodes.append(...holder.childNodes)
  return nodes
}

/** Callout titles in the reader's language (core renders them neutral, with data-kind/-rest). */
export function localizeCallouts(root: ParentNode, title: (kind: string, rest: string) => string): void {
  for (const p of root.querySelectorAll<HTMLElement>('.callout-title[data-kind]')) p.textContent = title(p.dataset.kind!, p.dataset.rest ?? '')
}
