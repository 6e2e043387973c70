import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { figure, type Figure } from './measure'

/** Initial renderer JS (what index.html loads before any diagram), gzip, vs all renderer JS. */
export function bundleFigures(rendererDir: string): Figure[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  const gz = (file: string) => gzipSync(readFileSync(join(rendererDir, file))).length / 1024
  const initialKb = initial.reduce((s, f) => s + gz(f), 0)
  const allKb = readdirSync(join(rendererDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .reduce((s, f) => s + gz(`assets/${f}`), 0)
  const mermaidInInitial = initial.some(
    (f) =>
      readFileSync(join(rendererDir, f), 'utf8').includes('securityLevel') && /flowchart-v2|sequenceDiagram/.test(readFileSync(join(rendererDir, f), 'utf8')),
  )
  return [
    figure(
      'renderer_initial_js_gzip_kb',
      initialKb,
      'KiB',
      allKb,
      '≤ 120 KiB without Mermaid (baseline: all renderer JS incl. lazy chunks)',
      initialKb <= 120 && !mermaidInInitial,
    ),
  ]
}
