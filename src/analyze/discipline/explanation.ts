/**
 * `explanation`: a reviewer needs to know what a change is for. It warns only when the PR says
 * nothing a reviewer can go on: no description and a title too short or too vague to name the
 * change. A clear title with a short body is enough. A body that gives no reason, or runs past
 * `explanation.max_words`, is reported as info. The run manifest and HTML comments in the body
 * are not prose and are not counted. English words only.
 */
import type { Finding } from '../../model.js'
import { EXPLANATION } from './rules/explanation.js'

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu
const REASON =
  /\b(?:because|since|so that|in order to|why|due to|caused by|root cause|reason|motivation|otherwise|problem|issue|bug|regression|broken|fails?|failing|crash(?:es|ed)?|to (?:fix|prevent|avoid|allow|support|ensure|handle|make|keep|stop))\b|\b(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?)\s+(?:#\d+|[A-Z][A-Z0-9]+-\d+|https?:\/\/\S+)/i
/** Titles longer than this are cut before reading: a title is a line, not a document. */
const MAX_TITLE_CHARS = 300
/** A conventional-commit prefix (`fix(api)!: `) and a trailing PR number (`(#123)`) name nothing. */
const CONVENTIONAL_PREFIX = /^[a-z]{1,20}(?:\([^()]{0,60}\))?!?:\s*/i
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
  const text = title.slice(0, MAX_TITLE_CHARS).trim().replace(CONVENTIONAL_PREFIX, '')
  const named = withoutPrNumber(text)
  const words = named.match(WORD) ?? []
  return (
    words.length >= MIN_TITLE_WORDS &&
    !PLACEHOLDER_TITLE.test(words.join(' ')) &&
    !FILE_TITLE.test(named)
  )
}

/** Drops a trailing PR number, `(#123)`: it names nothing. */
function withoutPrNumber(text: string): string {
  const open = text.lastIndexOf('(#')
  if (open === -1 || !text.endsWith(')')) return text
  return /^\d{1,10}$/.test(text.slice(open + 2, -1)) ? text.slice(0, open).trimEnd() : text
}

export function explanationFindings(pr: PullRequestText, maxWords: number): Finding[] {
  const prose = withoutManifestBlocks(pr.body)
  const words = prose.match(WORD)?.length ?? 0
  const clearTitle = isClearTitle(pr.title)
  const findings: Finding[] = []
  if (words === 0 && !clearTitle) {
    findings.push({
      rule: EXPLANATION.id,
      severity: 'warn',
      message:
        'The pull request has no description and its title does not say what the change does.',
      evidence: { words, maxWords, why: false, clearTitle },
      why: 'A reviewer judges a change against its purpose; here only the diff is left.',
      fix: 'Give the PR a title that names the change, or add a sentence on what it fixes and why.'
    })
  } else if (!REASON.test(prose) && !REASON.test(pr.title.slice(0, MAX_TITLE_CHARS))) {
    findings.push({
      rule: EXPLANATION.id,
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
      rule: EXPLANATION.id,
      severity: 'info',
      message: `The pull request description is ${words} words, over the limit of ${maxWords}.`,
      evidence: { words, maxWords, why: true, clearTitle },
      why: 'A long description hides the one sentence a reviewer needs.',
      fix: `Keep the why and the risk under ${maxWords} words; put logs in a collapsed block or a link.`
    })
  }
  return findings
}

const FENCE = '```'
const COMMENT_OPEN = '<!--'
const COMMENT_CLOSE = '-->'
const AGENT_RUN = 'agent-run'

/**
 * The body without ```` ```agent-run ```` blocks and HTML comments, each replaced by a space.
 * Index scans, each text searched once: a body full of unclosed openers stays linear.
 */
function withoutManifestBlocks(body: string): string {
  let out = ''
  let kept = 0
  let pos = 0
  let fences = true
  let comments = true
  while (fences || comments) {
    const fence = fences ? body.indexOf(FENCE, pos) : -1
    const comment = comments ? body.indexOf(COMMENT_OPEN, pos) : -1
    if (fence === -1) fences = false
    if (comment === -1) comments = false
    if (fence === -1 && comment === -1) break
    if (comment !== -1 && (fence === -1 || comment < fence)) {
      const close = body.indexOf(COMMENT_CLOSE, comment + COMMENT_OPEN.length)
      if (close === -1) {
        comments = false
        continue
      }
      out += `${body.slice(kept, comment)} `
      kept = pos = close + COMMENT_CLOSE.length
      continue
    }
    let at = runEnd(body, fence, 96)
    while (at < body.length && /\s/.test(body.charAt(at))) at++
    pos = at
    if (!body.startsWith(AGENT_RUN, at) || /\w/.test(body.charAt(at + AGENT_RUN.length))) continue
    const close = body.indexOf(FENCE, at + AGENT_RUN.length)
    if (close === -1) {
      fences = false
      continue
    }
    out += `${body.slice(kept, fence)} `
    kept = pos = runEnd(body, close, 96)
  }
  return out + body.slice(kept)
}

/** The end of the run of `code` characters starting at `at`. */
function runEnd(text: string, at: number, code: number): number {
  let end = at
  while (end < text.length && text.charCodeAt(end) === code) end++
  return end
}
