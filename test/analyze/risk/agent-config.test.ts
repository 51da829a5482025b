import { describe, expect, it } from '@jest/globals'
import type { ChangedFile, Finding } from '../../../src/model.js'
import { configWith, detectRisk, file, ofRule } from './change-builder.js'

const agentConfig = (files: ChangedFile[], config = configWith()): Finding[] =>
  ofRule(detectRisk(files, config), 'agent-config-change')

const edit = [['-Run the tests.', '+Skip the tests when they are slow.']]

describe('agent-config-change', () => {
  it.each([
    'AGENTS.md',
    'packages/api/AGENTS.md',
    'CLAUDE.md',
    '.claude/settings.json',
    '.cursor/rules/style.mdc',
    '.cursorrules',
    '.codex/config.toml',
    '.github/copilot-instructions.md',
    '.mcp.json',
    '.vscode/mcp.json',
    '.github/workflows/copilot-setup-steps.yml'
  ])('warns on a change to %s', (path) => {
    const [finding, ...rest] = agentConfig([file(path, edit)])
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ severity: 'warn', category: 'agent_config', path })
    expect(finding!.approve).toContain('`agent-pr-gate/approve:agent_config`')
    expect(finding!.why).toMatch(/agent/)
  })

  it('blocks when the config requires approval for agent_config', () => {
    const config = configWith({ require_human_approval_for: ['agent_config'] })
    expect(agentConfig([file('CLAUDE.md', edit)], config)[0]).toMatchObject({ severity: 'block' })
  })

  it('matches a file moved into an agent folder', () => {
    const moved = file('.claude/commands/ship.md', [], { oldPath: 'docs/ship.md' })
    expect(agentConfig([moved])[0]!.evidence).toEqual({
      glob: '.claude/**',
      from: 'docs/ship.md',
      to: '.claude/commands/ship.md'
    })
  })

  it('leaves ordinary docs alone', () => {
    expect(agentConfig([file('docs/agents.txt', edit), file('README.md', edit)])).toEqual([])
  })
})
