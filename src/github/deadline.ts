/** The run's read deadline: one timer that aborts every request still waiting on GitHub. */
import type { RequestBounds } from './client.js'
import { DeadlineExceededError } from './errors.js'

export interface Deadline extends RequestBounds {
  /** Rejects with the DeadlineExceededError when the time runs out; never resolves. */
  expired: Promise<never>
  /** Stops the timer (the reads finished in time). */
  clear(): void
}

/** What was outstanding when the time ran out, for the message. */
export interface Outstanding {
  pending(): string[]
  failures(): string[]
}

/** `outstanding` names the requests unanswered, and the last failing answers, at the end. */
export function startDeadline(ms: number, outstanding: Outstanding): Deadline {
  const controller = new AbortController()
  let reject: (reason: unknown) => void = () => undefined
  const expired = new Promise<never>((_, no) => (reject = no))
  // Nobody may be waiting on it when the reads already failed for another reason.
  expired.catch(() => undefined)
  const timer = setTimeout(() => {
    const reason = new DeadlineExceededError(ms, outstanding.pending(), outstanding.failures())
    controller.abort(reason)
    reject(reason)
  }, ms)
  return {
    signal: controller.signal,
    endsAt: Date.now() + ms,
    expired,
    clear: () => clearTimeout(timer)
  }
}

/** The work's result, or the deadline's error as soon as it runs out. */
export function beforeDeadline<T>(work: Promise<T>, deadline: Deadline): Promise<T> {
  return Promise.race([work, deadline.expired])
}
