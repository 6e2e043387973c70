import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/core/dispatch'
import { silentLogger } from '../../../electron/core/log'
import { REAL_CONTENT, testCore } from '../helpers/core'

describe('question reports', () => {
  it('are stored with the question and the content version, listed newest first, and deleted', async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const h = core.handlers
    const q = core.content.questions[0]!
    const first = await h['reports.create']({ questionId: q.id, kind: 'wrong', comment: '  正解が C ではないかと思います。 ' })
    expect(first).toMatchObject({ questionId: q.id, kind: 'wrong', comment: '正解が C ではないかと思います。', contentVersion: core.content.hash.slice(0, 12) })
    const second = await h['reports.create']({ questionId: q.id, kind: 'unclear', comment: '' })
    expect((await h['reports.list']({})).map((r) => r.id).sort()).toEqual([first.id, second.id].sort())
    expect(await h['reports.delete']({ id: first.id })).toBe(true)
    expect(await h['reports.delete']({ id: first.id })).toBe(false)
    expect((await h['reports.list']({})).map((r) => r.id)).toEqual([second.id])
    await core.close()
  })

  it('refuse an unknown question, an unknown kind and hostile sizes with an error value; nothing is written', async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const q = core.content.questions[0]!
    for (const input of [
      { questionId: 'd9-none-001', kind: 'wrong', comment: '' },
      { questionId: q.id, kind: 'spam', comment: '' },
      { questionId: q.id, kind: 'wrong', comment: 'x'.repeat(5001) },
      { questionId: '../etc/passwd', kind: 'wrong', comment: '' },
    ]) {
      const r = await dispatch(core.handlers, 'reports.create', input, silentLogger)
      expect(r.ok, JSON.stringify(input)).toBe(false)
    }
    expect(await core.handlers['reports.list']({})).toEqual([])
    await core.close()
  })

  it('go out with the export and come back with the import, once; a version-1 file without them still imports', async () => {
    const source = testCore({ contentDir: REAL_CONTENT })
    const q = source.content.questions[1]!
    const made = await source.handlers['reports.create']({ questionId: q.id, kind: 'other', comment: '<img src=x onerror=alert(1)> リンク切れ' })
    const file = (await source.handlers['data.export']({})) as string
    expect(JSON.parse(file).reports).toEqual([made])
    const target = testCore({ contentDir: REAL_CONTENT })
    expect((await target.handlers['data.import']({ json: file })).added.reports).toBe(1)
    expect((await target.handlers['data.import']({ json: file })).added.reports).toBe(0)
    expect(await target.handlers['reports.list']({})).toEqual([made])
    const old = JSON.parse(file)
    delete old.reports
    old.version = 1
    const fresh = testCore({ contentDir: REAL_CONTENT })
    expect((await fresh.handlers['data.import']({ json: JSON.stringify(old) })).added.reports).toBe(0)
    for (const c of [source, target, fresh]) await c.close()
  })
})
