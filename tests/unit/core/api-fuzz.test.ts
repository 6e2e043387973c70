import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/core/dispatch'
import { methodNames } from '@shared/api'
import { REAL_CONTENT, testCore } from '../helpers/core'

// Random payloads at every method: each gets a result or a typed error, never an exception,
// and a rejected call writes nothing.
const RUNS = Number(process.env.FUZZ_RUNS ?? 12_000)

const payload = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: false, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.dictionary(
    fc.constantFrom(
      'id',
      'noteId',
      'q',
      'attemptId',
      'position',
      'answer',
      'language',
      'theme',
      'mode',
      'count',
      'json',
      'url',
      'color',
      'quote',
      'name',
      'base64',
      '__proto__',
      'constructor',
    ),
    fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 5 }),
      fc.constantFrom(
        'A',
        'vpc',
        'mock',
        'ja',
        'yellow',
        'https://docs.aws.amazon.com/',
        'javascript:alert(1)',
        '../../etc/passwd',
        '<img src=x onerror=alert(1)>',
      ),
    ),
  ),
)

describe('API fuzzing', () => {
  it(`${RUNS} random payloads across all ${methodNames.length} methods: a result or a typed error, no write on rejection`, async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const changes = core.db.prepare('SELECT total_changes()').pluck()
    const errors: string[] = []
    const log = { error: (m: string, e?: unknown) => errors.push(`${m}: ${e instanceof Error ? e.message : String(e)}`) }
    let rejected = 0
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methodNames, 'no.such', '__proto__', 'constructor'), payload, async (name, input) => {
        const before = changes.get()
        const r = await dispatch(core.handlers, name, input, log)
        expect(typeof r.ok).toBe('boolean')
        if (!r.ok) {
          rejected++
          expect(['invalid_input', 'unknown_method', 'not_found', 'conflict', 'forbidden', 'unavailable']).toContain(r.error.code)
          expect(changes.get()).toBe(before)
        }
      }),
      { numRuns: RUNS, seed: 20261125 },
    )
    expect(errors).toEqual([]) // no handler crashed into 'internal'
    expect(rejected).toBeGreaterThan(RUNS / 2)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 120_000)
})
