import { describe, expect, it } from 'vitest'
import { invalidate, load } from '../../renderer/src/lib/query'
import { installBridge } from './mock-bridge'

const list = (title: string) => [
  {
    id: 'vpc',
    title,
    titleEn: 'VPC',
    domains: [2],
    tags: [],
    tasks: ['2.1'],
    source: 'seed',
    order: 13,
    headings: [],
    updateCount: 0,
    updates: [],
    readAt: null,
    questionCount: 3,
  },
]

describe('the shared query layer', () => {
  it('asks once for every screen, again after an invalidation, and drops an answer an invalidation made old', async () => {
    let title = 'VPC'
    const bridge = installBridge({ 'notes.list': () => list(title) as never })
    const asked = () => bridge.calls.filter((c) => c.name === 'notes.list').length

    const [a, b] = await Promise.all([load('notes.list', {}), load('notes.list', {})])
    expect(a).toEqual(b)
    expect(await load('notes.list', {})).toEqual(a)
    expect(asked()).toBe(1)

    title = 'Amazon VPC'
    invalidate('notes.list')
    expect(await load('notes.list', {})).toMatchObject({ ok: true, value: [{ title: 'Amazon VPC' }] })
    expect(asked()).toBe(2)

    // Invalidated while under way: that answer is returned to its caller but not kept.
    title = 'old'
    invalidate('notes.list')
    const under = load('notes.list', {})
    invalidate('notes.list')
    title = 'new'
    expect(await under).toMatchObject({ value: [{ title: 'old' }] })
    expect(await load('notes.list', {})).toMatchObject({ value: [{ title: 'new' }] })
    expect(asked()).toBe(4)
  })

  it('does not keep a failure: the next screen asks again', async () => {
    let down = true
    installBridge({ 'glossary.list': () => (down ? { error: { code: 'unavailable', message: 'starting' } } : []) })
    expect(await load('glossary.list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    down = false
    expect(await load('glossary.list', {})).toEqual({ ok: true, value: [] })
  })
})
