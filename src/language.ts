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

/**
 * When the caller names no languages, franc first ranks every language on a
 * short sample spread over the whole sample, and then compares only the
 * best `CANDIDATES` of them on the whole sample. Ranking a language costs
 * one lookup per trigram of the sample, and franc knows about 190; this
 * takes half of the time (or less) that ranking them all on the whole
 * sample took, and chose the same language on every page of the eval sets.
 */
export const SHORTLIST_SAMPLE = 160
/** Languages of the first ranking that franc compares on the whole sample (see `SHORTLIST_SAMPLE`). */
export const CANDIDATES = 10
/** Pieces the short sample is taken in, spread over the sample, so a page that changes language is read in both. */
const SHORTLIST_PIECES = 4

/** Options of `detectLanguage`. */
export interface LanguageOptions {
  /** ISO 639-3 codes to choose from (default: all franc knows). */
  only?: readonly string[]
}

/** ISO 639-3 code of the language of `paragraphs`, or `und` when unsure. */
export function detectLanguage(paragraphs: readonly string[], options: LanguageOptions = {}): string {
  const sample = languageSample(paragraphs)
  if (sample.length < MIN_LANGUAGE_SAMPLE) return 'und'
  const ranked = options.only ? rank(sample, [...options.only]) : rankShortlisted(sample)
  const [first, second] = ranked
  if (!first || first[0] === 'und') return 'und'
  if (second && first[1] - second[1] < UNSURE_MARGIN && sample.length < 400) return 'und'
  return first[0]
}

/** franc's ranking of `only` (all languages when empty) on `sample`. */
function rank(sample: string, only: string[]): [string, number][] {
  return francAll(sample, {minLength: MIN_LANGUAGE_SAMPLE, only})
}

/**
 * franc's ranking on `sample` of the languages that rank best on a short
 * spread-out sample of it (see `SHORTLIST_SAMPLE`). When the shortlist is
 * no use (the short sample is in another script than the whole, say),
 * every language is ranked.
 */
function rankShortlisted(sample: string): [string, number][] {
  if (sample.length <= SHORTLIST_SAMPLE) return rank(sample, [])
  const shortlist = francAll(spreadSample(sample), {minLength: 1})
  if (shortlist[0]?.[0] === 'und') return rank(sample, [])
  const ranked = rank(sample, shortlist.slice(0, CANDIDATES).map(([code]) => code))
  return ranked[0]?.[0] === 'und' ? rank(sample, []) : ranked
}

/** `SHORTLIST_SAMPLE` characters of `sample`, in pieces from its start to its end. */
function spreadSample(sample: string): string {
  const width = Math.floor(SHORTLIST_SAMPLE / SHORTLIST_PIECES)
  const step = (sample.length - width) / (SHORTLIST_PIECES - 1)
  const pieces: string[] = []
  for (let p = 0; p < SHORTLIST_PIECES; p++) {
    const start = Math.round(p * step)
    pieces.push(sample.slice(start, start + width))
  }
  return pieces.join(' ')
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
