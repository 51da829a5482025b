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
  const prose = withoutManifest(body)
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

interface Span {
  start: number
  end: number
}

/**
 * The body with agent-run fences and `<!-- ... -->` comments replaced by a space, leftmost first,
 * as the regex `/```+\s*agent-run\b[\s\S]*?```+|<!--[\s\S]*?-->/g` would, in one pass: that
 * regex rescans to the end from every backtick run and unclosed `<!--`, quadratic in the body.
 */
function withoutManifest(body: string): string {
  let out = ''
  let from = 0
  let comment: Span | null | undefined
  let fence: Span | null | undefined
  for (;;) {
    // A search result stays valid while it lies ahead; null means none is left in the body.
    if (comment !== null && (comment === undefined || comment.start < from)) {
      comment = commentAt(body, from)
    }
    if (fence !== null && (fence === undefined || fence.start < from)) fence = fenceAt(body, from)
    const next =
      comment && fence ? (fence.start < comment.start ? fence : comment) : (comment ?? fence)
    if (!next) return out + body.slice(from)
    out += body.slice(from, next.start) + ' '
    from = next.end
  }
}

function commentAt(body: string, from: number): Span | null {
  const open = body.indexOf('<!--', from)
  const close = open < 0 ? -1 : body.indexOf('-->', open + 4)
  return close < 0 ? null : { start: open, end: close + 3 }
}

function fenceAt(body: string, from: number): Span | null {
  for (let at = body.indexOf('```', from); at >= 0;) {
    let j = runEnd(body, at)
    while (j < body.length && /\s/.test(body[j])) j++
    const word = j + 'agent-run'.length
    if (body.startsWith('agent-run', j) && !/\w/.test(body[word] ?? '')) {
      const close = body.indexOf('```', word)
      return close < 0 ? null : { start: at, end: runEnd(body, close) }
    }
    at = body.indexOf('```', j)
  }
  return null
}

function runEnd(body: string, at: number): number {
  let j = at
  while (body.charCodeAt(j) === 96) j++
  return j
}
