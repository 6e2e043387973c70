import { describe, expect, it } from 'vitest'
import { anchorFor, locate } from '@shared/anchor'
import { dispatch } from '../../../electron/core/dispatch'
import { silentLogger } from '../../../electron/core/log'
import { EXPORT_VERSION } from '@shared/export-schema'
import { REAL_CONTENT, testCore } from '../helpers/core'

describe('anchors', () => {
  const text = 'VPCエンドポイントを使うことで、インターネットゲートウェイを介さずにAWSの各サービスのAPIに直接リクエストを実行できる。'
  it('find the quote again after the note changed around it', () => {
    const start = text.indexOf('インターネットゲートウェイ')
    const a = anchorFor(text, start, start + 'インターネットゲートウェイ'.length)
    const edited = `【追記】新しい段落。\n${text.replace('直接', 'プライベートに直接')}`
    const at = locate(edited, a)!
    expect(edited.slice(at.start, at.end)).toBe('インターネットゲートウェイ')
  })
  it('pick the occurrence whose context matches, not the first one', () => {
    const doc = 'S3 のバケット。…… DynamoDB のテーブル。…… S3 のバケットポリシー。'
    const second = doc.lastIndexOf('S3 のバケット')
    const a = anchorFor(doc, second, second + 'S3 のバケット'.length)
    expect(locate(doc, a)!.start).toBe(second)
  })
  it('report an orphan when the quote is gone', () => {
    expect(locate('全く別の文章', anchorFor(text, 0, 6))).toBeNull()
  })
})

describe('annotations and personal notes', () => {
  it('create, comment, search (3+ and 1–2 characters), delete with undo', async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const h = core.handlers
    const a = await h['annotations.create']({
      noteId: 'vpc',
      color: 'yellow',
      quote: 'NATゲートウェイ',
      prefix: '',
      suffix: '',
      position: 10,
      comment: '試験によく出る',
    })
    await h['pnotes.save']({ noteId: 'vpc', title: 'VPC メモ', body: 'セキュリティグループはステートフル' })
    expect((await h['annotations.search']({ q: 'ゲートウェイ' })).hits.map((x) => x.id)).toEqual([a.id])
    expect((await h['annotations.search']({ q: 'ステートフル' })).hits[0]).toMatchObject({ kind: 'personal' })
    expect((await h['annotations.search']({ q: '試験' })).hits.map((x) => x.id)).toEqual([a.id])
    await h['annotations.update']({ id: a.id, comment: '本番で 2 問出た' })
    expect((await h['annotations.search']({ q: '本番で' })).total).toBe(1)
    await h['annotations.delete']({ id: a.id })
    expect(await h['annotations.list']({ noteId: 'vpc' })).toEqual([])
    expect(await h['annotations.search']({ q: 'ゲートウェイ' })).toEqual({ total: 0, hits: [] })
    await h['annotations.restore']({ id: a.id })
    expect((await h['annotations.list']({ noteId: 'vpc' }))[0]).toMatchObject({ id: a.id, comment: '本番で 2 問出た' })
  })

  it('stores hostile text as plain text and refuses malformed input', async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const hostile = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) </textarea><script>alert(1)</script>'
    const a = await core.handlers['annotations.create']({
      noteId: 'iam',
      color: 'pink',
      quote: 'ポリシー',
      prefix: '',
      suffix: '',
      position: 0,
      comment: hostile,
    })
    expect(a.comment).toBe(hostile)
    const r = await dispatch(
      core.handlers,
      'annotations.create',
      { noteId: 'iam', color: 'red', quote: 'x', prefix: '', suffix: '', position: 0 },
      silentLogger,
    )
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await core.handlers['annotations.list']({})).toHaveLength(1)
  })
})

