/**
 * Reading and checking `CleanOptions` once, with defaults.
 */
import type {CleanOptions, Preset} from './types.js'

const PRESET_NAMES: readonly Preset[] = ['precision', 'balanced', 'recall']
const ISO_639_3 = /^[a-z]{3}$/

/** Options with every default filled in. */
export interface Settings extends CleanOptions {
  preset: Preset
  spun: boolean
  markup: boolean
}

/**
 * Check options and fill in defaults.
 *
 * @throws {TypeError} Naming the option and what was expected.
 */
export function checkOptions(options: unknown): Settings {
  if (options === undefined || options === null) return {preset: 'balanced', spun: true, markup: true}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`cleanArticle: expected \`options\` to be an object, got ${Array.isArray(options) ? 'an array' : typeof options}`)
  }
  const {preset = 'balanced', languages, spun = true, markup = true} = options as CleanOptions
  if (!PRESET_NAMES.includes(preset)) {
    throw new TypeError(`cleanArticle: expected \`options.preset\` to be one of ${PRESET_NAMES.join(', ')}, got ${JSON.stringify(preset)}`)
  }
  if (typeof spun !== 'boolean') throw new TypeError('cleanArticle: expected `options.spun` to be a boolean')
  if (typeof markup !== 'boolean') throw new TypeError('cleanArticle: expected `options.markup` to be a boolean')
  if (languages !== undefined) {
    if (!Array.isArray(languages) || !languages.every((code) => typeof code === 'string' && ISO_639_3.test(code))) {
      throw new TypeError('cleanArticle: expected `options.languages` to be an array of ISO 639-3 codes such as "eng"')
    }
    return {preset, spun, markup, languages: [...languages]}
  }
  return {preset, spun, markup}
}
