/**
 * `explanation`: a reviewer needs to know what a change is for. It warns only when the PR says
 * nothing a reviewer can go on: no description and a title too short or too vague to name the
 * change. A clear title with a short body is enough. A body that gives no reason, or runs past
 * `explanation.max_words`, is reported as info. The run manifest and HTML comments in the body
 * are not prose and are not counted. English words only.
 */
import type { Finding } from '../../model.js'

const MANIFEST_BLOCK = /```+\s*agent-run\b[\s\S]*?```+|<!--[\s\S]*?-->/g
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu
const REASON =
  /\b(?:because|since|so that|in order to|why|due to|caused by|root cause|reason|motivation|otherwise|problem|issue|bug|regression|broken|fails?|failing|crash(?:es|ed)?|to (?:fix|prevent|avoid|allow|support|ensure|handle|make|keep|stop))\b|\b(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?)\s+(?:#\d+|[A-Z][A-Z0-9]+-\d+|https?:\/\/\S+)/i
/** Titles longer than this are cut before reading: a title is a line, not a document. */
const MAX_TITLE_CHARS = 300
/** A conventional-commit prefix (`fix(api)!: `) and a trailing PR number (`(#123)`) name nothing. */
const CONVENTIONAL_PREFIX = /^[a-z]{1,20}(?:\([^()]{0,60}\))?!?:\s*/i
const PR_NUMBER = /\s*\(#\d{1,10}\)\s*$/
/** Titles a tool or a hurried author leaves: they say that something changed, not what. */
const PLACEHOLDER_TITLE =
  /^(?:wip )?(?:fix|update|change|address|apply|make)(?:e?[sd])? (?:the |a |some |all |more )?(?:bugs?|code|files?|stuff|issues?|things|changes|fixes|updates|review comments|comments|suggestions)$/i
/** GitHub's default title for a web edit names a file, not a change: `Update page.ts`. */
const FILE_TITLE = /^(?:update|create|delete|add|edit|rename)\s+[^\s/]*(?:\/[^\s/]*)*\.\w{1,10}$/i
/** The fewest words that can name a change: a verb and what it acts on ("fix typo"). */
const MIN_TITLE_WORDS = 2

export interface PullRequestText {
  title: string
  body: string
}

/** The title names the change: two words or more once its prefix is gone, and no placeholder. */
export function isClearTitle(title: string): boolean {
  const text = title
    .slice(0, MAX_TITLE_CHARS)
    .trim()
    .replace(CONVENTIONAL_PREFIX, '')
    .replace(PR_NUMBER, '')
  const words = text.match(WORD) ?? []
  return (
    words.length >= MIN_TITLE_WORDS &&
    !PLACEHOLDER_TITLE.test(words.join(' ')) &&
    !FILE_TITLE.test(text)
  )
}

export function explanationFindings(pr: PullRequestText, maxWords: number): Finding[] {
  const prose = pr.body.replace(MANIFEST_BLOCK, ' ')
  const words = prose.match(WORD)?.length ?? 0
  const clearTitle = isClearTitle(pr.title)
  const findings: Finding[] = []
  if (words === 0 && !clearTitle) {
    findings.push({
      rule: 'explanation',
      severity: 'warn',
      message:
        'The pull request has no description and its title does not say what the change does.',
      evidence: { words, maxWords, why: false, clearTitle },
      why: 'A reviewer judges a change against its purpose; here only the diff is left.',
      fix: 'Give the PR a title that names the change, or add a sentence on what it fixes and why.'
    })
  } else if (!REASON.test(prose) && !REASON.test(pr.title.slice(0, MAX_TITLE_CHARS))) {
    findings.push({
      rule: 'explanation',
      severity: 'info',
      message:
        words === 0
          ? 'The pull request has a clear title and no description.'
          : 'The pull request description says what changed but not why.',
      evidence: { words, maxWords, why: false, clearTitle },
      why: 'A reviewer judges a change against its reason.',
      fix: 'If the reason is not obvious from the title, say what was wrong and why this fixes it.'
    })
  }
  if (words > maxWords) {
    findings.push({
      rule: 'explanation',
      severity: 'info',
      message: `The pull request description is ${words} words, over the limit of ${maxWords}.`,
      evidence: { words, maxWords, why: true, clearTitle },
      why: 'A long description hides the one sentence a reviewer needs.',
      fix: `Keep the why and the risk under ${maxWords} words; put logs in a collapsed block or a link.`
    })
  }
  return findings
}