describe('export and import', () => {
  async function withData() {
    const core = testCore({ contentDir: REAL_CONTENT })
    const h = core.handlers
    h['settings.update']({ language: 'en' })
    h['notes.markRead']({ id: 'vpc', read: true })
    const at = (await h['exam.start']({ mode: 'practice', count: 2, timeLimitMin: null, domains: [], notes: [], instantFeedback: false })) as { id: number }
    h['exam.answer']({ attemptId: at.id, position: 0, answer: ['A'], confidence: 'guess' })
    await h['exam.submit']({ attemptId: at.id })
    await h['annotations.create']({ noteId: 'vpc', color: 'green', quote: 'ルートテーブル', prefix: '', suffix: '', position: 3, comment: 'メモ' })
    await h['pnotes.save']({ noteId: null, title: '全体メモ', body: '# 見出し' })
    return core
  }

  it('imports a discarded attempt without grades, even when the file carries them', async () => {
    const source = testCore({ contentDir: REAL_CONTENT })
    const at = (await source.handlers['exam.start']({ mode: 'practice', count: 2, timeLimitMin: null, domains: [], notes: [], instantFeedback: true })) as {
      id: number
    }
    source.handlers['exam.answer']({ attemptId: at.id, position: 0, answer: ['A'], confidence: null })
    source.handlers['exam.discard']({ attemptId: at.id })
    const file = JSON.parse((await source.handlers['data.export']({})) as string)
    expect(file.attempts).toMatchObject([{ status: 'discarded' }])
    file.attempts[0].items[0].correct = true // as an older app or a hand edit might have it
    const target = testCore({ contentDir: REAL_CONTENT })
    expect((await target.handlers['data.import']({ json: JSON.stringify(file) })).added.attempts).toBe(1)
    const counted = (sql: string) => target.db.prepare(sql).pluck().get()
    expect(counted('SELECT count(*) FROM attempt_items WHERE correct IS NOT NULL')).toBe(0)
    expect(counted('SELECT coalesce(sum(total), 0) FROM question_totals')).toBe(0) // the dashboard does not count it
  })

  it('round-trips everything, and importing the same file twice adds nothing twice', async () => {
    const source = await withData()
    const file = (await source.handlers['data.export']({})) as string
    const target = testCore({ contentDir: REAL_CONTENT })
    const first = await target.handlers['data.import']({ json: file })
    expect(first.added).toEqual({ noteReads: 1, attempts: 1, reviewLog: 2, annotations: 1, personalNotes: 1, reports: 0 })
    const second = await target.handlers['data.import']({ json: file })
    expect(second.added).toEqual({ noteReads: 0, attempts: 0, reviewLog: 0, annotations: 0, personalNotes: 0, reports: 0 })
    expect(target.settings.get().language).toBe('en')
    expect(JSON.parse((await target.handlers['data.export']({})) as string)).toMatchObject({
      attempts: [{ items: [{}, {}] }],
      annotations: [{ comment: 'メモ' }],
    })
    expect((await target.handlers['annotations.search']({ q: 'ルートテーブル' })).total).toBe(1)
  })

  it('lists in windows: highlights in note order then personal notes, filtered by note and colour, searched best first', async () => {
    const core = testCore({ contentDir: REAL_CONTENT })
    const h = core.handlers
    const colors = ['yellow', 'green', 'blue', 'pink'] as const
    for (let i = 0; i < 250; i++) {
      await h['annotations.create']({
        noteId: i % 2 ? 'vpc' : 'iam',
        color: colors[i % 4]!,
        quote: `引用${i}`,
        prefix: '',
        suffix: '',
        position: i,
        comment: i === 7 ? 'ルートテーブル' : '',
      })
    }
    await h['pnotes.save']({ noteId: 'vpc', title: '自分用 VPC', body: 'ルートテーブルの話' })
    await h['pnotes.save']({ noteId: null, title: '自由メモ', body: '' })

    const all = await h['annotations.search']({ q: '', offset: 0, limit: 100 })
    expect(all.total).toBe(252)
    expect(all.hits).toHaveLength(100)
    // The library's order (13 VPC before 15 IAM), not the ids' alphabetical order; by position within a note.
    expect(all.hits.slice(0, 2).map((x) => x.text)).toEqual(['引用1', '引用3'])
    // Windows tile the list exactly: every item once, highlights first, personal notes last.
    const windows = [0, 100, 200].map((offset) => h['annotations.search']({ q: '', offset, limit: 100 }))
    const ids = (await Promise.all(windows)).flatMap((w) => w.hits.map((x) => x.id))
    expect(new Set(ids).size).toBe(252)
    expect((await windows[2]!).hits.slice(-2).map((x) => x.kind)).toEqual(['personal', 'personal'])
    const second = (await windows[1]!).hits.map((x) => x.noteId) // 125 VPC highlights, then IAM's
    expect([second.indexOf('iam'), second.lastIndexOf('vpc')]).toEqual([25, 24])

    const vpcBlue = await h['annotations.search']({ q: '', noteId: 'vpc', color: 'green', limit: 500 })
    expect(vpcBlue.total).toBe(63) // odd i with i % 4 === 1; a colour filter leaves personal notes out
    expect(vpcBlue.hits.every((x) => x.noteId === 'vpc' && x.color === 'green')).toBe(true)
    expect((await h['annotations.search']({ q: '', noteId: 'vpc', limit: 500 })).total).toBe(126)

    const found = await h['annotations.search']({ q: 'ルートテーブル' })
    expect(found.hits.map((x) => x.kind).sort()).toEqual(['annotation', 'personal'])
    expect((await h['annotations.search']({ q: 'ルートテーブル', noteId: 'iam' })).total).toBe(0) // annotation 7 is on vpc
    expect((await h['annotations.search']({ q: 'ルートテーブル', color: 'pink' })).total).toBe(1) // 7 % 4 = 3: pink
    expect((await h['annotations.search']({ q: '引用', offset: 240, limit: 50 })).hits).toHaveLength(10) // two characters: LIKE
  })

  it('refuses a newer, damaged or foreign file with a clear error and writes nothing', async () => {
    const file = JSON.parse((await (await withData()).handlers['data.export']({})) as string)
    const target = testCore({ contentDir: REAL_CONTENT })
    const count = () =>
      target.db.prepare('SELECT (SELECT count(*) FROM attempts) + (SELECT count(*) FROM annotations) + (SELECT count(*) FROM note_reads)').pluck().get()
    const attempts = [
      [{ ...file, version: EXPORT_VERSION + 1 }, /newer version/, 'import.newer'],
      [{ ...file, annotations: [{ ...file.annotations[0], color: 'purple' }] }, /damaged/, 'import.damaged'],
      [{ ...file, format: 'something-else' }, /not an AWS study desk export/, 'import.not_export'],
      ['{"format":', /not valid JSON/, 'import.not_json'],
    ] as const
    for (const [bad, message, reason] of attempts) {
      const json = typeof bad === 'string' ? bad : JSON.stringify(bad)
      const r = await dispatch(target.handlers, 'data.import', { json }, silentLogger)
      // The reason is what the UI translates; the English message is for logs.
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', reason, message: expect.stringMatching(message) } })
    }
    expect(count()).toBe(0)
    // A file whose last part is bad imports nothing at all (one transaction).
    const broken = { ...file, personalNotes: [{ ...file.personalNotes[0], id: 'not-a-uuid' }] }
    expect(await dispatch(target.handlers, 'data.import', { json: JSON.stringify(broken) }, silentLogger)).toMatchObject({ ok: false })
    expect(count()).toBe(0)
  })
})
