/** Quiet feedback ("保存しました") and errors, shown in one polite live region. */
export interface ToastAction {
  label: string
  run: () => void
}

export const toast = $state<{ text: string; kind: 'info' | 'error'; seq: number; action: ToastAction | null }>({ text: '', kind: 'info', seq: 0, action: null })

let timer: ReturnType<typeof setTimeout> | undefined
/** Shows a message; with an action (e.g. undo) it stays longer and offers a button. */
export function showToast(text: string, kind: 'info' | 'error' = 'info', action: ToastAction | null = null): void {
  toast.text = text
  toast.kind = kind
  toast.action = action
  toast.seq += 1
  clearTimeout(timer)
  timer = setTimeout(
    () => {
      toast.text = ''
      toast.action = null
    },
    action ? 8000 : kind === 'error' ? 8000 : 2500,
  )
}
