/**
 * Agents' own event formats turned into manifest actions: Claude Code's and Cursor's hook input
 * (one JSON object on stdin per tool call) and Codex's `codex exec --json` lines. Pure and
 * defensive: the input comes from the agent's process, so unknown shapes yield nothing rather
 * than a throw, and every string is clipped to what the schema allows.
 */
import type { ManifestAction } from '../model.js'

export type ActionDraft = Omit<ManifestAction, 'seq'>

const SUMMARY_CHARS = 2000
const TOOL_CHARS = 200
const PATH_CHARS = 1024
const MAX_PATHS = 1000

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** One line of plain text: control characters become spaces, long text is cut with "...". */
export function clip(text: string, max: number): string {
  const line = text.replace(/\p{Cc}+/gu, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 3)}...` : line
}

/** A path the agent gave, relative to the repository root when it lies inside it. */
export function repoPath(path: string, root: string | undefined): string {
  const normalized = path.replaceAll('\\', '/')
  const prefix =
    root === undefined ? undefined : `${withoutTrailingSlashes(root.replaceAll('\\', '/'))}/`
  const relative =
    prefix !== undefined && normalized.startsWith(prefix)
      ? normalized.slice(prefix.length)
      : normalized
  return clip(relative.replace(/^\.\//, ''), PATH_CHARS)
}

function draft(
  tool: string,
  summary: string | undefined,
  extra: Partial<ActionDraft>
): ActionDraft {
  const paths = extra.paths?.filter((p) => p !== '').slice(0, MAX_PATHS)
  return {
    tool: clip(tool, TOOL_CHARS) || 'unknown',
    ...(summary !== undefined && clip(summary, SUMMARY_CHARS) !== ''
      ? { summary: clip(summary, SUMMARY_CHARS) }
      : {}),
    ...(extra.at !== undefined ? { at: extra.at } : {}),
    ...(extra.outcome !== undefined ? { outcome: extra.outcome } : {}),
    ...(paths !== undefined && paths.length > 0 ? { paths } : {})
  }
}

/**
 * Claude Code's `PostToolUse` (and `PostToolUseFailure`) hook input: `tool_name`, `tool_input`
 * (`command` for Bash, `file_path` for Read/Edit/Write, `notebook_path`, `path` or `pattern` for
 * search tools), `tool_response`, `cwd`.
 */
export function claudeCodeAction(input: unknown, at: string): ActionDraft | null {
  if (!isObject(input)) return null
  const tool = str(input.tool_name)
  if (tool === undefined) return null
  const toolInput = isObject(input.tool_input) ? input.tool_input : {}
  const root = str(input.cwd)
  const file = str(toolInput.file_path) ?? str(toolInput.notebook_path)
  const paths = file !== undefined ? [repoPath(file, root)] : []
  const summary =
    str(toolInput.command) ??
    (file !== undefined ? `${tool} ${repoPath(file, root)}` : undefined) ??
    str(toolInput.pattern) ??
    str(toolInput.description) ??
    str(toolInput.url)
  const failed =
    input.hook_event_name === 'PostToolUseFailure' ||
    (isObject(input.tool_response) && input.tool_response.success === false)
  return draft(tool, summary, { at, outcome: failed ? 'error' : 'ok', paths })
}

/**
 * Cursor's hook input: `hook_event_name` with `afterFileEdit` (`file_path`, `edits`),
 * `afterShellExecution` / `beforeShellExecution` (`command`), `beforeReadFile` (`file_path`),
 * `beforeMCPExecution` (`tool_name`); `workspace_roots` gives the repository root.
 */
export function cursorAction(input: unknown, at: string): ActionDraft | null {
  if (!isObject(input)) return null
  const event = str(input.hook_event_name)
  const roots = Array.isArray(input.workspace_roots) ? input.workspace_roots : []
  const root = str(roots[0])
  const file = str(input.file_path)
  switch (event) {
    case 'afterFileEdit':
      return file === undefined
        ? null
        : draft('edit', `edit ${repoPath(file, root)}`, {
            at,
            outcome: 'ok',
            paths: [repoPath(file, root)]
          })
    case 'beforeReadFile':
      return file === undefined
        ? null
        : draft('read', `read ${repoPath(file, root)}`, { at, paths: [repoPath(file, root)] })
    case 'afterShellExecution':
    case 'beforeShellExecution':
      return draft('shell', str(input.command), { at })
    case 'beforeMCPExecution':
    case 'afterMCPExecution':
      return draft(`mcp:${str(input.tool_name) ?? 'unknown'}`, str(input.tool_input), { at })
    default:
      return null
  }
}

/**
 * `codex exec --json` lines: `item.completed` events whose item (`type`, or `item_type` in the
 * first versions of the format) is `command_execution` (`command`, `exit_code`), `file_change`
 * (`changes: [{ path, kind }]`), `mcp_tool_call` (`server`, `tool`) or `web_search` (`query`).
 */
export function codexActions(jsonl: string, at: string): ActionDraft[] {
  const actions: ActionDraft[] = []
  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue
    let event: unknown
    try {
      event = JSON.parse(line)
    } catch {
      continue
    }
    if (!isObject(event) || event.type !== 'item.completed' || !isObject(event.item)) continue
    const item = event.item
    const kind = str(item.type) ?? str(item.item_type)
    if (kind === 'command_execution') {
      const failed = typeof item.exit_code === 'number' && item.exit_code !== 0
      actions.push(draft('shell', str(item.command), { at, outcome: failed ? 'error' : 'ok' }))
    } else if (kind === 'file_change') {
      const changes = Array.isArray(item.changes) ? item.changes.filter(isObject) : []
      const paths = changes.flatMap((c) =>
        str(c.path) ? [repoPath(String(c.path), undefined)] : []
      )
      const summary = changes
        .map((c) => `${str(c.kind) ?? 'change'} ${str(c.path) ?? '?'}`)
        .join(', ')
      actions.push(
        draft('edit', summary, { at, outcome: item.status === 'failed' ? 'error' : 'ok', paths })
      )
    } else if (kind === 'mcp_tool_call') {
      actions.push(draft(`mcp:${str(item.server) ?? 'unknown'}`, str(item.tool), { at }))
    } else if (kind === 'web_search') {
      actions.push(draft('web_search', str(item.query), { at }))
    }
  }
  return actions
}

function withoutTrailingSlashes(path: string): string {
  let end = path.length
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--
  return path.slice(0, end)
}
