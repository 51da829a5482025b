/**
 * JSON Schema of `.github/agent-pr-gate.yml`, version 1. The source of truth: the published copy
 * `schema/config.schema.json` is generated from it (a test keeps the two identical).
 */
import type { SchemaObject } from 'ajv'
import { RULES } from '../analyze/catalogue.js'
import { DEFAULT_CONFIG } from './defaults.js'

export const CONFIG_SCHEMA_ID =
  'https://raw.githubusercontent.com/agent-pr-gate/agent-pr-gate/v1/schema/config.schema.json'

const CATEGORY_PATTERN = '^(?!(?:constructor|prototype)$)[a-z][a-z0-9_-]{0,39}$'

/** The expected form of each pattern, in words, for error messages. */
export const CONFIG_PATTERN_FORMS: Readonly<Record<string, string>> = {
  [CATEGORY_PATTERN]:
    'a category name: lowercase letters, digits, "_" or "-", starting with a letter, at most 40 characters'
}

const LEVEL = {
  type: 'string',
  enum: ['off', 'info', 'warn', 'block'],
  description:
    'off: never report; info: report in the full report only, never a warning; warn: report without blocking; block: fail the check.'
}

function stringList(description: string, itemDescription: string, fallback: readonly string[]) {
  return {
    type: 'array',
    description,
    items: { type: 'string', minLength: 1, maxLength: 1024, description: itemDescription },
    maxItems: 1000,
    default: fallback
  }
}

function globList(description: string, fallback: readonly string[]) {
  return stringList(
    description,
    'A minimatch glob matched against repository-relative paths (dot files included).',
    fallback
  )
}

function strictObject(description: string, properties: Record<string, SchemaObject>): SchemaObject {
  return { type: 'object', description, additionalProperties: false, properties }
}

const D = DEFAULT_CONFIG

