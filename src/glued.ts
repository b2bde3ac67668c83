/**
 * Pages flattened onto one line glue a menu to the first sentence after it:
 * "… Sections Economy More World Video Lynn said after the game that …".
 * Sentence splitting cannot see the seam; function words can: the menu has
 * almost none, the sentence has many. This cuts such a run-on span where a
 * dense suffix starts after a sparse prefix.
 */
import {flagsAt, LETTER, NUMBER, widthAt} from './char-class.js'
import {ALL_STOPWORDS} from './data/stopwords.js'
import type {Span} from './types.js'

/** Spans with fewer words are left whole. */
export const GLUED_MIN_WORDS = 40
/** The prose part must have at least this many words… */
const MIN_SUFFIX = 8
/** …and this share of function words; the menu part at most `MAX_PREFIX_DENSITY`. */
const MIN_SUFFIX_DENSITY = 0.3
const MAX_PREFIX_DENSITY = 0.15

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const UPPER = /^\p{Lu}/u

/** Cut `text.slice(span.start, span.end)` at the seam between a menu and a sentence, if any. */
export function splitGlued(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end)
  // Most sentences are short: count their words before building a match per word.
  if (countWords(slice) < GLUED_MIN_WORDS) return [span]
  const words = [...slice.matchAll(WORD)]
  const stops = words.map((match) => (ALL_STOPWORDS.has(match[0].toLowerCase()) ? 1 : 0))
  const prefixStops: number[] = [0]
  for (const stop of stops) prefixStops.push((prefixStops[prefixStops.length - 1] as number) + stop)
  const total = prefixStops[words.length] as number
  // The seam is where the contrast between the two sides is sharpest.
  let best = -1
  let bestContrast = 0
  for (let k = MIN_SUFFIX; k <= words.length - MIN_SUFFIX; k++) {
    const word = words[k] as RegExpMatchArray
    if (!UPPER.test(word[0])) continue
    const before = prefixStops[k] as number
    const prefixDensity = before / k
    const suffixDensity = (total - before) / (words.length - k)
    const contrast = suffixDensity - prefixDensity
    if (prefixDensity <= MAX_PREFIX_DENSITY && suffixDensity >= MIN_SUFFIX_DENSITY && contrast > bestContrast) {
      bestContrast = contrast
      best = k
    }
  }
  if (best < 0) return [span]
  const cut = span.start + ((words[best] as RegExpMatchArray).index ?? 0)
  return [{start: span.start, end: trimEnd(text, span.start, cut)}, {start: cut, end: span.end}]
}

/**
 * The number of matches of `WORD` in `text`, without building them: a
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
      const code = text.charCodeAt(i)
      inWord = inWord && (code === 0x27 || code === 0x2019 || code === 0x2d)
    }
  }
  return count
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /\s/.test(text[e - 1] as string)) e--
  return e
}
