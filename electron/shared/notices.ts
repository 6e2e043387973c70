/** Things the user must be told at start: a restored database, a fresh start, a read-only data folder, content problems. */
export type NoticeKind = 'db-restored' | 'db-fresh' | 'data-read-only' | 'content-problems'

export interface Notice {
  id: string
  kind: NoticeKind
  severity: 'info' | 'warning' | 'error'
  /** Machine-readable facts the renderer formats in the user's language. */
  facts: Record<string, string | number>
  /** English fallback sentence, also written to the log. */
  message: string
}
