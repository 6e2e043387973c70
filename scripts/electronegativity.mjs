// Runs @doyensec/electronegativity on the Electron sources and fails on any finding of MEDIUM
// severity or above. The CLI always exits 0 (and its option parsing is broken with the commander
// npm resolves today), so this calls its runner and then reads the SARIF it wrote.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity/dist/runner.js')
const { version: electronVersion } = require('electron/package.json')

const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'))
const sarifPath = join(dir, 'report.sarif')
const log = console.log
console.log = () => {} // the runner prints banners and tables; the SARIF is what we read
let result
try {
  result = await run(
    {
      input: resolve('electron'),
      output: sarifPath,
      isSarif: true,
      isRelative: true,
      customScan: [],
      // The CSP is sent as a response header by our app:// protocol handler (tested in
      // tests/unit/main/protocol.test.ts), which this global check cannot see.
      excludeFromScan: ['cspglobalcheck'],
      parserPlugins: [],
      electronVersionOverride: electronVersion,
      isVerbose: false,
    },
    false,
  )
} finally {
  console.log = log
}
// The runner writes the SARIF file asynchronously: wait for it.
let sarif = null
for (let i = 0; i < 100 && !sarif; i++) {
  try {
    sarif = JSON.parse(readFileSync(sarifPath, 'utf8'))
  } catch {
    await new Promise((r) => setTimeout(r, 50))
  }
}
rmSync(dir, { recursive: true, force: true })
if (!sarif) throw new Error('electronegativity wrote no SARIF report')
// SARIF carries only warning/note levels; the severity of each finding comes from the runner.
const severityOf = new Map(result.issues.map((i) => [`${i.id}|${i.location?.line ?? 0}`, i.severity?.name ?? 'UNKNOWN']))
const findings = (sarif.runs?.[0]?.results ?? []).map((r) => {
  const where = r.locations?.[0]?.physicalLocation
  const line = where?.region?.startLine
  const severity = String(severityOf.get(`${r.ruleId}|${line}`) ?? severityOf.get(`${r.ruleId}|${(line ?? 1) - 1}`) ?? 'UNKNOWN').toUpperCase()
  return { rule: r.ruleId, severity, level: r.level, file: where?.artifactLocation?.uri, line, message: r.message?.text }
})
if (findings.length !== result.issues.length) throw new Error(`SARIF has ${findings.length} results but the runner found ${result.issues.length}`)
const serious = findings.filter((f) => !/^(LOW|INFORMATIONAL)$/.test(f.severity))
console.log(
  `electronegativity ${electronVersion}: ${result.atomicChecks} atomic + ${result.globalChecks} global checks, ${findings.length} finding(s), ${serious.length} of medium severity or above; ${result.errors.length} file(s) not parsed`,
)
for (const f of findings) console.log(`  ${f.severity.padEnd(13)} ${f.rule} ${f.file}:${f.line} ${f.message ?? ''}`)
for (const e of result.errors) console.log(`  parse error: ${e.file ?? ''} ${e.message ?? e}`)
process.exit(serious.length || result.errors.length ? 1 : 0)
