import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import jsYaml from 'js-yaml'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { splitFrontmatter } from '../../../electron/core/content/source-file'
import { fastYaml, parseYaml } from '../../../electron/core/content/yaml-errors'
import { REAL_CONTENT } from '../helpers/core'

/**
 * The loaders read YAML with a fast parser and take the position-keeping one only to name a
 * problem's line. That is one parser in effect only if both give the same data for every text
 * the fast one accepts: checked here on every content file and on random documents.
 */
const slow = (text: string): { value: unknown } | { error: string } => {
  const { doc } = parseYaml(text)
  if (doc.errors.length) return { error: doc.errors[0]!.message }
  try {
    return { value: doc.toJS() as unknown }
  } catch (err) {
    return { error: String(err) } // an alias to no anchor is found only when the data is built
  }
}

/** Same data, numbers compared by value (-0 is 0, as in the JSON the content cache stores). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b))
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]))
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  }
  return Object.is(a, b)
}

/** Plain scalars that different YAML schemas read differently (null, bool, number, date forms). */
const TRICKY = [
  '~',
  'null',
  'Null',
  '',
  'true',
  'True',
  'yes',
  'on',
  'y',
  '0x1F',
  '0o17',
  '017',
  '0b101',
  '1_000',
  '+1',
  '-0',
  '.5',
  '1.',
  '1e3',
  '+.inf',
  '.NaN',
  '2026-11-26',
  '2026-11-26T10:00:00Z',
  '12:30',
  '1:20',
  '00',
  '09',
  'NaN',
  '!!str 1',
  '!!binary aGk=',
  '<<',
  '*a',
  '&a x',
  '"é\\u00e9"',
  "'it''s'",
  '日本語: です',
  '#',
  'a #b',
]

const scalar = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noDefaultInfinity: false }),
  fc.boolean(),
  fc.constant(null),
)
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ minLength: 1, maxLength: 8 })), tie('node'), { maxKeys: 4 }),
})).node

/** The same data written the ways content authors and tools write YAML, and raw plain scalars. */
const documents = fc.oneof(
  value.map((v) => stringify(v)),
  value.map((v) => stringify(v, { collectionStyle: 'flow' })),
  value.map((v) => jsYaml.dump(v)),
  value.map((v) => jsYaml.dump(v, { flowLevel: 1 })),
  fc
    .array(fc.tuple(fc.constantFrom(...TRICKY), fc.constantFrom(...TRICKY)), { minLength: 1, maxLength: 4 })
    .map((kv) => kv.map(([k, v], i) => `k${i}${k.replace(/[:#]/g, '')}: ${v}`).join('\n')),
  fc.array(fc.constantFrom(...TRICKY), { minLength: 1, maxLength: 4 }).map((xs) => xs.map((x) => `- ${x}`).join('\n')),
)

describe('the YAML fast path', () => {
  it('reads every shipped content file and note frontmatter exactly as the position-keeping parser does', () => {
    const texts: [string, string][] = []
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (/\.ya?ml$/.test(e.name)) texts.push([p, readFileSync(p, 'utf8')])
        else if (e.name.endsWith('.md')) {
          const fm = splitFrontmatter(readFileSync(p, 'utf8'))
          if (fm) texts.push([p, fm.data])
        }
      }
    }
    walk(REAL_CONTENT)
    expect(texts.length).toBeGreaterThan(60)
    let declined = 0
    for (const [file, text] of texts) {
      const s = slow(text)
      if (!('value' in s)) throw new Error(`${file}: ${s.error}`)
      const fast = fastYaml(text)
      if (fast === undefined) declined++
      else expect(fast, file).toEqual(s.value)
    }
    expect(declined).toBeLessThanOrEqual(2) // a "? " inside a quoted string sends a file the slow way; most go fast
  })

  it('gives the same data as the position-keeping parser for any document it accepts, or declines', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const fast = fastYaml(text)
        const s = slow(text)
        if (fast === undefined) return // declined: the loader takes the slow path
        if (!('value' in s)) throw new Error(`the fast path accepted what the slow one refuses (${s.error}):\n${text}`)
        if (!same(fast, s.value)) throw new Error(`different data:\n${text}\nfast: ${JSON.stringify(fast)}\nslow: ${JSON.stringify(s.value)}`)
      }),
      { numRuns: 3000 },
    )
  })
})
