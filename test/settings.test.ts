import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { applyInputOverrides, readSettings, SettingsError } from '../src/settings.js'

const event = {
  number: 7,
  pull_request: { number: 7, head: { sha: 'h'.repeat(40) }, base: { sha: 'b'.repeat(40) } },
  repository: { full_name: 'octo-org/octo-repo' }
}

function settingsWith(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return readSettings(
    (name) => inputs[name] ?? '',
    {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_API_URL: 'http://127.0.0.1:9/',
      ...env
    },
    () => JSON.stringify(event)
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
      target: { owner: 'octo-org', repo: 'octo-repo', number: 7, headSha: 'h'.repeat(40) }
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

  it('refuses events other than pull requests', () => {
    expect(() => settingsWith({ 'github-token': 't' }, { GITHUB_EVENT_NAME: 'push' })).toThrow(
      /event is "push".*pull_request/
    )
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
