/**
 * A workflow edited to deploy to production: a job's `environment` set to a production name,
 * whatever the file is called (a `ci.yml` can deploy as well as a `deploy.yml`).
 */
import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding } from '../../model.js'
import { approvalFix, severityFor } from './approval-hint.js'
import { changedLines, enclosingKey, netAdded, stripYamlComment } from './hunk-lines.js'
import { NO_FINDINGS } from './no-findings.js'
import { WORKFLOW_FILE } from './workflow-privilege.js'
import { SENSITIVE_PATH } from './rules/sensitive-path.js'

/** `environment: production`, or `name: prod` under `environment:`. */
const ENVIRONMENT = /^\s*(?:-\s+)?(environment|name)\s*:\s*["']?([\w.-]+)/
const PRODUCTION = /^(?:prod|production|live|release)(?:[-_.]\w+)?$/i

export function detectProductionDeploy(file: ChangedFile, config: GateConfig): readonly Finding[] {
  if (!WORKFLOW_FILE.test(file.path)) return NO_FINDINGS
  const added: { key: string; line: number; name: string }[] = []
  const removed: { key: string; line: number; name: string }[] = []
  for (const { hunk, index, line } of changedLines(file)) {
    const m = ENVIRONMENT.exec(stripYamlComment(line.content))
    if (m === null || !PRODUCTION.test(m[2]!)) continue
    const side = line.kind === 'add' ? 'new' : 'old'
    if (m[1] === 'name' && enclosingKey(hunk, index, side) !== 'environment') continue
    ;(line.kind === 'add' ? added : removed).push({
      key: m[2]!.toLowerCase(),
      line: line.newLine ?? 0,
      name: m[2]!
    })
  }
  return netAdded(added, removed).map(({ line, name }) => ({
    rule: SENSITIVE_PATH.id,
    severity: severityFor(config, 'deploy'),
    message: `A workflow job now deploys to the \`${name}\` environment`,
    path: file.path,
    line,
    category: 'deploy',
    evidence: { environment: name },
    why: 'A job in a production environment gets its secrets and ships to live users as soon as it runs.',
    fix: approvalFix(config, 'deploy')
  }))
}
