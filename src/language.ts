/**
 * Language of the article, with franc.
 *
 * franc reads at most 2,048 characters and guesses badly on short text, so it
 * gets a bounded sample of the kept prose, and unspun answers `und` when the
 * sample is short or franc's best two guesses are too close to call.
 */
import {francAll} from 'franc'
import {LANGUAGE_FAMILIES, type LanguageFamily} from './data/language-families.js'
import {STOPWORDS} from './data/stopwords.js'

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

/**
 * A sample with at least this many function words of one family of
 * languages, and `FUNCTION_WORD_LEAD` times as many as of any other, is
 * compared only with that family (see `LANGUAGE_FAMILIES`). On the eval
 * pages this narrows 92% of the samples, at well under half the cost, and
 * franc gives its own answer on every one but a page of English menus that
 * franc, choosing among all languages, took for French.
 */
export const MIN_FUNCTION_WORDS = 8
/** How far one family's function words must lead the next (see `MIN_FUNCTION_WORDS`). */
export const FUNCTION_WORD_LEAD = 3
/**
 * The least share of the sample's words that the family's function words
 * make up. Prose has a fifth or more (most has 40%); a language without
 * function word lists here that shares a few short words with one (the
 * Indonesian "dan", "di" are Dutch and Italian words) has about a tenth.
 */
export const MIN_FUNCTION_WORD_SHARE = 0.15

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
 * franc's ranking on `sample` of a shortlist: the family of languages
 * whose function words lead (see `MIN_FUNCTION_WORDS`), else the languages
 * that rank best on a short spread-out sample of it (see
 * `SHORTLIST_SAMPLE`). When the shortlist is no use (the short sample is in
 * another script than the whole, say), every language is ranked.
 */
function rankShortlisted(sample: string): [string, number][] {
  const family = functionWordFamily(sample)
  if (family !== null) {
    const ranked = rank(sample, [...family])
    if (ranked[0]?.[0] !== 'und') return ranked
  }
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

/** Each function word and the families it belongs to, as bits in `LANGUAGE_FAMILIES` order. */
const FAMILY_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>()
  LANGUAGE_FAMILIES.forEach((family, bit) => {
    for (const lang of family.members) for (const word of STOPWORDS[lang]) bits.set(word, (bits.get(word) ?? 0) | (1 << bit))
  })
  return bits
})()
const WORD_RE = /[\p{L}'’]+/gu

/**
 * franc's codes of the family whose function words lead in `sample` (see
 * `MIN_FUNCTION_WORDS`), or null when none leads clearly. Families, not
 * languages, are counted: French, Spanish and Italian share too many
 * function words for a paragraph to tell them apart, and franc does that.
 */
export function functionWordFamily(sample: string): readonly string[] | null {
  const counts = new Array<number>(LANGUAGE_FAMILIES.length).fill(0)
  let words = 0
  for (const [word] of sample.toLowerCase().matchAll(WORD_RE)) {
    words++
    const bits = FAMILY_BITS.get(word)
    if (bits === undefined) continue
    for (let bit = 0; bit < counts.length; bit++) if (bits & (1 << bit)) counts[bit] = (counts[bit] as number) + 1
  }
  let best = 0
  for (let bit = 1; bit < counts.length; bit++) if ((counts[bit] as number) > (counts[best] as number)) best = bit
  const lead = counts[best] as number
  const next = Math.max(...counts.filter((_, bit) => bit !== best))
  if (lead < MIN_FUNCTION_WORDS || lead < FUNCTION_WORD_LEAD * next || lead < MIN_FUNCTION_WORD_SHARE * words) return null
  return (LANGUAGE_FAMILIES[best] as LanguageFamily).franc
}
