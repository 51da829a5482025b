/** The run manifest file an earlier step of the action's job wrote on the runner. */
import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { resolveManifest } from '../manifest/loader.js'
import type { ManifestState } from '../model.js'

export interface ManifestInput {
  /** The `manifest` input, relative to the workspace; null when not given. */
  path: string | null
  workspace: string | null
  /** The runner's temp directory for reports, where a downloaded artifact may also sit. */
  reportDir: string
}

/** The manifest file named by the input (confined to the runner's own folders), else the PR body's. */
export async function readManifestInput(
  input: ManifestInput,
  prBody: string
): Promise<ManifestState> {
  if (input.path === null) return resolveManifest({ prBody })
  const source = `manifest input (${input.path})`
  const roots = [input.workspace, input.reportDir].filter((r): r is string => r !== null)
  const path = resolve(input.workspace ?? '.', input.path)
  const inside = roots.some((root) => {
    const rel = relative(resolve(root), path)
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
  })
  if (!inside) {
    return {
      status: 'invalid',
      source,
      problems: [
        {
          pointer: '',
          message:
            'The manifest path is outside the workspace and the runner temp directory; write the manifest inside the workspace.'
        }
      ]
    }
  }
  try {
    return resolveManifest({ file: { text: await readFile(path, 'utf8'), source }, prBody })
  } catch (error) {
    return {
      status: 'invalid',
      source,
      problems: [
        {
          pointer: '',
          message: `Cannot read the manifest file (${error instanceof Error ? error.message : String(error)}); check the "manifest" input and that the agent's job wrote the file before this step.`
        }
      ]
    }
  }
}
