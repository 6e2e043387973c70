// Mermaid's parser needs a DOM; happy-dom supplies one so authors and CI can parse diagrams
// without a browser. (Rendering is tested in real Chromium by the e2e suite.)
import { Window } from 'happy-dom'

let ready: Promise<(text: string) => Promise<string>> | null = null

export function mermaidParser(): Promise<(text: string) => Promise<string>> {
  ready ??= (async () => {
    const win = new Window()
    const g = globalThis as Record<string, unknown>
    g.window = win
    g.document = win.document
    for (const k of ['DOMParser', 'Element', 'HTMLElement', 'Node']) g[k] = (win as unknown as Record<string, unknown>)[k]
    const { default: mermaid } = await import('mermaid')
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
    return async (text: string) => {
      const result = await mermaid.parse(text)
      return result ? result.diagramType : 'unknown'
    }
  })()
  return ready
}

/** The line a Mermaid parse error names ("Parse error on line 3"), if any. */
export function mermaidErrorLine(message: string): number | null {
  const m = /line (\d+)/i.exec(message)
  return m ? Number(m[1]) : null
}
