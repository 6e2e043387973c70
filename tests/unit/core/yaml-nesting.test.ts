import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_YAML_NESTING, yamlNestingProblem } from '../../../electron/core/content/yaml-errors'

/** The guard as first written: one character at a time. The faster scan must agree with it. */
function reference(text: string): number | null {
  let depth = 0
  let line = 0
  let quote: string | null = null
  let lineStart = true
  let indent = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') {
      line++
      lineStart = true
      indent = 0
      if (quote === "'") quote = null
      continue
    }
    if (lineStart) {
      if (c === ' ') {
        if (++indent > 256) return line
        continue
      }
      lineStart = false
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = null
      continue
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i)
      i = (end < 0 ? text.length : end) - 1
    } else if (c === '"' || c === "'") quote = c
    else if (c === '[' || c === '{') {
      if (++depth > MAX_YAML_NESTING) return line
    } else if ((c === ']' || c === '}') && depth > 0) depth--
  }
  return null
}

// Weighted so that random texts often come near the limit, where a wrong quote or comment rule shows.
const pieces = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('[', ']', '{', '}', '"', "'", '#', '\\', '\\"', '\n', ' ', ' '.repeat(100), 'a', 'キー', '\t', ' #', '\n#') },
  { weight: 2, arbitrary: fc.constant('['.repeat(30)) },
)

describe('the YAML nesting guard', () => {
  it('finds the same problem, on the same line, as the character-by-character scan', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 200 }), (parts) => {
        const text = parts.join('')
        const expected = reference(text)
        const got = yamlNestingProblem(text, 'f.yaml', 1)
        expect(got === null ? null : got.line - 1).toBe(expected)
      }),
      { numRuns: 3000 },
    )
  })
  it('refuses deep brackets and deep indentation with their line', () => {
    expect(yamlNestingProblem(`a: 1\nb: ${'['.repeat(MAX_YAML_NESTING + 1)}`, 'f.yaml', 10)?.line).toBe(11)
    expect(yamlNestingProblem(`a: 1\n\n${' '.repeat(300)}b: 1`, 'f.yaml', 1)?.line).toBe(3)
    expect(yamlNestingProblem(`a: "${'['.repeat(200)}"`, 'f.yaml', 1)).toBeNull()
  })
})
