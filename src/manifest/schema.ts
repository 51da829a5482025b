/**
 * JSON Schema of the agent run manifest, `agent-run/v1`. The source of truth: the published copy
 * `schema/agent-run.schema.json` is generated from it (a test keeps the two identical).
 * Strict everywhere, except that any object may carry extension keys starting with `x-`.
 */
import type { SchemaObject } from 'ajv'

export const MANIFEST_SCHEMA_ID = 'urn:agent-pr-gate:agent-run:v1'

const PLAIN_TEXT = '^[^\\u0000-\\u001f\\u007f]+$'
const SCOPE_GLOB = '^(?![!#])[^\\u0000-\\u001f\\u007f]+$'
const GIT_OBJECT_ID = '^[0-9a-fA-F]{7,64}$'
const TIMESTAMP =
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})$'
const HTTP_URL = '^https?://[^\\s]+$'

/** The expected form of each pattern, in words, for error messages. */
export const MANIFEST_PATTERN_FORMS: Readonly<Record<string, string>> = {
  [PLAIN_TEXT]: 'one line of text without control characters',
  [SCOPE_GLOB]:
    'a repository-relative glob such as "src/pagination/**" (no leading "!" or "#", no control characters)',
  [GIT_OBJECT_ID]: 'a git object id: 7 to 64 hex digits',
  [TIMESTAMP]: 'an ISO 8601 date-time with a zone, such as "2026-01-31T14:05:00Z"',
  [HTTP_URL]: 'an http(s) URL'
}

const EXTENSIONS = { '^x-': {} }
const MAX_INTEGER = 1_000_000_000

function object(
  description: string,
  properties: Record<string, SchemaObject>,
  required: string[] = []
): SchemaObject {
  return {
    type: 'object',
    description,
    properties,
    patternProperties: EXTENSIONS,
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {})
  }
}

function text(description: string, maxLength: number, pattern?: string): SchemaObject {
  return {
    type: 'string',
    description,
    minLength: 1,
    maxLength,
    ...(pattern ? { pattern } : {})
  }
}

function list(description: string, items: SchemaObject, maxItems: number): SchemaObject {
  return { type: 'array', description, items, maxItems }
}

function counter(description: string): SchemaObject {
  return { type: 'integer', description, minimum: 1, maximum: MAX_INTEGER }
}

const path = text('A repository-relative path.', 1024, PLAIN_TEXT)
const at = text('When, as an ISO 8601 date-time with a zone.', 40, TIMESTAMP)

export const MANIFEST_SCHEMA: SchemaObject = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: MANIFEST_SCHEMA_ID,
  title: 'agent-run/v1: what a coding agent did in one run',
  description:
    'Attached by the agent to its pull request. Untrusted: the gate cross-checks it and never lets it grant anything. Keys starting with "x-" are allowed on every object and ignored.',
  type: 'object',
  properties: {
    schema: { type: 'string', const: 'agent-run/v1', description: 'Always "agent-run/v1".' },
    agent: object(
      'The agent that made the change.',
      {
        name: text('The agent, such as "codex" or "claude-code".', 200, PLAIN_TEXT),
        model: text('The model the agent ran on.', 200, PLAIN_TEXT),
        run_id: text("The run's id in the agent's own system.", 200, PLAIN_TEXT),
        log_url: text('Where a human can read the full run log.', 2048, HTTP_URL)
      },
      ['name']
    ),
    task: object(
      'What the human asked for.',
      {
        id: text('The issue or ticket, such as "ISSUE-123".', 200, PLAIN_TEXT),
        request: text('The request, in the words the human used.', 20_000),
        scope: object(
          'Where the change may go. Without it, out-of-scope is not checked.',
          {
            paths: {
              ...list(
                'Globs of the files the task may change (minimatch, dot files included; a directory also covers what is under it).',
                text('A repository-relative glob.', 1024, SCOPE_GLOB),
                100
              ),
              minItems: 1
            }
          },
          ['paths']
        ),
        allow: list(
          'What the human explicitly permitted beyond the task itself.',
          {
            type: 'string',
            enum: ['refactor', 'format', 'deps', 'tests', 'config', 'rename', 'move'],
            description: 'A kind of change the human allowed.'
          },
          20
        )
      },
      ['request']
    ),
    actions: list(
      'Every tool call of the run, in order.',
      object(
        'One tool call.',
        {
          seq: counter('Position in the run: 1, 2, 3, ... unique and increasing.'),
          tool: text('The tool, such as "shell", "edit" or "browser".', 200, PLAIN_TEXT),
          summary: text('What the call did, such as the command line.', 2000),
          at,
          outcome: {
            type: 'string',
            enum: ['ok', 'error', 'skipped'],
            description: 'How the call ended.'
          },
          paths: list('Files the call read or wrote.', path, 1000)
        },
        ['seq', 'tool']
      ),
      10_000
    ),
    tests: list(
      'Every test attempt of the run, failures included, in order.',
      object(
        'One test attempt.',
        {
          attempt: counter('Position among the attempts: 1, 2, 3, ... unique and increasing.'),
          command: text('The command that ran the tests.', 2000),
          tree: text(
            'The git tree id the attempt ran on (unchanged code between attempts means the same tree).',
            64,
            GIT_OBJECT_ID
          ),
          commit: text(
            'The commit id the attempt ran on, when the agent had committed.',
            64,
            GIT_OBJECT_ID
          ),
          status: {
            type: 'string',
            enum: ['passed', 'failed', 'error', 'skipped'],
            description: 'How the attempt ended.'
          },
          failed: list('Names of the tests that failed.', text('A test name.', 1000), 10_000),
          passed: list('Names of the tests that passed.', text('A test name.', 1000), 10_000),
          at,
          exit_code: {
            type: 'integer',
            minimum: 0,
            maximum: 255,
            description:
              "The command's exit code (128 + the signal's number when a signal ended it)."
          },
          duration_ms: {
            type: 'integer',
            minimum: 0,
            maximum: MAX_INTEGER,
            description: 'How long the attempt ran, in milliseconds.'
          },
          recorded_by: {
            type: 'string',
            const: 'agent-pr-gate record',
            description:
              'Set when `agent-pr-gate record` ran the command and wrote this attempt; absent when the agent only claims it.'
          }
        },
        ['attempt', 'command', 'status']
      ),
      1000
    ),
    context_snapshots: list(
      "Each compaction of the agent's context, in order.",
      object(
        'One context snapshot.',
        {
          version: counter('Snapshot number: increasing.'),
          at,
          summary: text('The summary the agent carried forward.', 20_000),
          source_refs: list('Files the summary was built from.', path, 10_000),
          diffs: list('Diffs the snapshot kept.', text('A unified diff.', 100_000), 1000),
          after_action: counter('The seq of the action after which the snapshot was taken.')
        },
        ['version', 'source_refs']
      ),
      1000
    ),
    changes: list(
      'Files the agent says it changed after its last snapshot.',
      object(
        'One changed file.',
        {
          path,
          after_snapshot: counter('The version of the snapshot the change came after.')
        },
        ['path']
      ),
      10_000
    )
  },
  patternProperties: EXTENSIONS,
  additionalProperties: false,
  required: ['schema', 'agent', 'task']
}
