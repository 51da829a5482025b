#!/bin/sh
# Runs any coding agent under a run manifest the gate can read:
#   agent-pr-gate-run.sh --task-file FILE [--scope GLOB]... [--test "CMD"] [--manifest FILE]
#                        [--agent NAME] -- AGENT_COMMAND [ARGS...]
# The task and scope come from FILE (an issue exported by "gh issue view N --json
# number,title,body", or text with "Scope:" lines), written by a human before the run. The agent
# command, the files it changed and each --test run (through "agent-pr-gate record") go in the
# manifest. Set AGENT_PR_GATE to the command that runs the gate, split on spaces (default:
# npx --no-install agent-pr-gate).
set -eu

gate=${AGENT_PR_GATE:-npx --no-install agent-pr-gate}
manifest=.agent-run.json
agent=shell
task_file=
tests=
scopes=

usage() {
  echo "usage: agent-pr-gate-run.sh --task-file FILE [--scope GLOB]... [--test CMD] [--manifest FILE] [--agent NAME] -- AGENT_COMMAND [ARGS...]" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
    --task-file) [ $# -ge 2 ] || usage; task_file=$2; shift 2 ;;
    --scope) [ $# -ge 2 ] || usage; scopes="$scopes
$2"; shift 2 ;;
    --test) [ $# -ge 2 ] || usage; tests="$tests
$2"; shift 2 ;;
    --manifest) [ $# -ge 2 ] || usage; manifest=$2; shift 2 ;;
    --agent) [ $# -ge 2 ] || usage; agent=$2; shift 2 ;;
    --) shift; break ;;
    *) usage ;;
  esac
done
[ -n "$task_file" ] && [ $# -gt 0 ] || usage

# the scope flags become --scope arguments, one per line, without word splitting on spaces
set_scope_args() {
  printf '%s\n' "$scopes" | while IFS= read -r glob; do
    [ -n "$glob" ] && printf '%s\0' --scope "$glob"
  done
}
if [ -n "$scopes" ]; then
  set_scope_args | xargs -0 $gate manifest init --manifest "$manifest" --agent "$agent" --task-file "$task_file" --force
else
  $gate manifest init --manifest "$manifest" --agent "$agent" --task-file "$task_file" --force
fi

$gate manifest action --manifest "$manifest" --tool agent --summary "$*"
status=0
"$@" || status=$?
outcome=ok
[ "$status" -eq 0 ] || outcome=error

# the files the agent left changed, tracked or not, as one action
changed=$(git status --porcelain=v1 --untracked-files=all | sed -e 's/^...//' -e 's/.* -> //' | grep -vxF "$manifest" || true)
if [ -n "$changed" ]; then
  printf '%s\n' "$changed" | while IFS= read -r path; do printf '%s\0' --path "$path"; done |
    xargs -0 $gate manifest action --manifest "$manifest" --tool edit --summary "files the agent changed" --outcome "$outcome"
else
  $gate manifest action --manifest "$manifest" --tool agent --summary "the agent changed no file" --outcome "$outcome"
fi

test_status=0
if [ -n "$tests" ]; then
  printf '%s\n' "$tests" | while IFS= read -r command; do
    [ -n "$command" ] || continue
    $gate record --manifest "$manifest" -- sh -c "$command" || exit 1
  done || test_status=1
fi

[ "$status" -eq 0 ] || exit "$status"
exit "$test_status"
