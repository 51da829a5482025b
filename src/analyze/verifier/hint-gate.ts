/**
 * One regular expression that matches a line when any of several hints does: a test file's
 * changed lines are read once against it, and only the few that match are tested hint by hint.
 * The hints' alternatives are merged by their first atom (`s(?:kip|hould)`), which is what
 * makes one pass cheaper than a pass per hint: the engine tries fewer branches at each position.
 */

/** The hints a file's rules test its lines against, and one gate for them all. */
export interface HintGate {
  hints: ReadonlySet<RegExp>
  /** Together, these match a text exactly when one of the hints does (`test` semantics). */
  patterns: readonly RegExp[]
}

/**
 * The gate of `hints`: one union per flag set, and a hint that cannot join a union (it names or
 * refers back to a group) kept as it is.
 */
export function gateOf(hints: readonly RegExp[]): HintGate {
  const unique = new Set(hints)
  return { hints: unique, patterns: buildGate([...unique]) }
}

/** True when one of the gate's patterns matches `text`. */
export function passes(gate: HintGate, text: string): boolean {
  const { patterns } = gate
  for (let i = 0; i < patterns.length; i++) if (patterns[i]!.test(text)) return true
  return false
}

function buildGate(hints: readonly RegExp[]): RegExp[] {
  const out: RegExp[] = []
  const byFlags = new Map<string, string[]>()
  for (const hint of hints) {
    const flags = hint.flags.replace(/[gy]/g, '')
    if (!mergeable(hint.source)) {
      out.push(new RegExp(hint.source, flags))
      continue
    }
    const list = byFlags.get(flags) ?? []
    for (const item of alternatives(hint.source)) list.push(item)
    byFlags.set(flags, list)
  }
  for (const [flags, branches] of byFlags) {
    out.unshift(new RegExp(factored([...new Set(branches)]), flags))
  }
  return out
}

/** Named groups and back-references change meaning (or clash) once sources are joined. */
function mergeable(source: string): boolean {
  return !/\\[1-9k]|\(\?<[A-Za-z_$]/.test(source)
}

/** The top-level alternatives of a pattern source. */
export function alternatives(source: string): string[] {
  const out: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i))
      start = i + 1
    }
  }
  out.push(source.slice(start))
  return out
}

/**
 * Alternatives grouped by a shared first atom, recursively: `skip|should` becomes
 * `s(?:kip|hould)`. The same strings match; a branch whose first atom is a group or repeated is
 * left whole.
 */
function factored(branches: readonly string[]): string {
  const groups = new Map<string, string[]>()
  const order: (string | { atom: string })[] = []
  for (const branch of branches) {
    const atom = leadingAtom(branch)
    if (atom === null) {
      order.push(branch)
      continue
    }
    const rests = groups.get(atom)
    if (rests) rests.push(branch.slice(atom.length))
    else {
      groups.set(atom, [branch.slice(atom.length)])
      order.push({ atom })
    }
  }
  return order
    .map((entry) => {
      if (typeof entry === 'string') return entry
      const rests = groups.get(entry.atom)!
      if (rests.length === 1) return entry.atom + rests[0]!
      return `${entry.atom}(?:${factored(rests)})`
    })
    .join('|')
}

/**
 * The branch's first atom when it can be taken out of a group of alternatives: one character,
 * a one-character escape, a class or an anchor, not followed by a quantifier. Null otherwise.
 */
function leadingAtom(branch: string): string | null {
  const c = branch[0]
  if (c === undefined || '()|*+?{}'.includes(c)) return null
  let end = 1
  if (c === '\\') {
    const next = branch[1]
    if (next === undefined || /[0-9cxuUkpP]/.test(next)) return null
    end = 2
  } else if (c === '[') {
    end = classEnd(branch)
    if (end < 0) return null
  }
  const after = branch[end]
  if (after !== undefined && '*+?{'.includes(after)) return null
  return branch.slice(0, end)
}

/** Where the character class that opens `branch` ends (after its first unescaped `]`), or -1. */
function classEnd(branch: string): number {
  for (let i = 1; i < branch.length; i++) {
    if (branch[i] === '\\') i++
    else if (branch[i] === ']') return i + 1
  }
  return -1
}
