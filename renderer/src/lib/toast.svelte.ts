/** Quiet feedback ("保存しました") and errors, shown in one polite live region. */
export const toast = $state<{ text: string; kind: 'info' | 'error'; seq: number }>({ text: '', kind: 'info', seq: 0 })

let timer: ReturnType<typeof setTimeout> | undefined
export function showToast(text: string, kind: 'info' | 'error' = 'info'): void {
  toast.text = text
  toast.kind = kind
  toast.seq += 1
  clearTimeout(timer)
  timer = setTimeout(() => (toast.text = ''), kind === 'error' ? 8000 : 2500)
}
