import { describe, expect, it } from '@jest/globals'
import {
  MANIFEST_MAX_PROBLEMS,
  findManifestInBody,
  parseManifest,
  resolveManifest
} from '../../src/manifest/loader.js'
import type { ManifestProblem, ManifestState } from '../../src/model.js'
import { validManifest } from './fixtures.js'

const SOURCE = 'manifest input (agent-run.json)'

function problemsOf(state: ManifestState): ManifestProblem[] {
  if (state.status !== 'invalid') throw new Error(`expected invalid, got ${state.status}`)
  return state.problems
}

function withChange(change: (manifest: Record<string, unknown>) => void): string {
  const manifest = validManifest()
  change(manifest)
  return JSON.stringify(manifest)
}

describe('parseManifest', () => {
  it('accepts the contract example and keeps its source', () => {
    const state = parseManifest(JSON.stringify(validManifest()), SOURCE)
    expect(state).toEqual({ status: 'present', source: SOURCE, manifest: validManifest() })
  })

  it('accepts the smallest manifest: schema, agent name and request', () => {
    const text = '{"schema":"agent-run/v1","agent":{"name":"x"},"task":{"request":"Fix it"}}'
    expect(parseManifest(text, SOURCE).status).toBe('present')
  })

  it('accepts x- extension keys on any object and leaves them out of the result', () => {
    const text = withChange((manifest) => {
      manifest['x-vendor'] = { deep: [[[1]]] }
      ;(manifest.task as Record<string, unknown>)['x-note'] = 'hi'
      ;(manifest.tests as Record<string, unknown>[])[0]!['x-duration-ms'] = 1200
    })
    const state = parseManifest(text, SOURCE)
    expect(state).toEqual({ status: 'present', source: SOURCE, manifest: validManifest() })
  })

  it('returns a deeply frozen manifest', () => {
    const state = parseManifest(JSON.stringify(validManifest()), SOURCE)
    if (state.status !== 'present') throw new Error('expected present')
    expect(Object.isFrozen(state.manifest.task.scope?.paths)).toBe(true)
    expect(Object.isFrozen(state.manifest.tests?.[0])).toBe(true)
  })

  it('accepts a byte-order mark before the JSON', () => {
    expect(parseManifest(`\uFEFF${JSON.stringify(validManifest())}`, SOURCE).status).toBe('present')
  })

  it('names the pointer, the bad value and the expected form', () => {
    const text = withChange((manifest) => {
      ;(manifest.tests as Record<string, unknown>[])[1]!.status = 'flaky'
    })
    expect(problemsOf(parseManifest(text, SOURCE))).toEqual([
      {
        pointer: '/tests/1/status',
        message: 'is "flaky"; expected one of: passed, failed, error, skipped'
      }
    ])
  })

  it('names an unknown key with the nearest known key, and where extra keys may go', () => {
    const text = withChange((manifest) => {
      ;(manifest.task as Record<string, unknown>).scop = {}
      manifest.notes = 'free text'
    })
    const problems = problemsOf(parseManifest(text, SOURCE))
    expect(problems).toContainEqual({
      pointer: '/task/scop',
      message: 'unknown key "scop"; did you mean "scope"?'
    })
    expect(problems).toContainEqual({
      pointer: '/notes',
      message: expect.stringContaining('extension keys must start with "x-"')
    })
  })

  it('names a missing required key at its own pointer', () => {
    const text = withChange((manifest) => {
      delete (manifest.task as Record<string, unknown>).request
    })
    expect(problemsOf(parseManifest(text, SOURCE))).toEqual([
      { pointer: '/task/request', message: expect.stringMatching(/^is missing; add it/) }
    ])
  })

  it('requires the schema marker agent-run/v1', () => {
    const text = withChange((manifest) => {
      manifest.schema = 'agent-run/v2'
    })
    expect(problemsOf(parseManifest(text, SOURCE))).toEqual([
      { pointer: '/schema', message: 'is "agent-run/v2"; expected "agent-run/v1"' }
    ])
  })

  it('truncates long bad values and strips control and bidi characters', () => {
    const text = withChange((manifest) => {
      ;(manifest.agent as Record<string, unknown>).name = `\u202e\u0007${'z'.repeat(150)}`
    })
    const [problem] = problemsOf(parseManifest(text, SOURCE))
    expect(problem?.pointer).toBe('/agent/name')
    expect(problem?.message).not.toContain('\u0007')
    expect(problem?.message).not.toContain('\u202e')
    expect(problem?.message.length).toBeLessThan(200)
    expect(problem?.message).toContain('…')
  })

  it('rejects scope globs that negate or comment', () => {
    const text = withChange((manifest) => {
      ;(manifest.task as { scope: { paths: string[] } }).scope.paths = ['!src/**']
    })
    expect(problemsOf(parseManifest(text, SOURCE))).toEqual([
      { pointer: '/task/scope/paths/0', message: expect.stringContaining('no leading "!"') }
    ])
  })

  it('gives the line and column of a JSON syntax error at pointer ""', () => {
    const problems = problemsOf(
      parseManifest('{\n  "schema": "agent-run/v1",\n  "agent": {]\n}', SOURCE)
    )
    expect(problems).toEqual([
      {
        pointer: '',
        message:
          'is not valid JSON at line 3, column 13: expected a quoted key or \'}\' but found "]"; write the manifest as one JSON object (YAML is not accepted)'
      }
    ])
  })

  it('says that YAML is not accepted', () => {
    const [problem] = problemsOf(parseManifest('schema: agent-run/v1\n', SOURCE))
    expect(problem?.message).toContain('YAML is not accepted')
  })

  it('rejects an empty manifest and a non-object', () => {
    expect(problemsOf(parseManifest('  \n', SOURCE))[0]?.message).toContain('is empty')
    expect(problemsOf(parseManifest('[1]', SOURCE))).toEqual([
      { pointer: '', message: expect.stringContaining('expected an object') }
    ])
  })

  it('rejects a manifest over 5 MiB', () => {
    const text = withChange((manifest) => {
      manifest['x-padding'] = 'x'.repeat(5 * 1024 * 1024)
    })
    expect(problemsOf(parseManifest(text, SOURCE))[0]?.message).toContain(
      'over the 5242880-byte limit'
    )
  })

  it('requires test attempts, action seqs and snapshot versions to increase', () => {
    const text = withChange((manifest) => {
      ;(manifest.tests as { attempt: number }[])[1]!.attempt = 1
      ;(manifest.actions as { seq: number }[])[2]!.seq = 1
      manifest.context_snapshots = [
        { version: 2, source_refs: [] },
        { version: 2, source_refs: [] }
      ]
      manifest.changes = []
    })
    expect(problemsOf(parseManifest(text, SOURCE))).toEqual([
      {
        pointer: '/tests/1/attempt',
        message: expect.stringContaining('is 1, not greater than 1 at /tests/0/attempt')
      },
      {
        pointer: '/actions/2/seq',
        message: expect.stringContaining('is 1, not greater than 2 at /actions/1/seq')
      },
      {
        pointer: '/context_snapshots/1/version',
        message: expect.stringContaining('is 2, not greater than 2')
      }
    ])
  })

  it('requires snapshots and changes to refer to actions and snapshots that exist', () => {
    const text = withChange((manifest) => {
      ;(manifest.context_snapshots as { after_action: number }[])[0]!.after_action = 9
      ;(manifest.changes as { after_snapshot: number }[])[0]!.after_snapshot = 4
    })
    expect(problemsOf(parseManifest(text, SOURCE)).map((problem) => problem.pointer)).toEqual([
      '/context_snapshots/0/after_action',
      '/changes/0/after_snapshot'
    ])
  })

  it(`lists at most ${MANIFEST_MAX_PROBLEMS} problems and counts the rest`, () => {
    const text = withChange((manifest) => {
      manifest.actions = Array.from({ length: 1500 }, (_, index) => ({ seq: index + 1, tool: 7 }))
    })
    const problems = problemsOf(parseManifest(text, SOURCE))
    expect(problems).toHaveLength(MANIFEST_MAX_PROBLEMS + 1)
    expect(problems.at(-1)).toEqual({
      pointer: '',
      message: 'and 500 more problems, not listed; fix the ones above first'
    })
  })

  it('does not pollute prototypes through __proto__ or constructor keys', () => {
    const texts = [
      '{"schema":"agent-run/v1","agent":{"name":"x"},"task":{"request":"r"},"__proto__":{"polluted":true}}',
      '{"schema":"agent-run/v1","agent":{"name":"x","__proto__":{"polluted":true}},"task":{"request":"r"}}',
      '{"schema":"agent-run/v1","agent":{"name":"x"},"task":{"request":"r"},"constructor":{"prototype":{"polluted":true}}}',
      '{"schema":"agent-run/v1","agent":{"name":"x"},"task":{"request":"r"},"x-a":{"__proto__":{"polluted":true}}}'
    ]
    const states = texts.map((text) => parseManifest(text, SOURCE))
    expect(states.map((state) => state.status)).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'present'
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe('findManifestInBody', () => {
  it('finds a fenced agent-run block', () => {
    const body = 'Fixes the bound.\n\n```agent-run\n{"a": 1}\n```\n\nThanks'
    expect(findManifestInBody(body)).toEqual({
      text: '{"a": 1}',
      source: 'PR body (agent-run block)'
    })
  })

  it('finds a tilde fence, a longer fence, CRLF lines and an indented fence', () => {
    expect(findManifestInBody('~~~agent-run\n{}\n~~~')?.text).toBe('{}')
    expect(findManifestInBody('````agent-run\n```\n{}\n````')?.text).toBe('```\n{}')
    expect(findManifestInBody('x\r\n```agent-run\r\n{"a":1}\r\n```\r\n')?.text).toBe('{"a":1}')
    expect(findManifestInBody('  ```agent-run json\n{}\n  ```')?.text).toBe('{}')
  })

  it('reads an unclosed fence to the end, as Markdown renders it', () => {
    expect(findManifestInBody('```agent-run\n{"a": 1}\n')?.text).toBe('{"a": 1}\n')
  })

  it('ignores other languages and agent-run blocks nested in another fence', () => {
    expect(findManifestInBody('```json\n{}\n```')).toBeNull()
    expect(findManifestInBody('````markdown\n```agent-run\n{}\n```\n````')).toBeNull()
    expect(findManifestInBody('```agent-runner\n{}\n```')).toBeNull()
  })

  it('finds an HTML comment when there is no fenced block', () => {
    expect(findManifestInBody('Done.\n<!-- agent-run\n{"a": 1}\n-->')).toEqual({
      text: '\n{"a": 1}\n',
      source: 'PR body (agent-run comment)'
    })
  })

  it('ignores a comment inside a fenced block', () => {
    expect(findManifestInBody('```\n<!-- agent-run {} -->\n```')).toBeNull()
  })

  it('prefers a fenced block and names how many others it ignored', () => {
    const body =
      '<!-- agent-run {"c":1} -->\n```agent-run\n{"a":1}\n```\n~~~agent-run\n{"b":1}\n~~~'
    expect(findManifestInBody(body)).toEqual({
      text: '{"a":1}',
      source: 'PR body (first agent-run block; 2 other agent-run blocks ignored)'
    })
  })

  it('returns null without a block', () => {
    expect(findManifestInBody('')).toBeNull()
    expect(findManifestInBody('agent-run is mentioned but not attached <!-- note -->')).toBeNull()
  })
})

describe('resolveManifest', () => {
  const valid = JSON.stringify(validManifest())
  const body = `Fixes it.\n\`\`\`agent-run\n${valid}\n\`\`\``

  it('uses the file first', () => {
    const state = resolveManifest({ file: { text: valid, source: SOURCE }, prBody: body })
    expect(state.status === 'present' && state.source).toBe(SOURCE)
  })

  it('does not fall back to the PR body when the file is invalid', () => {
    const state = resolveManifest({ file: { text: '{', source: SOURCE }, prBody: body })
    expect(state).toMatchObject({ status: 'invalid', source: SOURCE })
  })

  it('uses the PR body without a file', () => {
    const state = resolveManifest({ prBody: body })
    expect(state.status === 'present' && state.source).toBe('PR body (agent-run block)')
  })

  it('is absent with neither', () => {
    expect(resolveManifest({})).toEqual({ status: 'absent' })
    expect(resolveManifest({ prBody: null })).toEqual({ status: 'absent' })
    expect(resolveManifest({ prBody: 'No manifest here.' })).toEqual({ status: 'absent' })
  })
})
