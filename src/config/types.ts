import type { Level, Mode, Role } from '../model.js'

export type ApplyTo = 'agents' | 'all'

/** `.github/agent-pr-gate.yml`, version 1, after validation and merging with the defaults. */
export interface GateConfig {
  version: 1
  mode: Mode
  apply_to: ApplyTo
  /** Block when the gate cannot see the whole change. */
  fail_on_incomplete: boolean
  /** What makes a PR agent-authored: classification only, never authorization. */
  agents: {
    authors: string[]
    apps: string[]
    branch_prefixes: string[]
    /** Substrings (case-insensitive) of `Co-authored-by:` trailers that name a known agent. */
    coauthors: string[]
  }
  /** Rule id (the schema admits only catalogue ids) -> level; absent rules keep their default. */
  rules: Partial<Record<string, Level>>
  minimality: {
    warn_below: number
    block_below: number
    /** Smallest block (non-blank, non-brace lines) that counts as moved code. */
    min_moved_lines: number
  }
  /** Extra globs of generated files (lockfiles, dist/ and linguist-generated are built in). */
  generated: string[]
  /** Category -> globs. A category named here replaces the default globs of that category. */
  sensitive: Record<string, string[]>
  /** Sensitive categories that block until an approval covers them; the rest warn. */
  require_human_approval_for: string[]
  secrets: {
    /** Globs of files where secret-in-diff does not fire (fixtures of the secret scanner itself). */
    allow_paths: string[]
    /** Regular expressions (source text) of values that are never secrets. */
    allow_patterns: string[]
  }
  tests: {
    /** Globs of JUnit XML reports to read for reruns (CLI: relative to --repo; action: the workspace). */
    junit: string[]
    /** Globs of test and fixture files: `exempt_categories` do not match them. */
    paths: string[]
    /** Sensitive categories that do not match `paths` (secret-in-diff still reads them). */
    exempt_categories: string[]
  }
  explanation: {
    /** The PR body is "a novel" past this many words. */
    max_words: number
  }
  max_actions_per_run: number
  override: {
    label: string
    category_label_prefix: string
    min_role: Role
    /** The PR author may approve their own PR. */
    allow_author: boolean
    /** People named in the head commits' Co-authored-by trailers may approve. */
    allow_coauthors: boolean
  }
}
