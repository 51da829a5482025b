import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding } from '../../model.js'
import { approvalFix } from './approval-hint.js'
import { NO_FINDINGS } from './no-findings.js'
import { compileGlobs, matchChangedPaths } from './path-matcher.js'
import type { FileMatch, PathMatcher } from './path-matcher.js'
import { describeChange, pathEvidence } from './sensitive-paths.js'
import { WORKFLOW_FILE } from './workflow-privilege.js'
import { GATE_CONFIG_CHANGE } from './rules/gate-config-change.js'

/** The name every reference to the gate carries: the action's `uses:`, the CLI, a workflow name. */
const GATE_NAME = 'agent-pr-gate'
const LOCAL_ACTION_FILE = /^\.github\/actions\/.+\/action\.ya?ml$/i

const WHY =
  'An agent must not loosen its own supervision: this file decides how the gate runs or who can approve.'

/** The config's gate globs: the loader keeps the built-in ones in them (it can only add). */
export function compileGateMatcher(config: GateConfig): PathMatcher {
  return compileGlobs(config.sensitive.gate ?? [])
}

export function detectGateConfig(
  file: ChangedFile,
  matcher: PathMatcher,
  config: GateConfig
): readonly Finding[] {
  const configMatch = matchChangedPaths(matcher, file.path, file.oldPath)
  if (configMatch !== null) {
    return [
      gateFinding(file, describeChange(file, configMatch, 'the gate config'), config, configMatch)
    ]
  }
  const reason = gateWorkflowReason(file)
  if (reason === null) return NO_FINDINGS
  return [gateFinding(file, `${reason}: \`${file.path}\``, config, null)]
}

/** Why a workflow counts as the gate's own, or null: the diff is all the gate can read. */
function gateWorkflowReason(file: ChangedFile): string | null {
  const oldPath = file.oldPath ?? file.path
  if (!isWorkflowOrAction(file.path) && !isWorkflowOrAction(oldPath)) return null
  if (mentionsGateName(file.path) || mentionsGateName(oldPath)) {
    return 'Changes the workflow that runs the gate'
  }
  if (file.patchMissing) {
    return 'Changes a workflow whose content the diff does not show (it may run the gate)'
  }
  const mentionsGate = file.hunks.some(
    (hunk) =>
      hunk.section.toLowerCase().includes(GATE_NAME) ||
      hunk.lines.some((line) => line.content.toLowerCase().includes(GATE_NAME))
  )
  return mentionsGate ? 'Changes a workflow that runs the gate' : null
}

function isWorkflowOrAction(path: string): boolean {
  return WORKFLOW_FILE.test(path) || LOCAL_ACTION_FILE.test(path)
}

function mentionsGateName(path: string): boolean {
  return path.toLowerCase().includes(GATE_NAME)
}

function gateFinding(
  file: ChangedFile,
  message: string,
  config: GateConfig,
  match: FileMatch | null
): Finding {
  return {
    rule: GATE_CONFIG_CHANGE.id,
    severity: 'block',
    enforced: true,
    message,
    path: file.path,
    category: 'gate',
    ...(match === null ? {} : { evidence: pathEvidence(file, match) }),
    why: WHY,
    fix: `Blocks in every mode until approved. ${approvalFix(config, 'gate')}`
  }
}
