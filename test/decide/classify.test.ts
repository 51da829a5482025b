import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../../src/config/defaults.js'
import type { GateConfig } from '../../src/config/types.js'
import { classifyChange } from '../../src/decide/classify.js'
import { coAuthorTrailers } from '../../src/trailers.js'
import type { ChangeSet, CommitInfo, PullRequestInfo } from '../../src/model.js'
import { changeSet as changeSetOf, commit as commitOf, pullRequest } from '../support/change-set.js'

function pr(overrides: Partial<PullRequestInfo> = {}): PullRequestInfo {
  return pullRequest({
    owner: 'octo-org',
    repo: 'octo-repo',
    author: { login: 'alice', type: 'User' },
    headRef: 'fix/pagination',
    url: 'https://github.com/octo-org/octo-repo/pull/7',
    deletions: 0,
    ...overrides
  })
}

function commit(message: string, authorLogin: string | null = 'alice'): CommitInfo {
  return commitOf(message, { sha: 'c'.repeat(40), authorLogin })
}

function changeSet(overrides: Partial<ChangeSet> = {}): ChangeSet {
  return changeSetOf([], {
    source: 'github',
    base: 'b'.repeat(40),
    head: 'a'.repeat(40),
    pr: pr(),
    commits: [commit('Fix the last page')],
    ...overrides
  })
}

describe('classifyChange', () => {
  it('treats a human PR without any agent signal as not agent-authored, and says why', () => {
    const result = classifyChange(changeSet(), DEFAULT_CONFIG)
    expect(result.agent).toBe(false)
    expect(result.reasons).toEqual([
      'author @alice is not a listed agent, branch fix/pagination has no ' +
        'agent prefix, no agent co-authors, no run manifest'
    ])
  })

  it('recognizes a listed agent author regardless of case', () => {
    const result = classifyChange(
      changeSet({ pr: pr({ author: { login: 'copilot', type: 'Bot' } }) }),
      DEFAULT_CONFIG
    )
    expect(result.agent).toBe(true)
    expect(result.reasons).toContain('author @copilot is a listed agent')
  })

  it('does not count a bot that is not a listed agent, such as dependabot', () => {
    const result = classifyChange(
      changeSet({
        pr: pr({ author: { login: 'dependabot[bot]', type: 'Bot' }, headRef: 'dependabot/npm' })
      }),
      DEFAULT_CONFIG
    )
    expect(result.agent).toBe(false)
    expect(result.reasons[0]).toMatch(/author @dependabot\[bot\] is a bot but not a listed agent/)
  })

  it("counts a listed app's bot account and a PR opened through a listed app", () => {
    const config: GateConfig = {
      ...DEFAULT_CONFIG,
      agents: { ...DEFAULT_CONFIG.agents, authors: [], apps: ['my-agent'] }
    }
    const byBot = classifyChange(
      changeSet({ pr: pr({ author: { login: 'my-agent[bot]', type: 'Bot' } }) }),
      config
    )
    expect(byBot.reasons).toEqual(['author @my-agent[bot] is the bot of listed agent app my-agent'])
    const viaApp = classifyChange(changeSet({ pr: pr({ appSlug: 'My-Agent' }) }), config)
    expect(viaApp.reasons).toEqual(['opened through listed agent app My-Agent'])
  })

  it('recognizes agent branch prefixes, from the PR or from a local head ref', () => {
    const fromPr = classifyChange(changeSet({ pr: pr({ headRef: 'codex/fix-1' }) }), DEFAULT_CONFIG)
    expect(fromPr.reasons).toEqual(['branch codex/fix-1 starts with agent prefix codex/'])
    const local = classifyChange(
      changeSet({ source: 'git', pr: null, head: 'claude/try', commits: [] }),
      DEFAULT_CONFIG
    )
    expect(local).toEqual({
      agent: true,
      reasons: ['branch claude/try starts with agent prefix claude/']
    })
  })

  it('recognizes Co-authored-by trailers and commits authored by a listed agent', () => {
    const commits = [
      commit('Fix\n\nCo-authored-by: Claude <noreply@anthropic.com>'),
      commit('More', 'Copilot')
    ]
    const result = classifyChange(changeSet({ commits }), DEFAULT_CONFIG)
    expect(result.agent).toBe(true)
    expect(result.reasons).toEqual([
      'commit ccccccc is co-authored by agent Claude <noreply@anthropic.com>',
      'commit ccccccc is authored by listed agent @Copilot'
    ])
  })

  it('ignores co-authors who are people', () => {
    const commits = [commit('Fix\n\nCo-authored-by: Bob Smith <bob@example.com>')]
    expect(classifyChange(changeSet({ commits }), DEFAULT_CONFIG).agent).toBe(false)
  })

  it('counts an attached run manifest, even an invalid one', () => {
    const invalid = classifyChange(
      changeSet({ manifest: { status: 'invalid', source: 'PR body', problems: [] } }),
      DEFAULT_CONFIG
    )
    expect(invalid.reasons).toEqual(['an invalid agent run manifest is attached (PR body)'])
  })

  it('follows the configured lists, so a team can turn a signal off', () => {
    const config: GateConfig = {
      ...DEFAULT_CONFIG,
      agents: { authors: [], apps: [], branch_prefixes: [], coauthors: [] }
    }
    const result = classifyChange(
      changeSet({
        pr: pr({ author: { login: 'Copilot', type: 'Bot' }, headRef: 'copilot/x' }),
        commits: [commit('x\n\nCo-authored-by: Claude <noreply@anthropic.com>')]
      }),
      config
    )
    expect(result.agent).toBe(false)
  })
})

describe('coAuthorTrailers', () => {
  it('reads every trailer, whatever the case of the key', () => {
    const message =
      'Fix\n\nco-authored-by: A B <1+ab@users.noreply.github.com>\nCo-Authored-By: C <c@x.y>\n'
    expect(coAuthorTrailers(message)).toEqual([
      { name: 'A B', email: '1+ab@users.noreply.github.com' },
      { name: 'C', email: 'c@x.y' }
    ])
  })
})
