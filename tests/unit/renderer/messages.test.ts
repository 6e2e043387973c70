import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { en } from '../../../renderer/src/lib/messages/en'
import { ja, type MessageKey } from '../../../renderer/src/lib/messages/ja'

/** The argument names a message uses ({name}, {n, plural, …}), outside plural branches' text. */
const argumentsOf = (message: string) =>
  new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!).filter((n) => !['one', 'other', 'few', 'many', 'zero', 'two'].includes(n)))

describe('the message catalogues', () => {
  it('has the same keys in Japanese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort())
  })

  it('parses every message as ICU MessageFormat, with the same arguments in both languages', () => {
    for (const key of Object.keys(ja) as MessageKey[]) {
      expect(() => new IntlMessageFormat(ja[key], 'ja'), `ja ${key}`).not.toThrow()
      expect(() => new IntlMessageFormat(en[key], 'en'), `en ${key}`).not.toThrow()
      expect([...argumentsOf(en[key])].sort(), key).toEqual([...argumentsOf(ja[key])].sort())
    }
  })

  it('says "1 day" and "2 days", "1 minute left" and "5 minutes left" in English', () => {
    const format = (key: MessageKey, n: number) => new IntlMessageFormat(en[key], 'en').format({ n })
    expect([format('progress.streakDays', 1), format('progress.streakDays', 2)]).toEqual(['1 day', '2 days'])
    expect([format('exam.warn', 1), format('exam.warn', 5)]).toEqual(['1 minute left', '5 minutes left'])
    expect(format('exam.retryWrong', 1)).toBe('Retry the wrong one')
  })

  it('leaves no count before an English plural noun without a plural rule', () => {
    const bare = Object.entries(en)
      .filter(([, m]) => /\{n\} [a-z]+s\b/.test(m))
      .map(([k]) => k)
    expect(bare).toEqual([])
  })
})
