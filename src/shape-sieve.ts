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
