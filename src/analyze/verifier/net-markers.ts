/**
 * Markers an edit adds on net: per kind, the added lines that carry it minus the removed ones.
 * A marker removed is never a finding, and a marked line that is only edited or moved is not new.
 */
import type { DiffLine } from '../../model.js'
import { codeMatch, isComment, normalized } from './diff-lines.js'
import type { Scope } from './file-roles.js'
import type { ScannedFile } from './scan.js'

export interface MarkerHit<M> {
  marker: M
  line: DiffLine
}

export function netAddedMarkers<M extends { pattern: RegExp; scopes?: readonly Scope[] }>(
  scanned: ScannedFile,
  markers: readonly M[],
  kindOf: (marker: M) => string,
  hint: RegExp
): MarkerHit<M>[] {
  const applies = (m: M) => m.scopes === undefined || m.scopes.some((s) => scanned.scopes.has(s))
  if (!markers.some(applies)) return []
  const changed = scanned.lines.hits(hint)
  if (changed.length === 0) return []
  const applicable = markers.filter(applies)
  const removedCount = new Map<string, number>()
  const removedTexts = new Map<string, string[]>()
  const added = new Map<string, MarkerHit<M>[]>()
  for (const block of changed) {
    for (const line of block.removed) {
      for (const marker of markersOn(line, applicable, kindOf, scanned)) {
        const kind = kindOf(marker)
        removedCount.set(kind, (removedCount.get(kind) ?? 0) + 1)
        listOf(removedTexts, kind).push(normalized(line.content))
      }
    }
    for (const line of block.added) {
      for (const marker of markersOn(line, applicable, kindOf, scanned)) {
        const kind = kindOf(marker)
        listOf(added, kind).push({ marker, line })
      }
    }
  }
  const hits: MarkerHit<M>[] = []
  for (const [kind, list] of added) {
    const net = list.length - (removedCount.get(kind) ?? 0)
    if (net <= 0) continue
    const before = [...(removedTexts.get(kind) ?? [])]
    const fresh = list.filter((hit) => {
      const twin = before.indexOf(normalized(hit.line.content))
      if (twin < 0) return true
      before.splice(twin, 1)
      return false
    })
    for (const item of (fresh.length >= net ? fresh : list).slice(0, net)) hits.push(item)
  }
  return hits.sort((a, b) => (a.line.newLine ?? 0) - (b.line.newLine ?? 0))
}

/** The markers on one code line, one per kind. */
function markersOn<M extends { pattern: RegExp }>(
  line: DiffLine,
  markers: readonly M[],
  kindOf: (marker: M) => string,
  scanned: ScannedFile
): M[] {
  if (isComment(line.content, scanned.syntax)) return []
  const found: M[] = []
  const kinds = new Set<string>()
  for (const marker of markers) {
    const kind = kindOf(marker)
    if (kinds.has(kind)) continue
    if (codeMatch(line.content, marker.pattern, scanned.syntax.quotes) !== null) {
      kinds.add(kind)
      found.push(marker)
    }
  }
  return found
}

function listOf<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key)
  if (list === undefined) {
    list = []
    map.set(key, list)
  }
  return list
}
