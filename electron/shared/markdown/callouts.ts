import type { MarkdownIt, Token } from 'markdown-it'

export const CALLOUT_KINDS = ['update', 'note', 'tip', 'warning', 'exam'] as const
export type CalloutKind = (typeof CALLOUT_KINDS)[number]

/**
 * Obsidian-style callouts: a blockquote whose first line is `[!kind] rest` becomes an
 * <aside class="callout callout-kind">. Unknown kinds stay blockquotes.
 */
export function calloutPlugin(md: MarkdownIt): void {
  md.core.ruler.after('block', 'callouts', (state) => {
    const tokens = state.tokens
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.type !== 'blockquote_open') continue
      const inline = tokens[i + 2]
      if (tokens[i + 1]?.type !== 'paragraph_open' || inline?.type !== 'inline') continue
      const m = /^\[!(\w+)\][ \t]*([^\n]*)\n?/.exec(inline.content)
      if (!m || !(CALLOUT_KINDS as readonly string[]).includes(m[1]!.toLowerCase())) continue
      const kind = m[1]!.toLowerCase() as CalloutKind
      inline.content = inline.content.slice(m[0].length)
      tokens[i]!.meta = { callout: kind, rest: m[2]!.trim() }
      const close = findClose(tokens, i)
      if (close) close.meta = { callout: kind }
      // An empty first paragraph (marker line only) would leave an empty <p>: drop it.
      if (!inline.content.trim()) {
        tokens[i + 1]!.hidden = true
        tokens[i + 3]!.hidden = true
      }
    }
  })
  md.renderer.rules.blockquote_open = (tokens, idx, options, _env, self) => {
    const meta = tokens[idx]!.meta as { callout?: CalloutKind; rest?: string } | null
    if (!meta?.callout) return self.renderToken(tokens, idx, options)
    // The title is put into words by the renderer in the reader's language (data-kind, data-rest).
    const rest = md.utils.escapeHtml(meta.rest ?? '')
    return `<aside class="callout callout-${meta.callout}" role="note"><p class="callout-title" data-kind="${meta.callout}" data-rest="${rest}">${meta.callout} ${rest}</p>\n`
  }
  md.renderer.rules.blockquote_close = (tokens, idx, options, _env, self) =>
    (tokens[idx]!.meta as { callout?: string } | null)?.callout ? '</aside>\n' : self.renderToken(tokens, idx, options)
}

function findClose(tokens: Token[], open: number): Token | undefined {
  let depth = 0
  for (let j = open; j < tokens.length; j++) {
    if (tokens[j]!.type === 'blockquote_open') depth++
    if (tokens[j]!.type === 'blockquote_close' && --depth === 0) return tokens[j]
  }
  return undefined
}
