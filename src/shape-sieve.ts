/**
 * A sieve of a word list's shapes: which first two and last code units and
 * lengths its words have. A word whose shape no listed word has is not in the list,
 * and telling so takes two character reads instead of cutting the word out
 * of its text and hashing it for a set or map lookup. The hot loops that
 * look up every word of a page (function words, the spun table's first
 * words) ask the sieve first; most words are in neither list.
 *
 * Only a clear answer is certain: a word that passes may still be absent,
 * and the caller looks it up as before.
 */

/** Slots of a sieve: a power of two. */
const SLOTS = 4096

/** A word list's shapes (see `shapeSieve`). */
export type ShapeSieve = Uint32Array

/** The slot of a word of code units `first`, `second` (0 for a one-unit word) … `last`. */
function slot(first: number, second: number, last: number): number {
  return ((first * 61 + second) * 31 + last) & (SLOTS - 1)
}

/** The bit of a word's length; every length from 31 on shares the last bit. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31)
}

/**
 * The sieve of `words`: bit `lengthBit(n)` of slot `slot(a, b, z)` is set
 * when a word of length `n` starts with `a` and `b` and ends with `z`.
 */
export function shapeSieve(words: Iterable<string>): ShapeSieve {
  const sieve = new Uint32Array(SLOTS)
  for (const word of words) {
    if (word === '') continue
    const at = slot(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0, word.charCodeAt(word.length - 1))
    sieve[at] = (sieve[at] as number) | lengthBit(word.length)
  }
  return sieve
}

/**
 * Whether `text.slice(start, end)` (not empty) may be one of the sieve's
 * words; false means it certainly is not.
 */
export function mayHold(sieve: ShapeSieve, text: string, start: number, end: number): boolean {
  const length = end - start
  const at = slot(text.charCodeAt(start), length > 1 ? text.charCodeAt(start + 1) : 0, text.charCodeAt(end - 1))
  return ((sieve[at] as number) & lengthBit(length)) !== 0
}

/**
 * A word list read in place: the shape sieve first, then a hash of the code
 * units read from the text. The loops that look up every token of a page
 * (function words, the first words of the phrase lists and of the spun
 * table) cut no token out of its text: most tokens are turned away by the
 * sieve, and the rest are compared where they stand.
 *
 * A lookup gives the word's index in the list, which the caller maps to
 * what it keeps for the word: one shape of table for every caller keeps
 * the hot lookup monomorphic (tables of values of several types made it
 * slower than the map lookups it replaced).
 */
export interface WordIndex {
  readonly sieve: ShapeSieve
  /** The words, without repeats, in the order given. */
  readonly words: readonly string[]
  /** The indices of the words by `hashAt` of the word. */
  readonly byHash: ReadonlyMap<number, readonly number[]>
}

/** A hash of `text.slice(start, end)`'s code units, read in place. */
function hashAt(text: string, start: number, end: number): number {
  let h = 0
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) & 0x3fffffff
  return h
}

/** The index of `words` (a word repeated keeps its first place). */
export function wordIndex(words: Iterable<string>): WordIndex {
  const byHash = new Map<number, number[]>()
  const kept: string[] = []
  for (const word of words) {
    const h = hashAt(word, 0, word.length)
    const list = byHash.get(h)
    if (list?.some((k) => kept[k] === word)) continue
    if (list === undefined) byHash.set(h, [kept.length])
    else list.push(kept.length)
    kept.push(word)
  }
  return {sieve: shapeSieve(kept), words: kept, byHash}
}

/** The index of `text.slice(start, end)` (not empty) in `index.words`, or -1; nothing is sliced. */
export function indexAt(index: WordIndex, text: string, start: number, end: number): number {
  if (!mayHold(index.sieve, text, start, end)) return -1
  const list = index.byHash.get(hashAt(text, start, end))
  if (list === undefined) return -1
  for (const k of list) {
    const word = index.words[k] as string
    if (word.length === end - start && text.startsWith(word, start)) return k
  }
  return -1
}
