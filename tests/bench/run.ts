// `npm run bench`: prints one JSON object {"figures":[…]}; every figure carries a baseline
// measured in the same run. Progress goes to stderr so stdout stays one JSON object.
import { resolve } from 'node:path'
import { bundleFigures } from './bundle-bench'
import { contentFigures } from './content-bench'
import { dashboardFigures } from './dashboard-bench'
import { diagramFigures } from './diagram-bench'
import { examFigures } from './exam-bench'
import { firstNoteFigures } from './first-note-bench'
import { nextQuestionFigures } from './next-question-bench'
import { searchUiFigures } from './search-ui-bench'
import { reviewFigures } from './review-bench'
import type { Figure } from './measure'

const root = resolve(import.meta.dirname, '../..')
const content = resolve(root, 'content')
const figures: Figure[] = []
const step = async (label: string, fn: () => Figure[] | Promise<Figure[]>) => {
  process.stderr.write(`bench: ${label}…\n`)
  figures.push(...(await fn()))
}
await step('renderer bundle', () => bundleFigures(resolve(root, 'build/renderer')))
await step('content index and search', () => contentFigures(content))
await step('exam engine', () => examFigures(content))
await step('dashboard and annotations at scale', () => dashboardFigures(content))
await step('review queue at 50,000 log entries', () => reviewFigures(content))
await step('diagram rendering in Chromium', () => diagramFigures(root))
await step('first note visible in Chromium', () => firstNoteFigures(root))
await step('next question in a running practice set, in Chromium', () => nextQuestionFigures())
await step('search as you type, in Chromium', () => searchUiFigures())
process.stdout.write(`${JSON.stringify({ figures }, null, 1)}\n`)
