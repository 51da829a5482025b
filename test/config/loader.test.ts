import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../../src/config/defaults.js'
import { ConfigError } from '../../src/config/errors.js'
import { loadConfigFile, parseConfig } from '../../src/config/loader.js'

const FILE = '.github/agent-pr-gate.yml'

function configError(text: string): ConfigError {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('parseConfig', () => {
  it('returns the defaults for an empty file or one with only comments', () => {
    expect(parseConfig('', FILE)).toEqual(DEFAULT_CONFIG)
    expect(parseConfig('# nothing yet\n', FILE)).toEqual(DEFAULT_CONFIG)
  })

  it('reads the contract example of the architecture', () => {
    const config = parseConfig(
      [
        'version: 1',
        'mode: enforce',
        'apply_to: agents',
        'agents:',
        '  authors: [Copilot, "devin-ai-integration[bot]", "cursor[bot]", "claude[bot]"]',
        '  apps: [chatgpt-codex-connector]',
        '  branch_prefixes: [copilot/, codex/, claude/, cursor/, devin/]',
        'rules:',
        '  out-of-scope: block',
        '  format-only: warn',
        'minimality: { warn_below: 80, block_below: 50 }',
        'sensitive:',
        '  billing: ["**/billing/**"]',
        'require_human_approval_for: [deploy, prod_config, billing, secrets]',
        'max_actions_per_run: 50',
        'override:',
        '  label: agent-pr-gate/approved',
        '  category_label_prefix: "agent-pr-gate/approve:"',
        '  min_role: maintain',
        '  allow_author: false'
      ].join('\n'),
      FILE
    )
    expect(config.rules).toEqual({ 'out-of-scope': 'block', 'format-only': 'warn' })
    expect(config.agents.apps).toEqual(['chatgpt-codex-connector'])
    expect(config.sensitive.billing).toEqual(['**/billing/**'])
  })

  it('merges objects key by key and replaces lists', () => {
    const config = parseConfig(
      'version: 1\nagents:\n  authors: [my-bot]\nminimality:\n  warn_below: 90\n',
      FILE
    )
    expect(config.agents.authors).toEqual(['my-bot'])
    expect(config.agents.branch_prefixes).toEqual(DEFAULT_CONFIG.agents.branch_prefixes)
    expect(config.minimality).toEqual({ ...DEFAULT_CONFIG.minimality, warn_below: 90 })
    expect(config.override).toEqual(DEFAULT_CONFIG.override)
  })

  it('replaces a default sensitive category it names and adds new ones', () => {
    const config = parseConfig(
      'version: 1\nsensitive:\n  billing: ["src/money/**"]\n  auth: ["src/auth/**"]\n  ci: []\n',
      FILE
    )
    expect(config.sensitive.billing).toEqual(['src/money/**'])
    expect(config.sensitive.auth).toEqual(['src/auth/**'])
    expect(config.sensitive.ci).toEqual([])
    expect(config.sensitive.deploy).toEqual(DEFAULT_CONFIG.sensitive.deploy)
  })

  it('returns a deeply frozen config and leaves the defaults untouched', () => {
    const config = parseConfig('version: 1\nrules: { format-only: off }\n', FILE)
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.agents.authors)).toBe(true)
    expect(Object.isFrozen(config.sensitive.deploy)).toBe(true)
    expect(Object.isFrozen(DEFAULT_CONFIG.agents.authors)).toBe(false)
    expect(DEFAULT_CONFIG.rules).toEqual({})
  })

  it('names a missing version and says to add version: 1', () => {
    const error = configError('mode: warn\n')
    expect(error.problems).toEqual([
      { path: 'version', message: expect.stringContaining('version: 1') }
    ])
    expect(error.message).toContain(FILE)
    expect(error.message).toContain('add `version: 1`')
  })

  it('rejects any other version and reports only that', () => {
    const error = configError('version: 2\nfuture_key: true\n')
    expect(error.problems).toHaveLength(1)
    expect(error.message).toContain('version: is 2')
    expect(error.message).toContain('set `version: 1`')
  })

  it('names an unknown key and the valid key nearest to it', () => {
    const error = configError('version: 1\nminimality:\n  warn_belwo: 70\napply-to: all\n')
    expect(error.message).toContain(
      'minimality.warn_belwo: unknown key "warn_belwo"; did you mean "warn_below"?'
    )
    expect(error.message).toContain('apply-to: unknown key "apply-to"; did you mean "apply_to"?')
  })

  it('names an unknown rule id and the nearest rule id', () => {
    const error = configError('version: 1\nrules:\n  out-of-scpe: block\n')
    expect(error.problems).toEqual([
      {
        path: 'rules.out-of-scpe',
        message: 'unknown rule id "out-of-scpe"; did you mean "out-of-scope"?'
      }
    ])
  })

  it('names a value of the wrong type, the value and what is expected', () => {
    const error = configError('version: 1\nminimality:\n  warn_below: "80%"\n')
    expect(error.problems).toEqual([
      {
        path: 'minimality.warn_below',
        message: 'is "80%" (text); expected a number from 0 to 100'
      }
    ])
  })

  it('names a bad enum value and suggests the nearest allowed one', () => {
    const error = configError('version: 1\nmode: enforced\nrules: { format-only: error }\n')
    expect(error.message).toContain(
      'mode: is "enforced"; expected one of: enforce, warn, observe (did you mean "enforce"?)'
    )
    expect(error.message).toContain(
      'rules.format-only: is "error"; expected one of: off, info, warn, block'
    )
  })

  it('treats YAML 1.1 booleans as text and says true or false is expected', () => {
    const error = configError('version: 1\noverride:\n  allow_author: yes\n')
    expect(error.message).toContain(
      'override.allow_author: is "yes" (text); expected true or false'
    )
  })

  it('names list items by index', () => {
    const error = configError('version: 1\nagents:\n  authors: [ok, 12, ""]\n')
    expect(error.problems.map((problem) => problem.path)).toEqual([
      'agents.authors[1]',
      'agents.authors[2]'
    ])
  })

  it('says an empty key is null and an object is expected', () => {
    const error = configError('version: 1\nrules:\n')
    expect(error.message).toContain('rules: is null (an empty value); expected an object')
  })

  it('gives the line and column of a YAML syntax error', () => {
    const error = configError('version: 1\nsensitive:\n  billing: [a, b\nmode: warn\n')
    expect(error.problems[0]?.path).toBe('')
    expect(error.message).toMatch(/YAML syntax: .* at line \d+, column \d+/)
  })

  it('rejects duplicate keys, multiple documents and explicit tags', () => {
    expect(configError('version: 1\nmode: warn\nmode: enforce\n').message).toContain('line 3')
    expect(configError('version: 1\n---\nversion: 1\n').message).toContain('multiple documents')
    expect(configError('version: 1\nmode: !!binary d2Fybg==\n').message).toContain('Unresolved tag')
  })

  it('rejects a top level that is not a mapping', () => {
    expect(configError('- version: 1\n').message).toContain('the top level is a list of 1 item')
  })

  it('requires block_below <= warn_below, after merging with the defaults', () => {
    const error = configError('version: 1\nminimality: { block_below: 85 }\n')
    expect(error.problems).toEqual([
      {
        path: 'minimality.block_below',
        message: expect.stringContaining('is 85, above minimality.warn_below (80)')
      }
    ])
  })

  it('requires require_human_approval_for to name defined categories', () => {
    const error = configError('version: 1\nrequire_human_approval_for: [deploy, deploi]\n')
    expect(error.problems).toEqual([
      {
        path: 'require_human_approval_for[1]',
        message: expect.stringContaining('did you mean "deploy"?')
      }
    ])
    expect(
      parseConfig(
        'version: 1\nsensitive: { auth: [a] }\nrequire_human_approval_for: [auth]\n',
        FILE
      ).require_human_approval_for
    ).toEqual(['auth'])
  })

  it('rejects category names that are not lowercase identifiers', () => {
    const error = configError('version: 1\nsensitive:\n  Billing: [a]\n  "x y": [b]\n')
    expect(error.problems.map((problem) => problem.path)).toEqual([
      'sensitive.Billing',
      'sensitive["x y"]'
    ])
  })

  it('rejects an invalid allow pattern with the reason', () => {
    const error = configError('version: 1\nsecrets: { allow_patterns: ["(unclosed"] }\n')
    expect(error.problems[0]?.path).toBe('secrets.allow_patterns[0]')
    expect(error.problems[0]?.message).toContain('not a valid regular expression')
  })

  it('rejects a file over 1 MiB without parsing it', () => {
    const error = configError(`version: 1\n# ${'x'.repeat(1024 * 1024)}\n`)
    expect(error.message).toContain('over the 1048576-byte limit')
  })

  it('rejects absurd nesting before the YAML parser can overflow its stack', () => {
    expect(configError(`version: 1\nx: ${'['.repeat(5000)}`).message).toContain('nests deeper')
    expect(configError(`version: 1\nx: ${'- '.repeat(5000)}a`).message).toContain('nests deeper')
  })

  it('lists every problem in one error', () => {
    const error = configError('version: 1\nmode: loud\napply_to: bots\nmax_actions_per_run: 0\n')
    expect(error.problems.map((problem) => problem.path).sort()).toEqual([
      'apply_to',
      'max_actions_per_run',
      'mode'
    ])
  })
})

