import { fireEvent, render, screen, waitFor } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AttemptView, ItemView } from '@shared/exam-types'
import ExamRunner from '../../renderer/src/exams/ExamRunner.svelte'
import { toast } from '../../renderer/src/lib/toast.svelte'
import { installBridge } from './mock-bridge'

const item = (position: number, stem: string): ItemView => ({
  position,
  questionId: `q${position}`,
  domain: 1,
  type: 'single',
  select: 1,
  stem,
  options: ['A', 'B', 'C', 'D'].map((key) => ({ key, text: `${stem} の選択肢 ${key}` })),
  answer: null,
  flagged: false,
  confidence: null,
})
const attempt: AttemptView = {
  id: 7,
  mode: 'practice',
  status: 'open',
  createdAt: '2026-11-26T10:00:00Z',
  remainingMs: 600_000,
  limitMs: 600_000,
  config: { count: 2, timeLimitMin: 10, domains: [], notes: [], instantFeedback: false, pauseAllowed: true, strict: false, drill: null },
  items: [item(0, '最初の問題です。'), item(1, '二つ目の問題です。')],
}

// Keys go where a browser sends them with nothing focused: the body (bubbling to the window's handler).
const key = (k: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(document.body, { key: k, code: /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : k, ...init })

describe('the exam runner (component, against the typed API mock)', () => {
  afterEach(() => vi.useRealTimers())

  it('answers, strikes out, flags and moves by keyboard, showing an answer as chosen only once it was saved', async () => {
    let failNext = false
    const bridge = installBridge({
      'exam.tick': () => ({ remainingMs: 600_000, status: 'open' }),
      'exam.answer': ({ position, answer }) =>
        failNext
          ? { error: { code: 'storage', message: 'disk full' } }
          : { item: { ...attempt.items[position]!, answer }, remainingMs: 599_000, status: 'open' },
      'exam.mark': () => true,
    })
    render(ExamRunner, { attempt, onfinished: vi.fn(), onleave: vi.fn() })
    expect(screen.getByText('最初の問題です。')).toBeTruthy()

    await key('a')
    await waitFor(() => expect(screen.getByRole('radio', { name: /最初の問題です。 の選択肢 A/ }).getAttribute('aria-checked')).toBe('true'))
    expect(bridge.calls.filter((c) => c.name === 'exam.answer').map((c) => c.input)).toEqual([{ attemptId: 7, position: 0, answer: ['A'], confidence: null }])

    // Shift+key strikes an option out without answering.
    await key('B', { shiftKey: true, code: 'KeyB' })
    expect(screen.getByRole('button', { name: /B/, pressed: true })).toBeTruthy()
    expect(bridge.calls.filter((c) => c.name === 'exam.answer')).toHaveLength(1)

    await key('f')
    await waitFor(() => expect(bridge.calls.some((c) => c.name === 'exam.mark' && (c.input as { flagged?: boolean }).flagged === true)).toBe(true))

    await key('n')
    expect(await screen.findByText('二つ目の問題です。')).toBeTruthy()

    // A save that fails leaves the option unchosen and says why, in Japanese.
    failNext = true
    await key('c')
    await waitFor(() => expect(toast).toMatchObject({ kind: 'error', text: expect.stringMatching(/^保存できませんでした/) }))
    expect(screen.getByRole('radio', { name: /二つ目の問題です。 の選択肢 C/ }).getAttribute('aria-checked')).toBe('false')
  })
})
