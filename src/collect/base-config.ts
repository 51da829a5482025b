/**
 * The gate's config as the BASE commit holds it: a pull request must not be able to weaken its
 * own gate. A config that cannot be used becomes the defaults plus a blocking finding, never a
 * silently weaker policy.
 */
import { CONFIG_INVALID } from '../analyze/data/rules/config-invalid.js'
import { DEFAULT_CONFIG } from '../config/defaults.js'
import { ConfigError } from '../config/errors.js'
import { parseConfig } from '../config/loader.js'
import type { GateConfig } from '../config/types.js'
import { describeFailure } from '../failure.js'
import type { Finding } from '../model.js'

export interface BaseConfig {
  config: GateConfig
  /** A `config-invalid` finding when the committed config could not be used; else empty. */
  findings: Finding[]
}

export interface BaseConfigSource {
  /** The config's path in the repository. */
  path: string
  /** The path was named by an input, so its absence is an error, not "use the defaults". */
  explicit: boolean
  /** The path when the input is not given, named in the fix. */
  defaultPath: string
  baseSha: string
  /** The file's text on the base commit, or null when it does not exist there. */
  read: () => Promise<string | null>
}

export async function readBaseConfig(source: BaseConfigSource): Promise<BaseConfig> {
  const where = `${source.path}@${source.baseSha.slice(0, 12)}`
  try {
    const text = await source.read()
    if (text === null && source.explicit) {
      throw new ConfigError(where, [
        {
          path: '',
          message: `the \`config\` input names ${source.path}, which does not exist on the base commit: the input may only name a file committed on the base branch. Commit the file there, or remove the input to use ${source.defaultPath}.`
        }
      ])
    }
    if (text === null) return { config: DEFAULT_CONFIG, findings: [] }
    return { config: parseConfig(text, where), findings: [] }
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : describeFailure(error)
    return { config: DEFAULT_CONFIG, findings: [configInvalid(source.path, message)] }
  }
}

function configInvalid(path: string, message: string): Finding {
  return {
    rule: CONFIG_INVALID.id,
    severity: 'block',
    enforced: true,
    path,
    message: `The gate's config on the base branch could not be used, so the defaults applied: ${message}`,
    why: 'A broken policy must not silently become a weaker one.',
    fix: `Fix ${path} on the base branch (schema/config.schema.json), or have a maintainer approve this run.`
  }
}
