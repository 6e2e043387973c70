import DOMPurify from 'dompurify'
import hljs from 'highlight.js/lib/core'
import bash from 'highlight.js/lib/languages/bash'
import json from 'highlight.js/lib/languages/json'
import yaml from 'highlight.js/lib/languages/yaml'
import MarkdownIt from 'markdown-it'
import { uniqueSlugger, headingText } from '../../../electron/shared/slug'
import { calloutPlugin, type CalloutKind } from './callouts'

hljs.registerLanguage('bash', bash)
hljs.registerLanguage('shell', bash)
hljs.registerLanguage('json', json)
hljs.registerLanguage('yaml', yaml)

export const HEADING_ID_PREFIX = 'h-'

export interface RenderOptions {
  calloutTitle: (kind: CalloutKind, rest: string) => string
}

/**
 * Markdown to safe HTML: markdown-it with raw HTML off, then DOMPurify. Used for the notes
 * and for everything the user writes; nothing in either can run script.
 */
export function createMarkdown(opts: RenderOptions) {
  const md = new MarkdownIt({
    html: false,
    linkify: true,
    typographer: false,
    highlight(code, lang) {
      if (lang === 'mermaid') return '' // replaced by a diagram mount point below
      const language = lang && hljs.getLanguage(lang) ? lang : guess(code)
      try {
        return language ? hljs.highlight(code, { language, ignoreIllegals: true }).value : ''
      } catch {
        return ''
      }
    },
  })
  md.use(calloutPlugin, opts.calloutTitle)
  md.validateLink = (url) => /^(https?:|#|mailto:)/i.test(url.trim())

  const fence = md.renderer.rules.fence!
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!
    if (token.info.trim() === 'mermaid') {
      const list = ((env as { mermaid?: string[] }).mermaid ??= [])
      list.push(token.content)
      return `<div class="mermaid-mount" data-inline-diagram="${list.length - 1}"></div>\n`
    }
    return fence(tokens, idx, options, env, self)
  }
  md.renderer.rules.heading_open = (tokens, idx, options, env, self) => {
    const slug = ((env as { slug?: (h: string) => string }).slug ??= uniqueSlugger())
    const text = headingText(tokens[idx + 1]?.content ?? '')
    tokens[idx]!.attrSet('id', HEADING_ID_PREFIX + slug(text))
    return self.renderToken(tokens, idx, options)
  }
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    const href = String(tokens[idx]!.attrGet('href') ?? '')
    if (/^https?:/i.test(href)) {
      tokens[idx]!.attrSet('class', 'external')
      tokens[idx]!.attrSet('target', '_blank')
      tokens[idx]!.attrSet('rel', 'noopener noreferrer')
    }
    return self.renderToken(tokens, idx, options)
  }
  md.renderer.rules.table_open = () => '<div class="table-wrap"><table>\n'
  md.renderer.rules.table_close = () => '</table></div>\n'

  return (markdown: string): { html: string; mermaid: string[] } => {
    const env: { mermaid?: string[] } = {}
    const html = md.render(markdown, env)
    return { html: sanitize(html), mermaid: env.mermaid ?? [] }
  }
}

function guess(code: string): string | undefined {
  const t = code.trim()
  if (/^[[{]/.test(t)) return 'json'
  if (/^\$ |^#|^aws |^sam |^eb /m.test(t)) return 'bash'
  return undefined
}

let purifier: ReturnType<typeof DOMPurify> | null = null
/**
 * DOMPurify with links forced to open safely and ids kept only with our prefix. A private
 * instance, so these hooks never touch other sanitizing (e.g. Mermaid's SVG ids).
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
    ADD_ATTR: ['target', 'data-inline-diagram'],
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
    FORBID_ATTR: ['style'],
  })
}
