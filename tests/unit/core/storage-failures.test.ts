import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../electron/core/dispatch'
import { silentLogger } from '../../../electron/core/log'
import { REAL_CONTENT, testCore } from '../helpers/core'

// Disk full and a read-only data folder, simulated inside SQLite (max_page_count, query_only),
// so they run everywhere: writes fail with a clear error value, nothing is half-written, reads
// keep working. real-disk.test.ts does the same on a really full or read-only filesystem.
describe('storage failures', () => {
  it('disk full: a large import fails cleanly and leaves nothing half-written', async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const at = new Date().toISOString()
    const annotations = Array.from({ length: 3000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      noteId: 'vpc',
      color: 'yellow',
      quote: `引用 ${i} `.repeat(20),
      prefix: '',
      suffix: '',
      position: i,
      comment: 'コメント'.repeat(30),
      createdAt: at,
      updatedAt: at,
    }))
    const file = JSON.stringify({
      format: 'aws-study-desk-export',
      version: 1,
      exportedAt: at,
      settings: {},
      noteReads: [{ noteId: 'vpc', readAt: at }],
      attempts: [],
      reviewLog: [],
      annotations,
      personalNotes: [],
    })
    const pages = core.db.pragma('page_count', { simple: true }) as number
    core.db.pragma(`max_page_count = ${pages + 20}`) // room for a little, not for 3,000 annotations
    const count = () =>
      core.db.prepare('SELECT (SELECT count(*) FROM annotations) + (SELECT count(*) FROM note_reads) + (SELECT count(*) FROM user_text_fts)').pluck().get()
    const r = await dispatch(core.handlers, 'data.import', { json: file }, silentLogger)
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/disk is full/), details: [expect.stringMatching(/SQLITE_FULL/)] },
    })
    expect(count()).toBe(0) // the whole import was rolled back
    expect((await dispatch(core.handlers, 'notes.list', {}, silentLogger)).ok).toBe(true) // reading still works
    core.db.pragma('max_page_count = 1073741823')
    expect(await dispatch(core.handlers, 'data.import', { json: file }, silentLogger)).toMatchObject({ ok: true }) // and it recovers once there is room
  })

  it('read-only data: saving an answer and a highlight fail with a clear error, reading works', async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const a = (await core.handlers['exam.start']({ mode: 'practice', count: 2, timeLimitMin: null, domains: [], notes: [], instantFeedback: false })) as {
      id: number
    }
    core.db.pragma('query_only = ON')
    for (const [method, input] of [
      ['exam.answer', { attemptId: a.id, position: 0, answer: ['A'], confidence: null }],
      ['annotations.create', { noteId: 'vpc', color: 'yellow', quote: 'x', prefix: '', suffix: '', position: 0 }],
      ['settings.update', { theme: 'dark' }],
    ] as const) {
      const r = await dispatch(core.handlers, method, input, silentLogger)
      expect(r, method).toMatchObject({ ok: false, error: { code: 'storage' } })
    }
    const v = await dispatch(core.handlers, 'exam.get', { attemptId: a.id }, silentLogger)
    expect(v).toMatchObject({ ok: true })
    if (v.ok) expect((v.value as { items: { answer: unknown }[] }).items[0]!.answer).toBeNull()
  })
})
