/**
 * `untraced-change`: files the change touches that the agent edited after a context snapshot
 * without that snapshot referencing them: it edited what it had not seen since it compacted.
 * Which files changed after which snapshot comes from the manifest's `changes`, else from its
 * edit actions after each snapshot's `after_action`; without either, every changed file counts
 * as changed after the latest snapshot.
 */
import type { ChangeSet, Finding } from '../../model.js'
import type { ContextSnapshot, RunManifest } from '../../model.js'
import { isEdit } from './edits.js'
import { normalizeRef, refsCover } from './source-refs.js'
import { UNTRACED_CHANGE } from './rules/untraced-change.js'

type Basis = 'changes' | 'actions' | 'assumed'

/** Past this many files, the rest are named in one finding. */
const PER_FILE_FINDINGS = 20

export function untracedChanges(changeSet: ChangeSet, manifest: RunManifest): Finding[] {
  const snapshots = manifest.context_snapshots ?? []
  if (snapshots.length === 0) return []
  const latest = snapshots.reduce((a, b) => (b.version >= a.version ? b : a))
  const changed = new Set(
    changeSet.files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path]))
  )
  const { basis, after } = changedAfter(manifest, snapshots, latest, changeSet)
  const untraced: { path: string; snapshot: ContextSnapshot }[] = []
  for (const [path, snapshot] of after) {
    if (changed.has(path) && !refsCover(snapshot.source_refs, path))
      untraced.push({ path, snapshot })
  }
  untraced.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const findings: Finding[] = untraced.slice(0, PER_FILE_FINDINGS).map(({ path, snapshot }) => ({
    rule: UNTRACED_CHANGE.id,
    severity: 'warn',
    message: `${path} changed after context snapshot ${snapshot.version}, which does not reference it: the agent edited a file it had not seen since it compacted its context.`,
    path,
    evidence: { snapshot: snapshot.version, basis },
    why: WHY,
    fix: FIX
  }))
  const rest = untraced.slice(PER_FILE_FINDINGS)
  if (rest.length > 0) {
    findings.push({
      rule: UNTRACED_CHANGE.id,
      severity: 'warn',
      message: `${rest.length} more files changed after a context snapshot that does not reference them: ${rest
        .slice(0, 20)
        .map((u) => u.path)
        .join(', ')}${rest.length > 20 ? ', ...' : ''}.`,
      evidence: { files: rest.map((u) => u.path), basis },
      why: WHY,
      fix: FIX
    })
  }
  return findings
}

const WHY =
  'An edit made without the file in context is a guess about code the agent no longer saw.'
const FIX =
  "Review these files closely, or rerun the agent with them in context; list them in the snapshot's source_refs."

function changedAfter(
  manifest: RunManifest,
  snapshots: readonly ContextSnapshot[],
  latest: ContextSnapshot,
  changeSet: ChangeSet
): { basis: Basis; after: Map<string, ContextSnapshot> } {
  const after = new Map<string, ContextSnapshot>()
  if (manifest.changes) {
    const byVersion = new Map(snapshots.map((s) => [s.version, s]))
    for (const change of manifest.changes) {
      const snapshot =
        change.after_snapshot === undefined
          ? latest
          : (byVersion.get(change.after_snapshot) ?? latest)
      after.set(normalizeRef(change.path), snapshot)
    }
    return { basis: 'changes', after }
  }
  const timed = snapshots
    .filter((s) => s.after_action !== undefined)
    .sort((a, b) => a.after_action! - b.after_action!)
  const edits = (manifest.actions ?? []).filter((a) => isEdit(a) && (a.paths?.length ?? 0) > 0)
  if (timed.length > 0 && edits.length > 0) {
    for (const action of edits) {
      const snapshot = timed.findLast((s) => s.after_action! < action.seq)
      if (snapshot === undefined) continue
      for (const path of action.paths!) after.set(normalizeRef(path), snapshot)
    }
    return { basis: 'actions', after }
  }
  for (const file of changeSet.files) after.set(file.path, latest)
  return { basis: 'assumed', after }
}
