/**
 * Heading anchors, identical in the content loader, the renderer and question links.
 * Markdown links and code marks are dropped, ASCII punctuation removed, Japanese kept.
 */
export function slugify(heading: string): string {
  return (
    heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*_~]/g, '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '-')
      // eslint-disable-next-line no-useless-escape
      .replace(/[!-,./:-@[-\^{-~]/g, '')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  )
}

/** Plain heading text as a reader sees it (links and code marks removed). */
export function headingText(raw: string): string {
  return raw
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .trim()
}

/** Unique slugs within one document: a repeated heading gets -2, -3 … */
export function uniqueSlugger() {
  const seen = new Map<string, number>()
  return (heading: string): string => {
    const base = slugify(heading)
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return n === 1 ? base : `${base}-${n}`
  }
}
