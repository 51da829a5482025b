/**
 * Tests that went green only on a rerun, read from a JUnit XML report: Surefire's
 * `flakyFailure`/`flakyError` and `rerunFailure`/`rerunError` on a passing case, and a case
 * reported several times (pytest-rerunfailures, jest-junit with retries) that failed before it
 * passed. Parsing text is pure; collect reads the files.
 */
import type { JUnitReportText } from '../../model.js'

export interface JUnitFlip {
  name: string
  classname: string
  file: string
  /** Failed runs before the passing one. */
  failures: number
}

type XmlNode = Record<string, unknown>

/** What is read of an XML parser: fast-xml-parser's, configured in junit-parser.ts. */
export interface XmlReader {
  parse(xml: string): unknown
}

/**
 * Set when junit-parser.ts loads. The parser is a fifth of the code a gate run would load, so
 * only what hands reports over loads it: the JUnit reader, `record`, the library entry.
 */
let reader: XmlReader | null = null

export function useXmlReader(next: XmlReader): void {
  reader = next
}

/** Null when the text is not a JUnit report the parser can read. */
export function junitFlips(report: JUnitReportText): JUnitFlip[] | null {
  const root = parseReport(report)
  if (root === null) return null
  const flips: JUnitFlip[] = []
  const runs = new Map<
    string,
    { failed: number; last: 'passed' | 'failed' | 'skipped'; case: XmlNode }
  >()
  for (const testcase of testcases(root)) {
    const outcome = outcomeOf(testcase)
    const reruns = count(testcase, 'flakyFailure', 'flakyError', 'rerunFailure', 'rerunError')
    if (outcome === 'passed' && reruns > 0) {
      flips.push(flipOf(testcase, reruns))
      continue
    }
    const key = `${text(testcase.classname)}\u0000${text(testcase.name)}`
    const seen = runs.get(key)
    const failed = (seen?.failed ?? 0) + (outcome === 'failed' ? 1 : 0)
    runs.set(key, { failed, last: outcome, case: testcase })
  }
  for (const run of runs.values()) {
    if (run.last === 'passed' && run.failed > 0) flips.push(flipOf(run.case, run.failed))
  }
  return flips
}

/** Names of the test cases that failed or errored; null when the text is not a JUnit report. */
export function junitFailures(report: JUnitReportText): string[] | null {
  const root = parseReport(report)
  if (root === null) return null
  const names: string[] = []
  for (const testcase of testcases(root)) {
    if (outcomeOf(testcase) !== 'failed') continue
    const name = text(testcase.name)
    const classname = text(testcase.classname)
    names.push(classname === '' || name.startsWith(classname) ? name : `${classname} > ${name}`)
  }
  return names
}

function parseReport(report: JUnitReportText): XmlNode | null {
  if (reader === null) {
    throw new Error(
      'a JUnit report reached the analysis before its XML parser was loaded (import analyze/verifier/junit-parser.js first)'
    )
  }
  let root: unknown
  try {
    root = reader.parse(report.xml)
  } catch {
    return null
  }
  if (!isNode(root) || (!('testsuites' in root) && !('testsuite' in root))) return null
  return root
}

function* testcases(node: XmlNode): Generator<XmlNode> {
  for (const child of list(node.testcase)) yield child
  for (const key of ['testsuites', 'testsuite']) {
    for (const child of list(node[key])) yield* testcases(child)
  }
}

function outcomeOf(testcase: XmlNode): 'passed' | 'failed' | 'skipped' {
  if (count(testcase, 'failure', 'error') > 0) return 'failed'
  if ('skipped' in testcase) return 'skipped'
  return 'passed'
}

function flipOf(testcase: XmlNode, failures: number): JUnitFlip {
  return {
    name: text(testcase.name),
    classname: text(testcase.classname),
    file: text(testcase.file),
    failures
  }
}

function count(node: XmlNode, ...keys: string[]): number {
  return keys.reduce((sum, key) => sum + list(node[key]).length + (isText(node[key]) ? 1 : 0), 0)
}

function list(value: unknown): XmlNode[] {
  if (Array.isArray(value)) return value.map((v) => (isNode(v) ? v : {}))
  return isNode(value) ? [value] : []
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isText(value: unknown): boolean {
  return typeof value === 'string'
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
