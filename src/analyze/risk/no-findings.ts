import type { Finding } from '../../model.js'

/** What most files yield from each risk rule: shared, so that a clean file allocates nothing. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([])
