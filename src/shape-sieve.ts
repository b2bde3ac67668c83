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
  /**
   * An open-addressed table of the words: each slot holds a word's index
   * plus one (0 for an empty slot), and a word's probe starts at
   * `slotOf(hash)`. A probe reads two typed arrays where a map of hashes to
   * lists of indices took a map lookup and a list per hit.
   */
  readonly slots: Int32Array
  /** `hashAt` of the word in each slot: a word is compared only when its hash matches. */
  readonly hashes: Int32Array
  /** 32 less the bits of a slot number (see `slotOf`). */
  readonly shift: number
}

/** A hash of `text.slice(start, end)`'s code units, read in place. */
export function hashAt(text: string, start: number, end: number): number {
  let h = 0
  for (let k = start; k < end; k++) h = hashStep(h, text.charCodeAt(k))
  return h
}

/**
 * `h`, the hash of some code units, with `code` added after them (see
 * `hashAt`). For loops that hash a token as they read it, one unit at a
 * time, and may change the units on the way (lower-casing them, say).
 */
export function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) & 0x3fffffff
}

/** The first slot a word of hash `h` is probed at, in a table of `2 ** (32 - shift)` slots. */
function slotOf(h: number, shift: number): number {
  // The high bits of a multiplicative mix: the low bits of `hashAt` follow the last characters alone.
  return Math.imul(h, 0x9e3779b1) >>> shift
}

/**
 * The slot a probe for a word of hash `h` starts at. For callers that hash
 * a token their own way (lower-casing it as they read it, say) into the
 * same value as `hashAt` of the word, and probe `slots` and `hashes`
 * themselves from here, a slot at a time, until an empty one.
 */
export function firstSlot(index: WordIndex, h: number): number {
  return slotOf(h, index.shift)
}

/** The index of `words` (a word repeated keeps its first place). */
export function wordIndex(words: Iterable<string>): WordIndex {
  const kept = [...new Set(words)]
  // At most half the slots filled keeps probes short.
  let shift = 28
  while (2 ** (32 - shift) < kept.length * 2) shift--
  const size = 2 ** (32 - shift)
  const slots = new Int32Array(size)
  const hashes = new Int32Array(size)
  kept.forEach((word, k) => {
    const h = hashAt(word, 0, word.length)
    let at = slotOf(h, shift)
    while ((slots[at] as number) !== 0) at = (at + 1) & (size - 1)
    slots[at] = k + 1
    hashes[at] = h
  })
  return {sieve: shapeSieve(kept), words: kept, slots, hashes, shift}
}

/** The index of `text.slice(start, end)` (not empty) in `index.words`, or -1; nothing is sliced. */
export function indexAt(index: WordIndex, text: string, start: number, end: number): number {
  if (!mayHold(index.sieve, text, start, end)) return -1
  return indexOfHash(index, text, start, end, hashAt(text, start, end))
}

/**
 * The index of `text.slice(start, end)` in `index.words`, or -1, for a caller that
 * took the word's `hashAt` (`h`) as it cut the word: the probe compares hashes, and
 * reads the word again only when one matches. No sieve: callers ask `mayHold` first.
 */
export function indexOfHash(index: WordIndex, text: string, start: number, end: number, h: number): number {
  const {slots, hashes, words, shift} = index
  const mask = slots.length - 1
  for (let at = slotOf(h, shift); ; at = (at + 1) & mask) {
    const k = (slots[at] as number) - 1
    if (k < 0) return -1
    if (hashes[at] === h) {
      const word = words[k] as string
      if (word.length === end - start && text.startsWith(word, start)) return k
    }
  }
}
