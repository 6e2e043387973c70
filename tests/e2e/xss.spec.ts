import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { MERMAID_PAYLOADS, XSS_PAYLOADS } from '../fixtures/xss-payloads'
import { expect, openApp, test } from './fixtures'

// A content folder built from the corpus: every payload in a note, a question and inline diagrams.
const dir = mkdtempSync(join(tmpdir(), 'study-xss-'))
for (const sub of ['notes', 'questions', 'diagrams']) mkdirSync(join(dir, sub))
writeFileSync(
  join(dir, 'notes', '01-xss.md'),
  [
    '---',
    'id: xss',
    'title: XSS コーパス',
    'title_en: XSS corpus',
    'domains: [2]',
    'tags: []',
    'order: 1',
    'tasks: ["2.1"]',
    'source: authored',
    '---',
    '# XSS コーパス',
    '',
    ...XSS_PAYLOADS.flatMap((p) => [p, '', `- ${p}`, '', `> [!note] ${p}`, '']),
    ...MERMAID_PAYLOADS.flatMap((m) => ['```mermaid', m, '```', '']),
  ].join('\n'),
)
const yamlString = (s: string) => JSON.stringify(s)
writeFileSync(
  join(dir, 'questions', 'xss.yaml'),
  XSS_PAYLOADS.slice(0, 8)
    .map(
      (p, i) => `
- id: d2-xss-${String(i + 1).padStart(3, '0')}
  domain: 2
  tasks: ["2.1"]
  type: single
  select: 1
  difficulty: 1
  grounding:
    - note: xss
  stem: ${yamlString(`攻撃的な問題文です。${p} どれを選びますか。`)}
  options:
    - { key: A, text: ${yamlString(p)}, why: ${yamlString(p)} }
    - { key: B, text: "安全な選択肢", why: ${yamlString(p)} }
    - { key: C, text: "安全な選択肢 2", why: "x" }
    - { key: D, text: "安全な選択肢 3", why: "x" }
  answer: [B]
  explanation: ${yamlString(`解説 ${p}`)}
  links: [https://docs.aws.amazon.com/]
  asOf: 2026-11-25
  reviewed: 2026-11-25
`,
    )
    .join(''),
)

test.use({ contentDir: dir })

async function assertInert(page: Page, where: string) {
  await page.waitForTimeout(600)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), where).toBeUndefined()
  // Control characters inside a URL scheme are how browsers get tricked: strip them before matching.
  const dangerous = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        // eslint-disable-next-line no-control-regex
        .filter((a) => /^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\s\u0000-\u001f]/g, '')))
        .map((a) => `${el.tagName} ${a.name}=${a.value.slice(0, 60)}`),
    ),
  )
  expect(dangerous, where).toEqual([])
  expect(await page.locator('iframe, object, embed, script:not([src]), base, meta[http-equiv]').count(), where).toBe(0)
}

test(`${XSS_PAYLOADS.length + MERMAID_PAYLOADS.length} payloads stay inert in notes, diagrams, questions, annotations and personal notes`, async ({
  page,
  host,
}) => {
  test.setTimeout(120_000)
  expect(XSS_PAYLOADS.length + MERMAID_PAYLOADS.length).toBeGreaterThanOrEqual(30)
  let dialogs = 0
  page.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  const headers = { 'x-study-token': host.token, origin: host.origin }
  const api = (m: string, data: unknown) => page.request.post(`${host.origin}/api/${m}`, { headers, data }).then((r) => r.json())

  // Notes and inline Mermaid.
  await openApp(page, host, '#/notes/xss')
  await expect(page.locator('.prose figure.diagram')).toHaveCount(MERMAID_PAYLOADS.length)
  for (const a of await page.locator('.prose a').all()) await a.click({ trial: true }).catch(() => {})
  await assertInert(page, 'note')

  // Annotations and personal notes holding every payload.
  for (const p of XSS_PAYLOADS) {
    expect((await api('annotations.create', { noteId: 'xss', color: 'pink', quote: 'XSS', prefix: '', suffix: '', position: 0, comment: p })).ok).toBe(true)
    expect((await api('pnotes.save', { noteId: 'xss', title: p.slice(0, 200), body: p })).ok).toBe(true)
  }
  await openApp(page, host, '#/notes/xss')
  await page.locator('.prose mark.hl').first().click()
  for (const link of (await page.locator('.pnotes .link').all()).slice(0, 6)) await link.click()
  await assertInert(page, 'annotations in the note')
  await openApp(page, host, '#/annotations')
  await assertInert(page, 'Annotations section')

  // Questions: in the exam, the instant explanation and the results.
  const started = await api('exam.start', { mode: 'practice', count: 8, timeLimitMin: null, domains: [], notes: [], instantFeedback: true })
  expect(started.ok).toBe(true)
  await openApp(page, host, `#/exams/attempt/${started.value.id}`)
  await expect(page.getByText('問題 1 / 8')).toBeVisible()
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  await expect(page.locator('.reveal')).toBeVisible()
  await assertInert(page, 'exam with explanation')

  expect(dialogs).toBe(0)
})

test('the CSP blocks an injected inline script', async ({ page, host }) => {
  await openApp(page, host, '#/notes')
  const outcome = await page.evaluate(
    () =>
      new Promise<{ violation: string; ran: boolean }>((done) => {
        document.addEventListener('securitypolicyviolation', (e) =>
          done({ violation: e.violatedDirective, ran: !!(window as unknown as { __inline?: boolean }).__inline }),
        )
        const s = document.createElement('script')
        s.textContent = 'window.__inline = true'
        document.body.append(s)
        setTimeout(() => done({ violation: '', ran: !!(window as unknown as { __inline?: boolean }).__inline }), 2000)
      }),
  )
  expect(outcome).toEqual({ violation: expect.stringMatching(/^script-src/), ran: false })
})
