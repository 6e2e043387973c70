import { renderMarkdown } from '@shared/markdown/render'
import { sanitize } from './sanitize'

/**
 * What the user writes (comments, personal notes) as safe HTML: markdown-it with raw HTML off,
 * then DOMPurify. Loaded on demand, so markdown-it stays out of the first paint.
 */
export function renderUserMarkdown(markdown: string): string {
  return sanitize(renderMarkdown(markdown).html)
}
