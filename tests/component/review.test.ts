import { fireEvent, render, screen, waitFor } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import type { ItemView } from '@shared/exam-types'
import type { ReviewCard, ReviewQueue } from '@shared/review-types'
import Review from '../../renderer/src/review/Review.svelte'
import { installBridge } from './mock-bridge'

const item = (id: string, stem: string): ItemView => ({
  position: 0,
  questionId: id,
  domain: 2,
  type: 'single',
  select: 1,
  stem,
  options: ['A', 'B', 'C', 'D'].map((key) => ({ key, text: `${stem} ${key}` })),
  answer: null,
  flagged: false,
  confidence: null,
})
const card = (id: string, stem: string): ReviewCard => ({
  questionId: id,
  due: '2026-11-26T00:00:00Z',
  state: 'new',
  reps: 0,
  lapses: 0,
  lastRating: null,
  fresh: true,
  item: item(id, stem),
})
const limits = { newPerDay: 20, maxPerDay: 200, reviewedToday: 0, newToday: 0, heldBack: 0 }
const soon = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()
const previews = { again: soon(10), hard: soon(60 * 24), good: soon(60 * 24 * 3), easy: soon(60 * 24 * 10) }

const key = (k: string) => fireEvent.keyDown(document.body, { key: k })

describe('the review screen (component, against the typed API mock)', () => {
  it('checks an answer, shows each grade with its interval, lets the learner override the suggestion, and sums up the session', async () => {
    let queue: ReviewQueue = { due: [card('q1', 'KMS の問題'), card('q2', 'IAM の問題')], totalCards: 2, nextDue: null, limits }
    const bridge = installBridge({
      'review.queue': () => queue,
      'review.preview': ({ questionId, answer }) => {
        const correct = answer[0] === 'A'
        return {
          item: {
            ...item(questionId, ''),
            answer,
            reveal: { correct, key: ['A'], explanation: '解説', why: {}, asOf: '2026-11-26', links: [], grounding: [], scored: true },
          },
          rating: correct ? 'good' : 'again',
          previews,
        }
      },
      'review.answer': ({ questionId, rating }) => ({ item: item(questionId, ''), rating: rating ?? 'good', nextDue: soon(10) }),
    })
    render(Review)
    await fireEvent.click(await screen.findByRole('button', { name: '復習を始める' }))
    expect(screen.getByText('KMS の問題')).toBeTruthy()

    // Wrong on purpose: the suggestion is "again"; the learner grades it "good" (3) instead.
    await key('b')
    await key('Enter')
    const grades = await screen.findByRole('group', { name: /評価/ })
    expect(grades.textContent).toMatch(/10分後/)
    expect(grades.textContent).toMatch(/3日後/)
    await key('3')
    await waitFor(() =>
      expect(bridge.calls.filter((c) => c.name === 'review.answer').map((c) => c.input)).toEqual([
        { questionId: 'q1', answer: ['B'], confidence: null, rating: 'good' },
      ]),
    )

    // Right: Enter takes the suggested grade.
    expect(await screen.findByText('IAM の問題')).toBeTruthy()
    await key('a')
    await key('Enter')
    await screen.findByRole('group', { name: /評価/ })
    queue = { ...queue, due: [] }
    await key('Enter')
    await waitFor(() => expect(bridge.calls.filter((c) => c.name === 'review.answer').at(-1)?.input).toMatchObject({ questionId: 'q2', rating: 'good' }))
    expect((await screen.findByRole('status')).textContent).toContain('今日のセッション: 2 問 · 正解 1 問')
    expect(bridge.calls.filter((c) => c.name === 'review.queue')).toHaveLength(2) // reloaded after the session
  })
})
