/** Window bounds remembered between runs; pure so the clamping logic is testable. */
export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}
export interface SavedWindowState {
  bounds: Bounds
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 820 }
export const MIN_SIZE = { width: 1024, height: 700 }

/**
 * Returns saved bounds only if they are sane and still visible on one of the current displays
 * (a monitor may have been unplugged); otherwise null, and the window opens centred.
 */
export function restoreBounds(saved: unknown, displays: Bounds[]): SavedWindowState | null {
  if (!saved || typeof saved !== 'object') return null
  const s = saved as Partial<SavedWindowState>
  const b = s.bounds
  if (!b || ![b.x, b.y, b.width, b.height].every((n) => Number.isFinite(n))) return null
  const width = Math.max(MIN_SIZE.width, Math.round(b.width))
  const height = Math.max(MIN_SIZE.height, Math.round(b.height))
  const visible = displays.some((d) => b.x < d.x + d.width - 100 && b.x + width > d.x + 100 && b.y >= d.y - 10 && b.y < d.y + d.height - 100)
  if (!visible) return null
  return { bounds: { x: Math.round(b.x), y: Math.round(b.y), width, height }, maximized: s.maximized === true }
}
