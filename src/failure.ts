/** Turns anything thrown (an Error or not) into one message for the log; nothing is swallowed. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : ''
    return `${error.message}${cause}`
  }
  if (typeof error === 'string') return error
  try {
    return `Unexpected non-Error thrown: ${JSON.stringify(error)}`
  } catch {
    return `Unexpected non-Error thrown: ${String(error)}`
  }
}
