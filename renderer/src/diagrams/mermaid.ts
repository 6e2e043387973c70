import DOMPurify from 'dompurify'

type Mermaid = typeof import('mermaid').default
let loading: Promise<Mermaid> | null = null
let configuredFor: string | null = null
const cache = new Map<string, string>()
const drawing = new Map<string, Promise<Rendered>>()
let counter = 0

/** Mermaid is large: it is imported only when the first diagram is shown. */
function load(): Promise<Mermaid> {
  loading ??= import('mermaid').then((m) => m.default)
  return loading
}

async function hash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export type Rendered = { svg: string; cached: boolean } | { error: string; line: number | null }

/**
 * Renders a Mermaid source to sanitized SVG, cached by source hash + theme so a revisit is
 * instant. Errors come back as values with the parse message and line, never thrown.
 */
export async function renderDiagram(source: string, theme: 'light' | 'dark'): Promise<Rendered> {
  const started = performance.now()
  const key = `${theme}:${await hash(source)}`
  const hit = cache.get(key)
  if (hit) {
    performance.measure('study:diagram-cached', { start: started, end: performance.now() })
    return { svg: hit, cached: true }
  }
  // A drawing already under way (a prefetch) is awaited, not started twice.
  const running = drawing.get(key)
  if (running) return running
  const draw = drawFresh(key, source, theme)
  drawing.set(key, draw)
  return draw.finally(() => drawing.delete(key))
}

/**
 * Draws a diagram into the cache when the browser is idle (the next question's figure while
 * the learner reads this one), so showing it later takes the cached path. It waits `afterMs`
 * first: a drawing blocks the page for ~100 ms, which someone clicking through questions
 * would feel; someone reading never does. Returns a cancel.
 */
export function prefetchDiagram(source: string, theme: 'light' | 'dark', afterMs = 1000): () => void {
  let idle = 0
  const timer = setTimeout(() => (idle = requestIdleCallback(() => void renderDiagram(source, theme))), afterMs)
  return () => {
    clearTimeout(timer)
    cancelIdleCallback(idle)
  }
}

async function drawFresh(key: string, source: string, theme: 'light' | 'dark'): Promise<Rendered> {
  const mermaid = await configured(theme)
  const renderStart = performance.now() // what the benchmark compares with a bare mermaid.render
  const id = `mmd-${++counter}`
  try {
    const { svg } = await mermaid.render(id, source)
    // Labels are HTML inside <foreignObject>: keep that, drop anything active.
    const clean = DOMPurify.sanitize(svg, {
      USE_PROFILES: { svg: true, svgFilters: true, html: true },
      ADD_TAGS: ['style', 'foreignObject'],
      HTML_INTEGRATION_POINTS: { foreignobject: true },
      FORBID_TAGS: ['script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'a'],
    })
    cache.set(key, clean)
    performance.measure('study:diagram-render', { start: renderStart, end: performance.now() })
    return { svg: clean, cached: false }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    const line = /line (\d+)/i.exec(message)
    // Mermaid leaves an error element behind in the body when rendering fails.
    document.getElementById(`d${id}`)?.remove()
    return { error: message, line: line ? Number(line[1]) : null }
  }
}

/**
 * Mermaid's colours come from the app's design tokens (--diagram-*), so diagrams follow the
 * page's theme: neutral boxes with dark outlines, no default lavender.
 */
function themeVariables(theme: 'light' | 'dark'): Record<string, string | boolean> {
  const css = getComputedStyle(document.documentElement)
  const v = (name: string) => css.getPropertyValue(`--diagram-${name}`).trim()
  const [node, border, text, line, group, groupBorder, note] = ['node', 'node-border', 'text', 'line', 'group', 'group-border', 'note'].map(v)
  return {
    darkMode: theme === 'dark',
    background: 'transparent',
    primaryColor: node!,
    primaryBorderColor: border!,
    primaryTextColor: text!,
    secondaryColor: group!,
    secondaryBorderColor: groupBorder!,
    secondaryTextColor: text!,
    tertiaryColor: group!,
    tertiaryBorderColor: groupBorder!,
    tertiaryTextColor: text!,
    mainBkg: node!,
    nodeBorder: border!,
    nodeTextColor: text!,
    textColor: text!,
    titleColor: text!,
    lineColor: line!,
    clusterBkg: group!,
    clusterBorder: groupBorder!,
    edgeLabelBackground: group!,
    actorBkg: node!,
    actorBorder: border!,
    actorTextColor: text!,
    actorLineColor: line!,
    signalColor: line!,
    signalTextColor: text!,
    labelBoxBkgColor: group!,
    labelBoxBorderColor: groupBorder!,
    labelTextColor: text!,
    loopTextColor: text!,
    activationBkgColor: group!,
    activationBorderColor: border!,
    sequenceNumberColor: node!,
    noteBkgColor: note!,
    noteBorderColor: groupBorder!,
    noteTextColor: text!,
  }
}

async function configured(theme: 'light' | 'dark'): Promise<Mermaid> {
  const mermaid = await load()
  if (configuredFor !== theme) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      layout: 'dagre',
      theme: 'base',
      themeVariables: themeVariables(theme),
      fontFamily: "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic UI', Meiryo, sans-serif",
      flowchart: { useMaxWidth: true },
      sequence: { useMaxWidth: true },
    })
    configuredFor = theme
  }
  return mermaid
}

/**
 * For the benchmark: a bare mermaid.render with the same configuration and no cache, parse
 * check or sanitizing, so the app's render can be compared with it in the same page.
 */
;(globalThis as { __studyBench?: unknown }).__studyBench = {
  async bareRender(source: string, theme: 'light' | 'dark' = 'light'): Promise<number> {
    const mermaid = await configured(theme)
    const t = performance.now()
    await mermaid.render(`bare-${++counter}`, source)
    return performance.now() - t
  },
}
