// The app icon has one source, resources/icon.svg; electron-builder takes a 1024 px PNG and makes
// each platform's sizes (.ico, .icns, the Linux set) from it. Rendered with resvg (no browser).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

export const ICON_SOURCE = 'resources/icon.svg'
export const ICON_PNG = 'build/icons/icon.png'

/** Renders the SVG to a square PNG of `size` pixels at `out`. */
export function renderIcon(size = 1024, out = ICON_PNG, source = ICON_SOURCE) {
  const png = new Resvg(readFileSync(source), { fitTo: { mode: 'width', value: size } }).render().asPng()
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, png)
  return png
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  renderIcon()
  console.log(`${ICON_PNG} from ${ICON_SOURCE}`)
}
