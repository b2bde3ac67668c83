/**
 * Language of the article, with franc.
 *
 * franc reads at most 2,048 characters and guesses badly on short text, so it
 * gets a bounded sample of the kept prose, and unspun answers `und` when the
 * sample is short or franc's best two guesses are too close to call.
 */
import {francAll} from 'franc'

/** franc is unreliable under about this many characters. */
export const MIN_LANGUAGE_SAMPLE = 40
/**
 * The sample franc gets. franc itself stops at 2,048 characters; 600 are
 * plenty for a paragraph's language and cut its cost, the largest single
 * cost of a cleaning pass, by two thirds.
 */
export const MAX_LANGUAGE_SAMPLE = 600
/** The runner-up within this fraction of the best score means "unsure". */
export const UNSURE_MARGIN = 0.02

/** Options of `detectLanguage`. */
export interface LanguageOptions {
  /** ISO 639-3 codes to choose from (default: all franc knows). */
  only?: readonly string[]
}

/** ISO 639-3 code of the language of `paragraphs`, or `und` when unsure. */
export function detectLanguage(paragraphs: readonly string[], options: LanguageOptions = {}): string {
  const sample = languageSample(paragraphs)
  if (sample.length < MIN_LANGUAGE_SAMPLE) return 'und'
  const ranked = francAll(sample, {minLength: MIN_LANGUAGE_SAMPLE, only: options.only ? [...options.only] : []})
  const [first, second] = ranked
  if (!first || first[0] === 'und') return 'und'
  if (second && first[1] - second[1] < UNSURE_MARGIN && sample.length < 400) return 'und'
  return first[0]
}

/** The first paragraphs, up to franc's limit, joined by spaces. */
export function languageSample(paragraphs: readonly string[]): string {
  let sample = ''
  for (const paragraph of paragraphs) {
    if (sample.length >= MAX_LANGUAGE_SAMPLE) break
    sample += (sample ? ' ' : '') + paragraph
  }
  return sample.slice(0, MAX_LANGUAGE_SAMPLE)
}
