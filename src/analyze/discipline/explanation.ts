/**
 * `explanation`: the PR body should say why the change is needed, briefly. A body with no word
 * of reason, or longer than `explanation.max_words`, is flagged. The run manifest and HTML
 * comments in the body are not prose and are not counted. English reason words only.
 */
import type { Finding } from '../../model.js'

const MANIFEST_BLOCK = /```+\s*agent-run\b[\s\S]*?```+|<!--[\s\S]*?-->/g
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu
const REASON =
  /\b(?:because|since|so that|in order to|why|due to|caused by|root cause|reason|motivation|otherwise|problem|issue|bug|regression|broken|fails?|failing|crash(?:es|ed)?|to (?:fix|prevent|avoid|allow|support|ensure|handle|make|keep|stop))\b|\b(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?)\s+(?:#\d+|[A-Z][A-Z0-9]+-\d+|https?:\/\/\S+)/i

export function explanationFindings(body: string, maxWords: number): Finding[] {
  const prose = body.replace(MANIFEST_BLOCK, ' ')
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