describe('prototype pollution', () => {
  const attempts = [
    'version: 1\n__proto__: { polluted: true }\n',
    'version: 1\nconstructor: { prototype: { polluted: true } }\n',
    'version: 1\nrules: { __proto__: { polluted: true } }\n',
    'version: 1\nsensitive: { __proto__: ["**"] }\n',
    'version: 1\nsensitive: { constructor: ["**"] }\n',
    'version: 1\nsensitive: { prototype: ["**"] }\n',
    '{"version": 1, "__proto__": {"polluted": true}, "agents": {"__proto__": {"authors": ["x"]}}}'
  ]
  for (const text of attempts) {
    it(`rejects ${JSON.stringify(text)} and changes nothing`, () => {
      expect(() => parseConfig(text, FILE)).toThrow(ConfigError)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
      expect(DEFAULT_CONFIG.agents.authors).not.toContain('x')
    })
  }
})

describe('loadConfigFile', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gate-config-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('returns frozen defaults with source "defaults" when an optional file is absent', async () => {
    const loaded = await loadConfigFile(join(dir, 'absent.yml'), { required: false })
    expect(loaded.source).toBe('defaults')
    expect(loaded.config).toEqual(DEFAULT_CONFIG)
    expect(Object.isFrozen(loaded.config.sensitive)).toBe(true)
  })

  it('names the path and the fix when a required file is absent', async () => {
    const path = join(dir, 'missing.yml')
    await expect(loadConfigFile(path, { required: true })).rejects.toThrow(
      new RegExp(`${path}[\\s\\S]*does not exist; create it`)
    )
  })

  it('reads and parses a file, with its path as the source', async () => {
    const path = join(dir, 'gate.yml')
    await writeFile(path, 'version: 1\nmode: warn\n')
    const loaded = await loadConfigFile(path, { required: true })
    expect(loaded).toEqual({ config: { ...DEFAULT_CONFIG, mode: 'warn' }, source: path })
  })

  it('names the file in validation errors', async () => {
    const path = join(dir, 'bad.yml')
    await writeFile(path, 'version: 1\nrules: { nope: off }\n')
    const error = await loadConfigFile(path, { required: false }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).source).toBe(path)
    expect((error as ConfigError).message).toContain(`Gate config ${path} is invalid`)
  })

  it('rejects a file over 1 MiB', async () => {
    const path = join(dir, 'huge.yml')
    await writeFile(path, `version: 1\n#${'x'.repeat(1024 * 1024)}`)
    await expect(loadConfigFile(path, { required: false })).rejects.toThrow(
      /over the 1048576-byte limit/
    )
  })

  it('rejects a directory', async () => {
    const path = join(dir, 'a-directory.yml')
    await mkdir(path)
    await expect(loadConfigFile(path, { required: false })).rejects.toThrow(/is a directory/)
  })
})
