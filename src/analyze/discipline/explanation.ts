/**
 * `explanation`: the PR body should say why the change is needed, briefly. A body with no word
 * of reason, or longer than `explanation.max_words`, is flagged. The run manifest and HTML
 * comments in the body are not prose and are not counted. English reason words only.
 */
import type { Finding } from '../../model.js'

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu
const REASON =
  /\b(?:because|since|so that|in order to|why|due to|caused by|root cause|reason|motivation|otherwise|problem|issue|bug|regression|broken|fails?|failing|crash(?:es|ed)?|to (?:fix|prevent|avoid|allow|support|ensure|handle|make|keep|stop))\b|\b(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?)\s+(?:#\d+|[A-Z][A-Z0-9]+-\d+|https?:\/\/\S+)/i

export function explanationFindings(body: string, maxWords: number): Finding[] {
  const prose = withoutManifestBlocks(body)
  const words = prose.match(WORD)?.length ?? 0
  const findings: Finding[] = []
  if (words === 0) {
    findings.push({
      rule: 'explanation',
      severity: 'warn',
      message: 'The pull request has no description: say why the change is needed.',
      evidence: { words, maxWords, why: false },
      why: 'A reviewer judges a change against its reason; without one, only the diff is left.',
      fix: 'Add two or three sentences: what was wrong, why this change fixes it.'
    })
  } else if (!REASON.test(prose)) {
    findings.push({
      rule: 'explanation',
      severity: 'warn',
      message: 'The pull request description says what changed but not why.',
      evidence: { words, maxWords, why: false },
      why: 'A reviewer judges a change against its reason; without one, only the diff is left.',
      fix: 'Say what was wrong or what the task needs, and why this change is the fix.'
    })
  }
  if (words > maxWords) {
    findings.push({
      rule: 'explanation',
      severity: 'warn',
      message: `The pull request description is ${words} words, over the limit of ${maxWords}: explain, don't write a novel.`,
      evidence: { words, maxWords, why: true },
      why: 'A long description hides the one sentence a reviewer needs.',
      fix: `Cut it to the why and the risk, under ${maxWords} words; put logs in a collapsed block or a link.`
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
