/** A complete, valid agent-run/v1 manifest (contract 2.5 of the architecture, filled in). */
export function validManifest(): Record<string, unknown> {
  return {
    schema: 'agent-run/v1',
    agent: {
      name: 'codex',
      model: 'gpt-5.3-codex',
      run_id: 'run-42',
      log_url: 'https://agents.example.com/runs/42'
    },
    task: {
      id: 'ISSUE-123',
      request: 'Fix the off-by-one in pagination',
      scope: { paths: ['src/pagination/**', 'test/pagination/**'] },
      allow: ['refactor', 'format', 'deps']
    },
    actions: [
      {
        seq: 1,
        tool: 'edit',
        summary: 'src/pagination/page.ts',
        at: '2026-01-31T14:00:00Z',
        outcome: 'ok'
      },
      { seq: 2, tool: 'shell', summary: 'npm test', at: '2026-01-31T14:01:00Z', outcome: 'error' },
      { seq: 3, tool: 'shell', summary: 'npm test', at: '2026-01-31T14:02:00Z', outcome: 'ok' }
    ],
    tests: [
      {
        attempt: 1,
        command: 'npm test',
        tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
        status: 'failed',
        failed: ['pagination > last page']
      },
      {
        attempt: 2,
        command: 'npm test',
        tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
        status: 'passed'
      }
    ],
    context_snapshots: [
      {
        version: 3,
        summary: 'Fixed the bound',
        source_refs: ['src/pagination/page.ts'],
        diffs: [],
        after_action: 1
      }
    ],
    changes: [{ path: 'src/pagination/page.ts', after_snapshot: 3 }]
  }
}
