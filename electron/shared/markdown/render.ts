import hljs from 'highlight.js/lib/core'
import bash from 'highlight.js/lib/languages/bash'
import json from 'highlight.js/lib/languages/json'
import yaml from 'highlight.js/lib/languages/yaml'
import MarkdownIt from 'markdown-it'
import container from 'markdown-it-container'
import cjkFriendly from 'markdown-it-cjk-friendly'
import { headingText, uniqueSlugger } from '../slug'
import { calloutPlugin } from './callouts'
import { HEADING_ID_PREFIX } from './render-constants'

export { HEADING_ID_PREFIX }

hljs.registerLanguage('bash', bash)
hljs.registerLanguage('shell', bash)
hljs.registerLanguage('json', json)
hljs.registerLanguage('yaml', yaml)

function guess(code: string): string | undefined {
  const t = code.trim()
  if (/^[[{]/.test(t)) return 'json'
  if (/^\$ |^#|^aws |^sam |^eb /m.test(t)) return 'bash'
  return undefined
}

const md = new MarkdownIt({
  html: false, // raw HTML is shown as text, never parsed
  linkify: true,
  typographer: false,
  highlight(code, lang) {
    if (lang === 'mermaid') return ''
    const language = lang && hljs.getLanguage(lang) ? lang : guess(code)
    try {
      return language ? hljs.highlight(code, { language, ignoreIllegals: true }).value : ''
    } catch {
      return ''
    }
  },
})
md.use(calloutPlugin)
// CommonMark does not close **強調** when it ends in punctuation such as 「）」 and a Japanese
// character follows (「**ポーリング（プル）**して」); this plugin applies the CJK-friendly rule.
md.use(cjkFriendly)
// `::: added` … `:::` marks what the app's authors added inside a seed note, so the reader always
// sees which text came from their own notes. The label comes from CSS, in the page's language.
md.use(container, 'added', {
  render: (tokens: { nesting: number }[], idx: number) => (tokens[idx]!.nesting === 1 ? '<section class="added">\n' : '</section>\n'),
})
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
/** A note's structure, read from the same parse that renders it (lines are 0-based in the Markdown). */
export interface Outline {
  headings: { level: number; text: string; slug: string; line: number }[]
  mermaid: { source: string; line: number }[]
  /** Each `[!update]` callout: its month ('' when it has none) and the headings it sits under, outermost first. */
  updates: { month: string; under: string[] }[]
}

// After the callouts are known: heading ids (the anchors questions and the contents link to),
// inline diagrams and update callouts, all from this one token stream.
md.core.ruler.push('outline', (state) => {
  const outline: Outline = { headings: [], mermaid: [], updates: [] }
  const slug = uniqueSlugger()
  const open: { level: number; text: string }[] = []
  state.tokens.forEach((token, i) => {
    const line = token.map?.[0] ?? 0
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1))
      const text = headingText(state.tokens[i + 1]?.content ?? '')
      const id = slug(text)
      token.attrSet('id', HEADING_ID_PREFIX + id)
      outline.headings.push({ level, text, slug: id, line })
      while (open.length && open.at(-1)!.level >= level) open.pop()
      open.push({ level, text })
    } else if (token.type === 'fence' && token.info.trim() === 'mermaid') {
      outline.mermaid.push({ source: token.content.replace(/\n$/, ''), line })
    } else if (token.type === 'blockquote_open' && (token.meta as { callout?: string } | null)?.callout === 'update') {
      const month = /^(\d{4}-(0[1-9]|1[0-2]))\b/.exec((token.meta as { rest?: string }).rest ?? '')?.[1] ?? ''
      outline.updates.push({ month, under: open.map((o) => o.text) })
    }
  })
  ;(state.env as { outline?: Outline }).outline = outline
})
// A link inside a heading (the seed's `# [VPC](https://…)`) reads as the heading's text.
md.core.ruler.push('heading_links', (state) => {
  state.tokens.forEach((token, i) => {
    if (token.type !== 'inline' || state.tokens[i - 1]?.type !== 'heading_open') return
    for (const child of token.children ?? []) if (child.type === 'link_open') child.meta = { inHeading: true }
  })
})

/**
 * The text shown for a bare URL: its host and the path's first and last parts
 * ("docs.aws.amazon.com › lambda › configuration-concurrency"), so a 100-character address
 * does not break mid-word across the line. The full address is the link's title.
 */
export function shortLinkLabel(href: string): string {
  try {
    const url = new URL(href)
    const parts = url.pathname
      .split('/')
      .filter(Boolean)
      .map((p) => decodeURIComponent(p).replace(/\.html?$/, ''))
    const shown = parts.length <= 2 ? parts : [parts[0]!, parts.at(-1)!]
    return [url.host.replace(/^www\./, ''), ...shown.filter((p) => p && p !== 'latest')].join(' › ')
  } catch {
    return href
  }
}

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!
  const href = String(token.attrGet('href') ?? '')
  if ((token.markup === 'linkify' || token.markup === 'autolink') && tokens[idx + 1]?.type === 'text') {
    tokens[idx + 1]!.content = shortLinkLabel(href)
    token.attrSet('title', href)
  }
  if (/^https?:/i.test(href)) {
    tokens[idx]!.attrSet('class', (token.meta as { inHeading?: boolean } | null)?.inHeading ? 'external heading-source' : 'external')
    tokens[idx]!.attrSet('target', '_blank')
    tokens[idx]!.attrSet('rel', 'noopener noreferrer')
  }
  return self.renderToken(tokens, idx, options)
}
md.renderer.rules.table_open = () => '<div class="table-wrap"><table>\n'
md.renderer.rules.table_close = () => '</table></div>\n'

/**
 * Markdown to HTML, the same in core (notes, rendered once and cached) and in the renderer
 * (what the user writes). Not sanitized here: the renderer passes every HTML string through
 * DOMPurify before it reaches the page.
 */
export function renderMarkdown(markdown: string): { html: string; mermaid: string[]; outline: Outline } {
  const env: { mermaid?: string[]; outline?: Outline } = {}
  const html = md.render(markdown, env)
  return { html, mermaid: env.mermaid ?? [], outline: env.outline ?? { headings: [], mermaid: [], updates: [] } }
}
