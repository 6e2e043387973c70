import { describe, expect, it } from 'vitest'
import { confusionPairs, questionsPairing } from '../../../electron/core/confusions/derive'
import type { Question } from '@shared/content-types'
import type { OptionKey } from '@shared/vocab'
import { REAL_CONTENT, testCore } from '../helpers/core'

const q = (id: string, answer: string[], concepts: (string | undefined)[]): Question =>
  ({
    id,
    answer,
    options: concepts.map((concept, i) => ({ key: 'ABCDE'[i], text: `option ${i}`, why: '', ...(concept ? { concept } : {}) })),
  }) as unknown as Question

const bank = [
  q('sqs-1', ['A'], ['visibility-timeout', 'delay-queue', 'long-polling', undefined]),
  q('sqs-2', ['A'], ['delay-queue', 'visibility-timeout', 'visibility-timeout', 'dlq']),
  q('multi', ['A', 'B'], ['gsi', 'lsi', 'gsi', 'scan', 'query']),
]
const byId = new Map(bank.map((x) => [x.id, x]))

describe('confusion pairs', () => {
  it('pairs each wrong pick with each key concept, counts trend and questions, and sorts by count', () => {
    const pairs = confusionPairs(
      [
        { questionId: 'sqs-1', answer: ['B'], at: '2026-11-01T00:00:00Z' },
        { questionId: 'sqs-1', answer: ['B'], at: '2026-11-25T00:00:00Z' },
        { questionId: 'sqs-2', answer: ['B'], at: '2026-11-20T00:00:00Z' }, // the reverse mix-up is its own pair
        { questionId: 'sqs-1', answer: ['D'], at: '2026-11-25T00:00:00Z' }, // an option without a concept counts nothing
        { questionId: 'multi', answer: ['A', 'C'], at: '2026-11-24T00:00:00Z' }, // C (gsi) is not chosen against the gsi key option, only against lsi
        { questionId: 'multi', answer: ['A', 'D'], at: '2026-11-24T00:00:00Z' },
        { questionId: 'gone', answer: ['A'], at: '2026-11-24T00:00:00Z' }, // a question no longer in the bank
      ],
      byId,
      '2026-11-12T00:00:00Z',
    )
    expect(pairs.map((p) => [p.key, p.chosen, p.count, p.recent])).toEqual([
      ['visibility-timeout', 'delay-queue', 2, 1],
      ['lsi', 'gsi', 1, 1], // ties go to the latest first
      ['gsi', 'scan', 1, 1],
      ['lsi', 'scan', 1, 1],
      ['delay-queue', 'visibility-timeout', 1, 1],
    ])
    expect(pairs[0]!.questions).toEqual(['sqs-1'])
    expect(pairs[0]!.lastAt).toBe('2026-11-25T00:00:00Z')
  })

  it('counts a pair once per answer, even when two picked options share a concept', () => {
    const pairs = confusionPairs([{ questionId: 'sqs-2', answer: ['B', 'C'], at: '2026-11-25T00:00:00Z' }], byId, '2026-11-01')
    expect(pairs.map((p) => [p.key, p.chosen, p.count])).toEqual([['delay-queue', 'visibility-timeout', 1]])
  })

  it('finds the bank questions that offer a distractor against a key concept', () => {
    expect(questionsPairing(bank, 'visibility-timeout', 'delay-queue')).toEqual(['sqs-1'])
    expect(questionsPairing(bank, 'delay-queue', 'visibility-timeout')).toEqual(['sqs-2'])
  })

  it('derives pairs from real answers: a wrong practice answer shows up with its concepts, comparison and drill', async () => {
    const h = testCore({ contentDir: REAL_CONTENT }).handlers
    expect(await h['confusions.list']({})).toEqual([])
    const a = await h['exam.start']({
      mode: 'practice',
      count: 1,
      timeLimitMin: null,
      domains: [],
      notes: [],
      questions: ['d1-sqs-301'],
      instantFeedback: true,
      seed: 3,
    })
    const item = a.items[0]!
    const view = await h['exam.get']({ attemptId: a.id })
    expect(view.items).toHaveLength(1)
    // Pick the displayed option whose text is the delay-queue distractor (original D).
    const wrongKey = item.options.find((o) => o.text.includes('遅延キュー'))!.key as OptionKey
    await h['exam.answer']({ attemptId: a.id, position: 0, answer: [wrongKey], confidence: null })
    const pairs = await h['confusions.list']({})
    expect(pairs[0]).toMatchObject({ key: { id: expect.any(String) }, chosen: { id: expect.any(String) }, count: 1, recent: 1, questions: ['d1-sqs-301'] })
    expect(pairs[0]!.bankQuestions).toContain('d1-sqs-301')
    const history = await h['confusions.choices']({ questionId: 'd1-sqs-301' })
    expect(history).toEqual([expect.objectContaining({ mode: 'practice', correct: false, chosen: [expect.objectContaining({ key: 'D', correct: false })] })])
    // An attempt the learner throws away takes its answers with it.
    await h['exam.discard']({ attemptId: a.id })
    expect(await h['confusions.list']({})).toEqual([])
    expect(await h['confusions.choices']({ questionId: 'd1-sqs-301' })).toEqual([])
  })
})
