import { execFile } from 'node:child_process';
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { U as UsageError, s as systemReason, V as VERSION } from './errors3.js';
import './errors.js';
import './errors2.js';
import './failure.js';

/**
 * `agent-pr-gate init`: writes the gate's workflow and a commented config into a repository,
 * never over an existing file unless --force, and prints what a maintainer still has to do.
 */
const WORKFLOW_PATH = '.github/workflows/agent-pr-gate.yml';
const CONFIG_PATH = '.github/agent-pr-gate.yml';
const APPROVAL_LABEL = 'agent-pr-gate/approved';
function workflowTemplate(version) {
    return `# Gates pull requests written by AI coding agents: https://github.com/agent-pr-gate/agent-pr-gate
name: agent-pr-gate
on:
  pull_request:
    # labeled/unlabeled re-run the gate when a maintainer approves; synchronize after each push.
    types: [opened, synchronize, reopened, ready_for_review, labeled, unlabeled, edited]
  # A merge queue runs required checks on its own commits: the gate answers there too.
  merge_group:
    types: [checks_requested]

# Least privilege: read the code and CI history, write only the check run and one comment.
permissions:
  contents: read
  pull-requests: write
  checks: write
  actions: read

concurrency:
  # A push and a label close together: only the latest run's verdict matters.
  group: agent-pr-gate-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true

jobs:
  gate:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      # No checkout and no build: nothing from the pull request runs here.
      # Pin a release (@v1.0.0), the major tag (@v1, moved to every 1.x release) or a commit SHA.
      - uses: agent-pr-gate/agent-pr-gate@v${version}
`;
}
const CONFIG_TEMPLATE = `# yaml-language-server: $schema=https://raw.githubusercontent.com/agent-pr-gate/agent-pr-gate/v1/schema/config.schema.json
# agent-pr-gate reads this file from the pull request's BASE branch, so a PR cannot weaken the
# gate that judges it. Every key has a default; the commented ones show it. Reference:
# https://github.com/agent-pr-gate/agent-pr-gate/blob/v1/docs/configuration.md
version: 1

# enforce: blocking findings fail the check; warn: they only warn; observe: report, never fail.
mode: enforce

# agents: gate only PRs with an agent signal (author, branch prefix, co-author, manifest); all.
apply_to: agents

# Block when the gate cannot see the whole change (a truncated diff, patches GitHub left out).
fail_on_incomplete: true

# Who counts as an agent (lists replace the defaults; matching ignores case).
# agents:
#   authors: [Copilot, 'copilot-swe-agent[bot]', 'devin-ai-integration[bot]', 'cursor[bot]']
#   branch_prefixes: [copilot/, codex/, claude/, cursor/, devin/]

# A rule's level: off, warn or block. Locked rules (config-invalid, gate-config-change) always
# block. Every rule id: https://github.com/agent-pr-gate/agent-pr-gate/blob/v1/docs/rules.md
# rules:
#   format-only: warn
#   dependency-change: block

# minimality:
#   warn_below: 80
#   block_below: 50

# Sensitive-path categories that block until a maintainer approves; the others warn.
require_human_approval_for: [deploy, prod_config, billing, secrets]

# The approval: a user with min_role or higher applies the label after the latest push.
# agent-pr-gate/approve:<category> approves one category only.
override:
  label: ${APPROVAL_LABEL}
  min_role: maintain # read < triage < write < maintain < admin
  allow_author: false
`;
const execFileAsync = promisify(execFile);
/** The repository's top level, so the files land in .github/ whatever subdirectory we are in. */
async function topLevel(dir) {
    try {
        const { stdout } = await execFileAsync('git', ['rev-parse', '--show-toplevel'], { cwd: dir });
        return stdout.trim();
    }
    catch {
        throw new UsageError(`"${dir}" is not inside a git repository; run agent-pr-gate init at your repository's root, or pass --repo DIR`);
    }
}
async function exists(path) {
    try {
        await stat(path);
        return true;
    }
    catch {
        return false;
    }
}
async function runInit(options, io) {
    const root = await topLevel(options.repo);
    const files = [
        [WORKFLOW_PATH, workflowTemplate(VERSION)],
        [CONFIG_PATH, CONFIG_TEMPLATE]
    ];
    if (!options.force) {
        const present = [];
        for (const [path] of files)
            if (await exists(join(root, path)))
                present.push(path);
        if (present.length > 0) {
            throw new UsageError(`${present.join(' and ')} already ${present.length > 1 ? 'exist' : 'exists'}; nothing was written. Pass --force to overwrite, or edit the file by hand`);
        }
    }
    for (const [path, text] of files) {
        const target = join(root, path);
        try {
            await mkdir(join(target, '..'), { recursive: true });
            await writeFile(target, text);
        }
        catch (error) {
            throw new UsageError(`cannot write ${path}: ${systemReason(error)}`);
        }
        io.stdout.write(`wrote ${path}\n`);
    }
    io.stdout.write(`
Next steps:
  1. Commit both files and merge them to the default branch: the gate reads its config from
     the base branch of each pull request.
  2. Make the "agent-pr-gate" check required: Settings > Rules > Rulesets > New branch ruleset,
     "Require status checks to pass", add agent-pr-gate (source: GitHub Actions).
  3. To approve a blocked pull request, a user with the maintain role or higher applies the
     label "${APPROVAL_LABEL}" after the latest push ("agent-pr-gate/approve:<category>"
     approves one category). Create the label once: gh label create ${APPROVAL_LABEL}
`);
    return 0;
}

export { CONFIG_PATH, CONFIG_TEMPLATE, WORKFLOW_PATH, runInit, workflowTemplate };
