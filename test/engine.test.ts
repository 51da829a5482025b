import { describe, expect, it } from '@jest/globals'
import * as engine from '../src/engine.js'

const DIFF = `diff --git a/src/pagination/page.ts b/src/pagination/page.ts
index 1111111..2222222 100644
--- a/src/pagination/page.ts
+++ b/src/pagination/page.ts
@@ -1,3 +1,3 @@
 export function last(items: string[]): string | undefined {
-  return items[items.length]
+  return items[items.length - 1]
 }
`

describe('the library entry', () => {
  it('exports the pipeline and its parts, and nothing else', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'DEFAULT_CONFIG',
      'DETECTOR_GROUPS',
      'EVERY_CHANGE',
      'RULES',
      'analyze',
      'buildReport',
      'changeSetOf',
      'classifyChange',
      'collectFromGit',
      'collectionOf',
      'decide',
      'parseConfig',
      'parseManifest',
      'parseUnifiedDiff',
      'renderJson',
      'renderMarkdown',
      'renderSarif',
      'renderText',
      'runGate'
    ])
  })

  it('gates a diff in-process the way the CLI does by default', () => {
    const parsed = engine.parseUnifiedDiff(DIFF)
    const changeSet = engine.changeSetOf({ source: 'diff', files: parsed.files })
    const { report, verdict } = engine.runGate(engine.collectionOf(changeSet))
    expect(verdict.verdict).toBe(report.verdict)
    expect(report.complete).toBe(true)
    expect(report.stats).toEqual({ files: 1, additions: 1, deletions: 1 })
    expect(report.approval).toBeNull()
    expect(report.apiCalls).toBe(0)
  })
})
