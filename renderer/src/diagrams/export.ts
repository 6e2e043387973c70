/** SVG text of a rendered diagram, standalone (with the XML namespace and a background). */
export function svgBlob(svg: SVGSVGElement, background: string): Blob {
  const clone = svg.cloneNode(true) as SVGSVGElement
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.style.backgroundColor = background
  return new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' })
}

/**
 * PNG at twice the on-screen size, drawn from the SVG through an <img>. Mermaid's HTML labels
 * live in <foreignObject>, which Chromium draws onto a canvas from a data: URL.
 */
export async function pngBlob(svg: SVGSVGElement, background: string, scale = 2): Promise<Blob> {
  const box = svg.viewBox.baseVal
  const width = Math.ceil((box?.width || svg.clientWidth) * scale)
  const height = Math.ceil((box?.height || svg.clientHeight) * scale)
  const clone = svg.cloneNode(true) as SVGSVGElement
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  clone.style.maxWidth = 'none'
  const text = new XMLSerializer().serializeToString(clone)
  const img = new Image()
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`
  await img.decode()
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = background
  ctx.fillRect(0, 0, width, height)
  ctx.drawImage(img, 0, 0, width, height)
  return new Promise((done, failed) => canvas.toBlob((b) => (b ? done(b) : failed(new Error('PNG export failed'))), 'image/png'))
}
