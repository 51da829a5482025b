/**
 * Reads the config file. Its parser (YAML, JSON Schema validation; loader.ts) is loaded only when
 * there is a file to parse: a run on the defaults never compiles it.
 */
import { readFile, stat } from 'node:fs/promises'
import { DEFAULT_CONFIG } from './defaults.js'
import { ConfigError } from './errors.js'
import type { GateConfig } from './types.js'

export const CONFIG_MAX_BYTES = 1024 * 1024

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

export const FROZEN_DEFAULTS: GateConfig = deepFreeze(structuredClone(DEFAULT_CONFIG))

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}

/**
 * Reads and parses the config at `path`. Absent and not required: the (frozen) defaults, with
 * source `defaults`. Absent and required, unreadable, or too large: ConfigError.
 */
export async function loadConfigFile(
  path: string,
  options: { required: boolean }
): Promise<{ config: GateConfig; source: string }> {
  let text: string
  try {
    const stats = await stat(path)
    if (stats.isDirectory()) {
      throw new ConfigError(path, [
        { path: '', message: 'is a directory; point the config option at the YAML file itself' }
      ])
    }
    if (stats.size > CONFIG_MAX_BYTES) {
      throw new ConfigError(path, [
        {
          path: '',
          message: `is ${stats.size} bytes, over the ${CONFIG_MAX_BYTES}-byte limit; a gate config needs a few kilobytes`
        }
      ])
    }
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const code = errorCode(error)
    if ((code === 'ENOENT' || code === 'ENOTDIR') && !options.required) {
      return { config: FROZEN_DEFAULTS, source: 'defaults' }
    }
    const message =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'does not exist; create it (start with `version: 1`) or point the config option at an existing file'
        : `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}); check the path and its permissions`
    throw new ConfigError(path, [{ path: '', message }], { cause: error })
  }
  const { parseConfig } = await import('./loader.js')
  return { config: parseConfig(text, path), source: path }
}
