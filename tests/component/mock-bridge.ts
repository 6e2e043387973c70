import { vi } from 'vitest'
import { api, type Input, type MethodName, type Output } from '@shared/api'
import type { StudyBridge } from '@shared/bridge'
import { fail, ok, type ApiError, type Result } from '@shared/result'

/** How a test answers a method: its value, or an error value (as core would return). */
export type Answers = { [M in MethodName]?: (input: Input<M>) => Output<M> | { error: ApiError } }

/**
 * `window.study` for component tests: every method of the API table, typed as the preload's
 * bridge. Inputs are checked against the table's schemas as the real dispatcher does (a
 * component sending a malformed payload fails its test); unanswered methods are `unavailable`.
 * Every call is recorded.
 */
export function mockBridge(answers: Answers): StudyBridge & { calls: { name: MethodName; input: unknown }[] } {
  const calls: { name: MethodName; input: unknown }[] = []
  const bridge = Object.fromEntries(
    (Object.keys(api) as MethodName[]).map((name) => [
      name,
      vi.fn(async (input: unknown): Promise<Result<unknown>> => {
        calls.push({ name, input })
        const parsed = api[name].input.safeParse(input)
        if (!parsed.success) throw new Error(`${name} was called with a malformed payload: ${parsed.error.message}`)
        const answer = (answers[name] as ((i: unknown) => unknown) | undefined)?.(parsed.data)
        if (answer === undefined) return fail('unavailable', `${name} is not answered in this test`)
        if (answer && typeof answer === 'object' && 'error' in answer) return { ok: false, error: (answer as { error: ApiError }).error }
        return ok(answer)
      }),
    ]),
  ) as unknown as StudyBridge
  return Object.assign(bridge, { calls })
}

/** Installs the mock as the preload's bridge for the component under test. */
export function installBridge(answers: Answers) {
  const bridge = mockBridge(answers)
  window.study = bridge
  return bridge
}
