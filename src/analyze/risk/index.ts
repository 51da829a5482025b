import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding } from '../../model.js'
import type { DetectorGroup } from '../family.js'
import { detectAgentConfig } from './agent-config.js'
import { detectDependencies } from './dependencies.js'
import { detectProductionDeploy } from './deploy-workflow.js'
import { compileGateMatcher, detectGateConfig } from './gate-config.js'
import { detectSubmodule, detectSymlink, SYMLINK_MODE } from './links.js'
import { detectGitattributes } from './gitattributes.js'
import { compileGlobs } from './path-matcher.js'
import { compileSecretScanner } from './secrets.js'
import {
  compileSensitiveCategories,
  detectSensitivePaths,
  type SensitiveCategory
} from './sensitive-paths.js'
import { detectWorkflowPrivilege } from './workflow-privilege.js'

/** Sensitive paths, secrets, CI privilege, agent and gate config, dependencies. */
export const riskDetectors: DetectorGroup = {
  name: 'risk',
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
  // A symlink's target is judged as a path of its own: no test-folder exemption applies to it.
  // Compiled at the first symlink: most changes have none.
  let targets: SensitiveCategory[] | undefined
  const targetsOf = (): SensitiveCategory[] =>
    (targets ??= compileSensitiveCategories({
      ...config,
      tests: { ...config.tests, exempt_categories: [] }
    }))
  const agentConfig = compileGlobs(config.sensitive.agent_config ?? [])
  const dependencies = compileGlobs(config.sensitive.dependencies ?? [])
  const gate = compileGateMatcher(config)
  const secrets = compileSecretScanner(config)
  return (file, findings) => {
    append(findings, detectGateConfig(file, gate, config))
    append(findings, detectGitattributes(file, config))
    append(findings, detectSensitivePaths(file, categories, config))
    append(findings, detectWorkflowPrivilege(file, config))
    append(findings, detectProductionDeploy(file, config))
    append(findings, detectAgentConfig(file, agentConfig, config))
    append(findings, detectDependencies(file, dependencies, config))
    if (file.newMode === SYMLINK_MODE) append(findings, detectSymlink(file, targetsOf(), config))
    append(findings, detectSubmodule(file, config))
    append(findings, secrets.scan(file))
  }
}

function append(to: Finding[], found: readonly Finding[]): void {
  for (let i = 0; i < found.length; i++) to.push(found[i])
}
