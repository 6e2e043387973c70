import { describe, expect, it } from 'vitest'
import { oneLine, paragraphs } from '../../../renderer/src/lib/paragraphs'

describe('question text paragraphs', () => {
  it('joins source lines: Japanese without a space, Latin words with one; a blank line starts a paragraph', () => {
    expect(paragraphs('ある企業は Lambda を使っています。\n要件はどれですか。')).toEqual(['ある企業は Lambda を使っています。要件はどれですか。'])
    expect(paragraphs('A company uses\nAmazon SQS.\n\nWhich option?')).toEqual(['A company uses Amazon SQS.', 'Which option?'])
    expect(paragraphs('  \n')).toEqual([])
  })
  it('cuts one line for lists', () => {
    expect(oneLine('あいう\nえお', 4)).toBe('あいうえ…')
    expect(oneLine('短い', 10)).toBe('短い')
  })
})

describe('code spans in question text', () => {
  it('splits `code` out and leaves the rest as text; an unmatched backtick stays text', async () => {
    const { codeSpans } = await import('../../../renderer/src/lib/paragraphs')
    expect(codeSpans('発行者に `https://x` を指定する')).toEqual([
      { text: '発行者に ', code: false },
      { text: 'https://x', code: true },
      { text: ' を指定する', code: false },
    ])
    expect(codeSpans('a ` b')).toEqual([{ text: 'a ` b', code: false }])
  })
})
