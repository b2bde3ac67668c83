/**
 * Pages flattened onto one line glue a menu to the first sentence after it:
 * "… Sections Economy More World Video Lynn said after the game that …".
 * Sentence splitting cannot see the seam; function words can: the menu has
 * almost none, the sentence has many. This cuts such a run-on span where a
 * dense suffix starts after a sparse prefix.
 */
import {BMP_FLAGS, flagsAt, LETTER, NUMBER, UPPER, widthAt} from './char-class.js'
import {isStopwordAt} from './features.js'
import type {Span} from './types.js'

/** Spans with fewer words are left whole. */
export const GLUED_MIN_WORDS = 40
/** The prose part must have at least this many words… */
const MIN_SUFFIX = 8
/** …and this share of function words; the menu part at most `MAX_PREFIX_DENSITY`. */
const MIN_SUFFIX_DENSITY = 0.3
const MAX_PREFIX_DENSITY = 0.15

/** Cut `text.slice(span.start, span.end)` at the seam between a menu and a sentence, if any. */
export function splitGlued(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end)
  // Most sentences are short: count their words before cutting them out.
  if (countWords(slice) < GLUED_MIN_WORDS) return [span]
  const {starts, prefixStops} = words(slice)
  const total = prefixStops[starts.length] as number
  // The seam is where the contrast between the two sides is sharpest.
  let best = -1
  let bestContrast = 0
  for (let k = MIN_SUFFIX; k <= starts.length - MIN_SUFFIX; k++) {
    // `^\p{Lu}` of the word's first code unit: a pair's high half is no capital.
    if (!((BMP_FLAGS[slice.charCodeAt(starts[k] as number)] as number) & UPPER)) continue
    const before = prefixStops[k] as number
    const prefixDensity = before / k
    const suffixDensity = (total - before) / (starts.length - k)
    const contrast = suffixDensity - prefixDensity
    if (prefixDensity <= MAX_PREFIX_DENSITY && suffixDensity >= MIN_SUFFIX_DENSITY && contrast > bestContrast) {
      bestContrast = contrast
      best = k
    }
  }
  if (best < 0) return [span]
  const cut = span.start + (starts[best] as number)
  return [{start: span.start, end: trimEnd(text, span.start, cut)}, {start: cut, end: span.end}]
}

/** The words of a span (see `words`). */
interface Words {
  /** Where each word starts. */
  starts: number[]
  /** How many of the words before each one (and before the end) are function words. */
  prefixStops: number[]
}

/**
 * The matches of `[\p{L}\p{N}][\p{L}\p{N}'’-]*` in `text` (as `countWords`
 * reads them), and which are function words once lower-cased. Read in
 * place: a regex match per word, each sliced and lower-cased for a set
 * lookup, was most of the time of this module.
 */
function words(text: string): Words {
  const starts: number[] = []
  const prefixStops: number[] = [0]
  let stops = 0
  eachWord(text, (start, end) => {
    starts.push(start)
    if (isStopwordAt(text, start, end)) stops++
    prefixStops.push(stops)
  })
  return {starts, prefixStops}
}

/**
 * Call `visit` with the start and end of each match of
 * `[\p{L}\p{N}][\p{L}\p{N}'’-]*` in `text`, in order: a letter or number
 * starts a word; letters, numbers and inner `'`, `’`, `-` continue it.
 */
export function eachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1
  for (let i = 0; i <= text.length; i += widthAt(text, i)) {
    // The end reads as a character of no class: it ends the last word.
    const flags = i < text.length ? flagsAt(text, i) : 0
    if (flags & (LETTER | NUMBER)) {
      if (start < 0) start = i
    } else if (start >= 0 && !isJoiner(text.charCodeAt(i))) {
      visit(start, i)
      start = -1
    }
    if (i === text.length) break
  }
}

/** `'`, `’`, `-`: inside a word, they do not end it. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d
}

/**
 * The number of matches of `[\p{L}\p{N}][\p{L}\p{N}'’-]*` in `text`, without building them: a
 * match starts at a letter or number outside a match and runs over
 * letters, numbers, apostrophes and hyphens.
 */
function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i += widthAt(text, i)) {
    const flags = flagsAt(text, i)
    if (flags & (LETTER | NUMBER)) {
      if (!inWord) count++
      inWord = true
    } else {
      inWord = inWord && isJoiner(text.charCodeAt(i))
    }
  }
  return count
}

/** Where `text.slice(start, end)` ends once white space at its end is left out. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /\s/.test(text[e - 1] as string)) e--
  return e
}
