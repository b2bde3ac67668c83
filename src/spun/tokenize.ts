/**
 * One linear pass that cuts a text into lower-case words with their offsets, and classifies
 * the gap after each word: can a phrase continue across it, and does a sentence end in it.
 */
import {hashStep} from '../shape-sieve.js'

/**
 * Word characters of the lower-cased text: digits, lower-case Latin, and the
 * letters of most scripts (`[a-z0-9\u00c0-\u024f\u0370-\u1fff\u2c00-\ud7ff]`);
 * with `anyCase`, upper-case ASCII too, for texts whose lower-casing changes
 * length. A test per character, not a regex: the words of every kept
 * paragraph are cut, and a match object per word kept the garbage collector busy.
 */
function isWordChar(code: number, anyCase: boolean): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x370 && code <= 0x1fff) ||
    (code >= 0x2c00 && code <= 0xd7ff) ||
    (anyCase && code >= 0x41 && code <= 0x5a)
  )
}

/** How a gap between two words may be crossed. */
export const Gap = {
  /** Spaces, one hyphen or one apostrophe: a phrase may continue. */
  Join: 0,
  /** Other punctuation inside a sentence (comma, quote, bracket): a phrase stops, a cluster may go on. */
  Stop: 1,
  /** A sentence or line ends (. ! ? ; : dash, line break): neither phrase nor cluster crosses it. */
  Break: 2
} as const

/** One of the `Gap` values. */
export type Gap = (typeof Gap)[keyof typeof Gap]

/**
 * The words of a text, by their offsets: a word is cut out of the text only
 * when a lookup needs it (`wordAt`). Most words of a page start no window,
 * and the table tells so by reading them in place (see `SpunTable.firstAt`).
 */
export interface Tokens {
  /** Offset of each word in `text`. */
  starts: number[]
  /** End offset (exclusive) of each word in `text`. */
  ends: number[]
  /** The text the words come from. */
  text: string
  /** `text` lower-cased, where each word reads as its lower-case form; null when lower-casing changes the text's length (a dotted capital I). */
  lower: string | null
  /**
   * `hashAt` of each word in `lower`, taken as the word was cut (empty when `lower` is null):
   * the table's first-word lookup probes with it instead of reading the word again.
   */
  hashes: number[]
}

/** Word `k`, lower case. */
export function wordAt(t: Tokens, k: number): string {
  const start = t.starts[k] as number
  const end = t.ends[k] as number
  return t.lower !== null ? t.lower.slice(start, end) : t.text.slice(start, end).toLowerCase()
}

/**
 * Classifies the text between word `i` and word `i + 1`. Computed on demand: only windows that
 * matched and their neighbours need it.
 */
export function gapAfter(t: Tokens, i: number): Gap {
  return classifyGap(t.text, t.ends[i] as number, t.starts[i + 1] as number)
}

function classifyGap(text: string, from: number, to: number): Gap {
  if (to - from > 3) return blankOrBreak(text, from, to)
  let hyphens = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20 || c === 0x09 || c === 0xa0) continue
    // A line break ends a phrase: in page text it separates lines; callers fold wrapped lines first.
    if (c === 0x0a) return Gap.Break
    if (c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x27 || c === 0x2019) { hyphens++; continue }
    return punctuationGap(text, from, to)
  }
  if (hyphens > 1) return Gap.Stop
  // "Kazan - The" (a spaced hyphen) separates like a dash.
  if (hyphens === 1 && to - from > 1) return Gap.Break
  return Gap.Join
}

function blankOrBreak(text: string, from: number, to: number): Gap {
  let newlines = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) newlines++
    else if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x0d) return punctuationGap(text, from, to)
  }
  return newlines > 0 ? Gap.Break : Gap.Join
}

function punctuationGap(text: string, from: number, to: number): Gap {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    // . ! ? ; : | newline, en and em dashes, bullet
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a || c === 0x7c || c === 0x0a ||
        c === 0x2013 || c === 0x2014 || c === 0x2022) return Gap.Break
  }
  return Gap.Stop
}

/** Cuts `text` into words. Linear in the length of the text. */
export function tokenize(text: string): Tokens {
  const lower = text.toLowerCase()
  // Lower-casing keeps offsets for nearly every text; when it does not (a dotted capital I),
  // words are matched in the text as given and lower-cased one by one.
  const sameLength = lower.length === text.length
  const starts: number[] = []
  const ends: number[] = []
  const hashes: number[] = []
  const source = sameLength ? lower : text
  let i = 0
  while (i < source.length) {
    let code = source.charCodeAt(i)
    if (!isWordChar(code, !sameLength)) {
      i++
      continue
    }
    const start = i
    let h = 0
    do {
      h = hashStep(h, code)
      i++
    } while (i < source.length && isWordChar((code = source.charCodeAt(i)), !sameLength))
    starts.push(start)
    ends.push(i)
    if (sameLength) hashes.push(h)
  }
  return {starts, ends, text, lower: sameLength ? lower : null, hashes}
}

/**
 * Word `k` starts with an upper-case letter in the text as given: its first
 * character there differs from its lower-case word's. Asked only of words
 * in a matched window and their neighbours, so it is read when asked.
 */
export function capitalized(t: Tokens, k: number): boolean {
  const start = t.starts[k] as number
  const first = t.lower !== null ? t.lower.charCodeAt(start) : wordAt(t, k).charCodeAt(0)
  return t.text.charCodeAt(start) !== first
}
