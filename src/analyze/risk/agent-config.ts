import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding } from '../../model.js'
import { approvalFix, severityFor } from './approval-hint.js'
import { NO_FINDINGS } from './no-findings.js'
import { matchChangedPaths } from './path-matcher.js'
import type { PathMatcher } from './path-matcher.js'
import { describeChange, pathEvidence } from './sensitive-paths.js'
import { AGENT_CONFIG_CHANGE } from './rules/agent-config-change.js'

const WHY =
  'Agent instructions, rules and MCP servers steer every later agent run, including what it may skip or call.'

/** Agent control files (AGENTS.md, CLAUDE.md, .cursor/, .mcp.json...): the `agent_config` globs. */
export function detectAgentConfig(
  file: ChangedFile,
  matcher: PathMatcher,
  config: GateConfig
): readonly Finding[] {
  const match = matchChangedPaths(matcher, file.path, file.oldPath)
  if (match === null) return NO_FINDINGS
  return [
    {
      rule: AGENT_CONFIG_CHANGE.id,
      severity: severityFor(config, 'agent_config'),
      message: describeChange(file, match, 'an agent config file'),
      path: file.path,
      category: 'agent_config',
      evidence: pathEvidence(file, match),
      why: WHY,
      approve: approvalFix(config, 'agent_config')
    }
  ]
}
