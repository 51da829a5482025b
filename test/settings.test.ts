import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { applyInputOverrides, readSettings, SettingsError } from '../src/settings.js'
import type { ActionSettings } from '../src/settings.js'

const event = {
  number: 7,
  pull_request: { number: 7, head: { sha: 'h'.repeat(40) }, base: { sha: 'b'.repeat(40) } },
  repository: { full_name: 'octo-org/octo-repo' }
}

function settingsWith(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  payload: unknown = event
): ActionSettings {
  const read = readAny(inputs, env, payload)
  if ('unsupported' in read) throw new Error(`unexpected unsupported event ${read.unsupported}`)
  return read
}

function readAny(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  payload: unknown = event
) {
  return readSettings(
    (name) => inputs[name] ?? '',
    {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_API_URL: 'http://127.0.0.1:9/',
      ...env
    },
    () => JSON.stringify(payload)
  )
}

describe('readSettings', () => {
  it('parses inputs and the event into frozen settings', () => {
    const s = settingsWith({
      'github-token': 't',
      mode: 'warn',
      'apply-to': 'all',
      'fail-on-incomplete': 'True'
    })
    expect(s).toMatchObject({
      token: 't',
      configPath: '.github/agent-pr-gate.yml',
      manifestPath: null,
      mode: 'warn',
      applyTo: 'all',
      failOnIncomplete: true,
      apiUrl: 'http://127.0.0.1:9',
      configExplicit: false,
      deadlineMs: 120_000,
      event: {
        kind: 'pull_request',
        target: { owner: 'octo-org', repo: 'octo-repo', number: 7, headSha: 'h'.repeat(40) }
      }
    })
    expect(Object.isFrozen(s)).toBe(true)
  })

  it('leaves unset inputs to the config', () => {
    const s = settingsWith({ 'github-token': 't' })
    expect([s.mode, s.applyTo, s.failOnIncomplete]).toEqual([null, null, null])
  })

  it('rejects an unknown mode naming the input, the value and the choices', () => {
    expect(() => settingsWith({ 'github-token': 't', mode: 'lenient' })).toThrow(
      /Input "mode" is "lenient", which is not one of enforce, warn, observe/
    )
  })

  it('rejects a non-boolean fail-on-incomplete instead of guessing', () => {
    expect(() => settingsWith({ 'github-token': 't', 'fail-on-incomplete': 'yes' })).toThrow(
      SettingsError
    )
  })

  it('refuses an empty token with the permissions to grant', () => {
    expect(() => settingsWith({})).toThrow(/pull-requests: read/)
  })

  it('reads the running workflow and run, so that the gate can leave its own runs out', () => {
    const s = settingsWith(
      { 'github-token': 't' },
      { GITHUB_WORKFLOW: 'agent-pr-gate', GITHUB_RUN_ID: '13712345678' }
    )
    expect([s.workflow, s.runId]).toEqual(['agent-pr-gate', 13712345678])
  })

  it('leaves the workflow and run null when unset or empty', () => {
    const s = settingsWith({ 'github-token': 't' }, { GITHUB_WORKFLOW: ' ', GITHUB_RUN_ID: '' })
    expect([s.workflow, s.runId]).toEqual([null, null])
    const unset = settingsWith({ 'github-token': 't' })
    expect([unset.workflow, unset.runId]).toEqual([null, null])
  })

  it.each(['abc', '12x', '-3', '0', '1e3', '1.5', '0x1f', '99999999999999999999'])(
    'ignores a run id that is not a positive integer (%s) instead of guessing',
    (raw) => {
      expect(settingsWith({ 'github-token': 't' }, { GITHUB_RUN_ID: raw }).runId).toBeNull()
    }
  )

  it.each(['push', 'workflow_dispatch', 'schedule', ''])(
    'reads nothing more for an event it does not gate (%s), not even the token',
    (name) => {
      expect(readAny({}, { GITHUB_EVENT_NAME: name })).toEqual({ unsupported: name })
    }
  )

  it('reads the queued pull request of a merge_group event from its ref', () => {
    const group = {
      merge_group: {
        head_sha: 'm'.repeat(40),
        base_sha: 'b'.repeat(40),
        head_ref: `refs/heads/gh-readonly-queue/main/pr-42-${'b'.repeat(40)}`
      },
      repository: { full_name: 'octo-org/octo-repo' }
    }
    const s = settingsWith({ 'github-token': 't' }, { GITHUB_EVENT_NAME: 'merge_group' }, group)
    expect(s.event).toEqual({
      kind: 'merge_group',
      target: expect.objectContaining({ prNumber: 42, headSha: 'm'.repeat(40) })
    })
  })

  it('marks a config input other than the default as one that must exist on the base', () => {
    expect(settingsWith({ 'github-token': 't', config: 'ci/gate.yml' }).configExplicit).toBe(true)
    expect(
      settingsWith({ 'github-token': 't', config: '.github/agent-pr-gate.yml' }).configExplicit
    ).toBe(false)
  })

  it.each(['0', '-1', '2.5', 'soon', '1801'])(
    'rejects a deadline-seconds of %s, naming the range',
    (raw) => {
      expect(() => settingsWith({ 'github-token': 't', 'deadline-seconds': raw })).toThrow(
        /deadline-seconds.*from 1 to 1800/
      )
    }
  )

  it('takes deadline-seconds in seconds', () => {
    expect(settingsWith({ 'github-token': 't', 'deadline-seconds': '5' }).deadlineMs).toBe(5000)
  })
})

describe('applyInputOverrides', () => {
  it('lets inputs make the gate stricter', () => {
    const base = { ...DEFAULT_CONFIG, mode: 'observe' as const, fail_on_incomplete: false }
    const { config, notes } = applyInputOverrides(base, {
      mode: 'enforce',
      applyTo: 'all',
      failOnIncomplete: true
    })
    expect([config.mode, config.apply_to, config.fail_on_incomplete]).toEqual([
      'enforce',
      'all',
      true
    ])
    expect(notes).toEqual([])
  })

  it('ignores inputs that would weaken the base config, with a note each', () => {
    const base = { ...DEFAULT_CONFIG, apply_to: 'all' as const }
    const { config, notes } = applyInputOverrides(base, {
      mode: 'observe',
      applyTo: 'agents',
      failOnIncomplete: false
    })
    expect([config.mode, config.apply_to, config.fail_on_incomplete]).toEqual([
      'enforce',
      'all',
      true
    ])
    expect(notes).toHaveLength(3)
    expect(notes[0]).toMatch(/mode "observe" ignored/)
  })
})
