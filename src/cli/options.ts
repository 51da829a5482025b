/** What the command line gives each command: its streams and environment, and parsed options. */
import type { ApplyTo } from '../config/types.js'
import type { Mode } from '../model.js'

export type Format = 'text' | 'markdown' | 'json' | 'sarif'
export type FailLevel = 'warn' | 'block'

export interface CliIo {
  stdin: AsyncIterable<Buffer | string>
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: NodeJS.ProcessEnv
  cwd: string
  /** The built worker entry (`cli-worker.js`): given, a big diff is gated in it (cli/isolate.ts). */
  worker?: URL
}

export interface CliOptions {
  diff: string | null
  repo: string
  base: string | undefined
  head: string | undefined
  manifest: string | null
  config: string | null
  format: Format
  output: string | null
  /** null: the config decides. */
  mode: Mode | null
  applyTo: ApplyTo
  failLevel: FailLevel
  /** undefined: the renderers' own cap. */
  maxFindings: number | undefined
}

export interface InitOptions {
  repo: string
  force: boolean
}
