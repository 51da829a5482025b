/** `test-skipped`: skip, todo, expected-failure and focus (`.only`) markers an edit adds on net. */
import type { Finding } from '../../model.js'
import { excerpt } from './diff-lines.js'
import { LANGUAGE_MARKERS, type SkipKind, type SkipMarker } from './language-markers.js'
import { netAddedMarkers } from './net-markers.js'
import type { ScannedFile } from './scan.js'

const WHAT: Record<SkipKind, string> = {
  skip: 'A test is skipped or disabled',
  todo: 'A test is turned into a todo',
  xfail: 'A test is marked as expected to fail',
  only: 'A focused test (`.only`) is left in: every other test in the run is skipped'
}

export function skippedTests(scanned: readonly ScannedFile[]): Finding[] {
  const findings: Finding[] = []
  for (const file of scanned) {
    if (file.language === null) continue
    const { skips, skipHint } = LANGUAGE_MARKERS[file.language]
    for (const { marker, line } of netAddedMarkers(file, skips, kindOf, skipHint)) {
      findings.push({
        rule: 'test-skipped',
        severity: 'block',
        message: `${WHAT[marker.kind]}: \`${excerpt(line.content)}\``,
        path: file.file.path,
        line: line.newLine ?? undefined,
        evidence: { marker: marker.kind, text: excerpt(line.content) },
        why: 'A skipped test cannot fail, so a green run no longer says the code works.',
        fix: 'Fix the code or the test instead, or remove the marker; a maintainer approves a deliberate skip.'
      })
    }
  }
  return findings
}

function kindOf(marker: SkipMarker): SkipKind {
  return marker.kind
}
