import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding, RuleMeta } from '../../model.js'
import type { DetectorFamily } from '../family.js'
import { detectAgentConfig } from './agent-config.js'
import { detectDependencies } from './dependencies.js'
import { compileGateMatcher, detectGateConfig } from './gate-config.js'
import { detectGitattributes } from './gitattributes.js'
import { compileGlobs } from './path-matcher.js'
import { compileSecretScanner } from './secrets.js'
import { compileSensitiveCategories, detectSensitivePaths } from './sensitive-paths.js'
import { detectWorkflowPrivilege } from './workflow-privilege.js'

const RISK_RULES: readonly RuleMeta[] = [
  {
    id: 'sensitive-path',
    defaultLevel: 'block',
    summary: 'Changes a sensitive path; blocks for categories in require_human_approval_for.'
  },
  {
    id: 'secret-in-diff',
    defaultLevel: 'block',
    summary: 'Adds a line holding a credential: a known token format or a secret-like assignment.'
  },
  {
    id: 'workflow-privilege',
    defaultLevel: 'block',
    summary:
      'Raises CI privilege: token permissions, pull_request_target, secrets, unpinned actions.'
  },
  {
    id: 'agent-config-change',
    defaultLevel: 'warn',
    summary:
      'Changes agent instructions or tool config (AGENTS.md, CLAUDE.md, .cursor/, .mcp.json).'
  },
  {
    id: 'gate-config-change',
    defaultLevel: 'block',
    summary: 'Changes the gate config, the workflow running the gate, CODEOWNERS or rulesets.',
    locked: true
  },
  {
    id: 'dependency-change',
    defaultLevel: 'warn',
    summary: 'Changes dependency manifests or lockfiles; a new or changed install script blocks.'
  }
]

/** Sensitive paths, secrets, CI privilege, agent and gate config, dependencies. */
export const riskFamily: DetectorFamily = {
  name: 'risk',
  rules: RISK_RULES,
  detect({ changeSet, config }) {
    const detect = compileRiskDetectors(config)
    const findings: Finding[] = []
    for (const file of changeSet.files) detect(file, findings)
    return { findings }
  }
}

/**
 * Globs and allowlists compiled once per run, then every file goes through every rule; findings
 * are appended in rule order to one list rather than spread into a new array per file.
 */
function compileRiskDetectors(
  config: GateConfig
): (file: ChangedFile, findings: Finding[]) => void {
  const categories = compileSensitiveCategories(config)
  const agentConfig = compileGlobs(config.sensitive.agent_config ?? [])
  const dependencies = compileGlobs(config.sensitive.dependencies ?? [])
  const gate = compileGateMatcher(config)
  const secrets = compileSecretScanner(config)
  return (file, findings) => {
    append(findings, detectGateConfig(file, gate, config))
    append(findings, detectGitattributes(file, config))
    append(findings, detectSensitivePaths(file, categories, config))
    append(findings, detectWorkflowPrivilege(file, config))
    append(findings, detectAgentConfig(file, agentConfig, config))
    append(findings, detectDependencies(file, dependencies, config))
    append(findings, secrets.scan(file))
  }
}

function append(to: Finding[], found: readonly Finding[]): void {
  for (let i = 0; i < found.length; i++) to.push(found[i])
}
