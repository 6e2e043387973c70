import { readFileSync } from 'node:fs'
import { labelLines, nodeLabel } from '../../electron/core/content/diagram-mask'
import { expect, openApp, openPracticeOf, test } from './fixtures'

const diagramFile = (id: string) => readFileSync(new URL(`../../content/diagrams/${id}.mmd`, import.meta.url), 'utf8')
const asks = (id: string) =>
  diagramFile(id)
    .split('\n')
    .flatMap(
      (l) =>
        /^%%\s*ask:\s*(.*)$/
          .exec(l)?.[1]
          ?.split('|')
          .map((s) => s.trim()) ?? [],
    )
    .reduce<{ node: string; prompt: string }[]>((out, _, i, all) => (i % 3 === 0 ? [...out, { node: all[i]!, prompt: all[i + 1]! }] : out), [])

test('a diagram question shows the figure with its node hidden: nowhere in the drawing, its tooltips or names', async ({ page, host }) => {
  const q = { id: 'd4-api-gateway-702', diagram: 'api-gateway-request', hide: 'THR' }
  const hidden = labelLines(nodeLabel(diagramFile(q.diagram), q.hide)!.text)
  expect(hidden.length).toBeGreaterThan(0)
  await openApp(page, host, '#/exams')
  await openPracticeOf(page, host, q.id)
  const figure = page.locator('.question figure.diagram')
  await expect(figure).toHaveAttribute('data-state', 'ok')
  await expect(figure.locator('svg')).toContainText('？')
  const exposed = await figure.evaluate((f) => {
    const attrs = [...f.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value))
    return `${f.textContent}\n${attrs.join('\n')}`
  })
  for (const line of hidden) expect(exposed, line).not.toContain(line)
  expect(exposed).not.toMatch(/flowchart-THR-/)
})

test('the node drill: click the node that does X, by mouse and by keyboard, and see the score', async ({ page, host }) => {
  const id = 'api-gateway-request'
  const prompts = asks(id)
  expect(prompts.length).toBeGreaterThanOrEqual(2)
  await openApp(page, host, `#/diagrams/${id}`)
  await page.getByRole('button', { name: /ノード当てドリル/ }).click()
  const drill = page.getByRole('region', { name: 'ノード当てドリル' })
  await expect(drill.locator('figure.diagram')).toHaveAttribute('data-state', 'ok')
  const nodeFor = async () => {
    const text = await drill.locator('.ask strong').innerText()
    return prompts.find((p) => p.prompt === text)!.node
  }
  const node = (n: string) => drill.locator(`g.node[id*="flowchart-${n}-"]`)

  // First prompt: the right node, clicked.
  const first = await nodeFor()
  await node(first).click()
  await expect(drill).toContainText('正解です')
  await expect(node(first)).toHaveClass(/pick-right/)
  await drill.getByRole('button', { name: '次へ' }).click()

  // Second prompt: a wrong node, chosen with the keyboard; the right one is then outlined.
  const second = await nodeFor()
  const wrong = prompts.find((p) => p.node !== second)!.node
  await node(wrong).focus()
  await page.keyboard.press('Enter')
  await expect(drill).toContainText('違います')
  await expect(node(wrong)).toHaveClass(/pick-wrong/)
  await expect(node(second)).toHaveClass(/pick-right/)

  for (let i = 2; i < prompts.length; i++) {
    await drill.getByRole('button', { name: '次へ' }).click()
    await node(await nodeFor()).click()
  }
  await drill.getByRole('button', { name: '次へ' }).click()
  await expect(drill).toContainText(`${prompts.length} 問中 ${prompts.length - 1} 問正解`)
})
