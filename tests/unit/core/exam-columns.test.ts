import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/core/dispatch'
import { silentLogger } from '../../../electron/core/log'
import { REAL_CONTENT, testCore } from '../helpers/core'

/** The JSON columns are read with zod: a damaged value is a clear error naming the column, and no list empties for one bad row. */
describe('exam JSON columns', () => {
  it('a damaged summary, configuration or option order is an error value naming its column; the list still shows every attempt', async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const h = core.handlers
    const practice = () =>
      h['exam.start']({ mode: 'practice', count: 2, timeLimitMin: null, domains: [], notes: [], instantFeedback: false, seed: 3 }) as { id: number }
    const first = practice()
    h['exam.submit']({ attemptId: first.id })
    const second = practice()
    h['exam.submit']({ attemptId: second.id })
    const open = practice()

    core.db.prepare('UPDATE attempts SET summary = \'{"scaled": "lots"}\' WHERE id = ?').run(first.id)
    core.db.prepare("UPDATE attempts SET config = 'not json' WHERE id = ?").run(second.id)
    core.db.prepare("UPDATE attempt_items SET option_order = '[1, 2]' WHERE attempt_id = ?").run(open.id)

    const damaged = (column: string) => ({ ok: false, error: expect.objectContaining({ code: 'storage', reason: 'data.damaged', vars: { column } }) })
    expect(await dispatch(h, 'exam.result', { attemptId: first.id }, silentLogger)).toEqual(damaged('attempts.summary'))
    expect(await dispatch(h, 'exam.result', { attemptId: second.id }, silentLogger)).toEqual(damaged('attempts.config'))
    expect(await dispatch(h, 'exam.get', { attemptId: open.id }, silentLogger)).toEqual(damaged('attempt_items.option_order'))

    const list = await h['exam.list']({})
    expect(list.map((a) => a.id).sort()).toEqual([first.id, second.id, open.id].sort())
    expect(list.find((a) => a.id === first.id)).toMatchObject({ status: 'submitted', scaled: null })
  })
})