export const CONFIG_SCHEMA: SchemaObject = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: CONFIG_SCHEMA_ID,
  title: 'agent-pr-gate configuration',
  description:
    'The .github/agent-pr-gate.yml file, read from the base branch. Every key except version is optional; unset keys keep their defaults.',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: {
      type: 'integer',
      const: 1,
      description: 'Format version of this file. Always 1.'
    },
    mode: {
      type: 'string',
      enum: ['enforce', 'warn', 'observe'],
      default: D.mode,
      description:
        "enforce: blocking findings fail the check; warn: they only warn; observe: findings are reported and the verdict passes. Findings about the gate's own config and workflow block in every mode."
    },
    apply_to: {
      type: 'string',
      enum: ['agents', 'all'],
      default: D.apply_to,
      description:
        'agents: gate only PRs classified as agent-authored (see agents); all: gate every PR.'
    },
    fail_on_incomplete: {
      type: 'boolean',
      default: D.fail_on_incomplete,
      description:
        'Block when the gate cannot see the whole change (a truncated diff, missing patches). false only warns.'
    },
    agents: strictObject(
      'What makes a PR agent-authored. Classification only: it never grants anything.',
      {
        authors: stringList(
          'GitHub logins of PR authors that are coding agents.',
          'A GitHub login, compared case-insensitively.',
          D.agents.authors
        ),
        apps: stringList(
          'Slugs of GitHub Apps that open PRs for an agent.',
          'A GitHub App slug, compared case-insensitively.',
          D.agents.apps
        ),
        branch_prefixes: stringList(
          'Head branch prefixes that agents use.',
          'A branch name prefix, such as copilot/, compared case-insensitively.',
          D.agents.branch_prefixes
        ),
        coauthors: stringList(
          'Substrings of Co-authored-by trailers (case-insensitive) that name a known agent.',
          'A substring of a name or email address.',
          D.agents.coauthors
        )
      }
    ),
    rules: {
      type: 'object',
      description:
        'Rule id -> level (off, info, warn or block). Rules left out keep their default level (docs/defaults.md); locked rules always block.',
      additionalProperties: false,
      // Each rule's summary, shown by editors next to the rule id, comes from its rule module.
      properties: Object.fromEntries(
        RULES.map((rule) => [
          rule.id,
          { ...LEVEL, description: `${rule.summary} ${LEVEL.description}` }
        ])
      ),
      default: D.rules
    },
    minimality: strictObject(
      'Thresholds of the minimality score (0-100: the share of changed lines that serve the task).',
      {
        warn_below: {
          type: 'number',
          minimum: 0,
          maximum: 100,
          default: D.minimality.warn_below,
          description: 'Warn when the score is below this. Must be at least block_below.'
        },
        block_below: {
          type: 'number',
          minimum: 0,
          maximum: 100,
          default: D.minimality.block_below,
          description: 'Block when the score is below this. 0 never blocks on the score.'
        },
        min_moved_lines: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
          default: D.minimality.min_moved_lines,
          description: 'Smallest block of non-blank, non-brace lines that counts as moved code.'
        }
      }
    ),
    generated: globList(
      'Extra globs of generated files (lockfiles, dist/ and linguist-generated files are built in).',
      D.generated
    ),
    sensitive: {
      type: 'object',
      description:
        'Sensitive-path categories: category -> globs. A category named here replaces the default globs of that category ([] turns it off); new names add categories.',
      propertyNames: { pattern: CATEGORY_PATTERN },
      additionalProperties: globList('Globs of the files in this category.', []),
      default: D.sensitive
    },
    require_human_approval_for: {
      type: 'array',
      description:
        'Sensitive categories that block until a maintainer approves; the other categories warn.',
      items: {
        type: 'string',
        pattern: CATEGORY_PATTERN,
        description: 'A category defined under sensitive (or a default one).'
      },
      uniqueItems: true,
      maxItems: 100,
      default: D.require_human_approval_for
    },
    secrets: strictObject('Exceptions for the secret-in-diff rule.', {
      allow_paths: globList(
        'Globs of files where secret-in-diff does not fire (test fixtures of a secret scanner).',
        D.secrets.allow_paths
      ),
      allow_patterns: stringList(
        'Regular expressions of values that are never secrets.',
        'A JavaScript regular expression (source text, no slashes or flags).',
        D.secrets.allow_patterns
      )
    }),
    tests: strictObject('Where test results live, and which files are tests.', {
      junit: globList(
        'Globs of JUnit XML reports to read for re-runs (CLI: relative to --repo; action: the workspace).',
        D.tests.junit
      ),
      paths: globList(
        'Globs of test and fixture files. The sensitive categories in tests.exempt_categories do not match them; secret-in-diff still reads them.',
        D.tests.paths
      ),
      exempt_categories: {
        type: 'array',
        description:
          'Sensitive categories that do not match files under tests.paths ([] makes every category match test files too).',
        items: {
          type: 'string',
          pattern: CATEGORY_PATTERN,
          description: 'A category defined under sensitive (or a default one).'
        },
        uniqueItems: true,
        maxItems: 100,
        default: D.tests.exempt_categories
      }
    }),
    explanation: strictObject('The explanation rule (the PR body).', {
      max_words: {
        type: 'integer',
        minimum: 1,
        maximum: 100000,
        default: D.explanation.max_words,
        description: 'A PR body longer than this many words is flagged as too long to review.'
      }
    }),
    max_actions_per_run: {
      type: 'integer',
      minimum: 1,
      maximum: 1000000,
      default: D.max_actions_per_run,
      description: 'action-budget fires when the run manifest lists more actions than this.'
    },
    override: strictObject('The label a maintainer applies to approve a blocked PR.', {
      label: {
        type: 'string',
        minLength: 1,
        maxLength: 50,
        default: D.override.label,
        description: 'The label that approves every blocking finding on the current head commit.'
      },
      category_label_prefix: {
        type: 'string',
        minLength: 1,
        maxLength: 49,
        default: D.override.category_label_prefix,
        description:
          'Prefix of labels that approve one sensitive category, e.g. agent-pr-gate/approve:secrets.'
      },
      min_role: {
        type: 'string',
        enum: ['read', 'triage', 'write', 'maintain', 'admin'],
        default: D.override.min_role,
        description:
          'The lowest repository role whose label counts (read < triage < write < maintain < admin).'
      },
      allow_author: {
        type: 'boolean',
        default: D.override.allow_author,
        description: "The PR's author may approve their own PR."
      },
      allow_coauthors: {
        type: 'boolean',
        default: D.override.allow_coauthors,
        description: "People named in the head commits' Co-authored-by trailers may approve."
      }
    })
  }
}
