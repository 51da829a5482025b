/**
 * The XML parser of JUnit reports, handed to junit.ts when this module loads. Imported by what
 * hands reports to the analysis (the JUnit reader, `record`, the library entry), so that a gate
 * run without reports never loads it.
 */
import { XMLParser } from 'fast-xml-parser'
import { useXmlReader } from './junit.js'

/** Elements read as lists even when a report holds one of them. */
const REPEATED = new Set([
  'testsuites',
  'testsuite',
  'testcase',
  'failure',
  'error',
  'flakyFailure',
  'flakyError',
  'rerunFailure',
  'rerunError'
])

useXmlReader(
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => REPEATED.has(name)
  })
)
