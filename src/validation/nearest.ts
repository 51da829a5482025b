/** "Did you mean": the closest candidate to a misspelt name, if one is close enough. */

// `apply-to` and `Apply_To` are the same slip as a typo: compare without case or separator style.
function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '')
}

function editDistance(a: string, b: string, ceiling: number): number {
  if (Math.abs(a.length - b.length) > ceiling) return ceiling + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution))
    }
    previous = current
  }
  return previous[b.length]
}

/** The candidate nearest to `name`, or null when none is within a third of its length (min 2). */
export function nearestName(name: string, candidates: Iterable<string>): string | null {
  const target = normalize(name.slice(0, 200))
  const ceiling = Math.max(2, Math.floor(target.length / 3))
  let best: string | null = null
  let bestDistance = ceiling + 1
  for (const candidate of candidates) {
    const distance = editDistance(target, normalize(candidate), ceiling)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
