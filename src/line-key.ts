/**
 * The key two copies of one line share, compared CCNet-style: lower case,
 * digits folded to 0, punctuation dropped. Computed once per block (see
 * `BlockFeatures.key`).
 */
import {BMP_FLAGS, flagsAt, LETTER, NUMBER, widthAt} from './char-class.js'

/**
 * The key two copies of one line share: the line lower-cased, every number
 * character (`\p{N}`) made `0`, every run of other characters that are not
 * letters (`\p{L}`) made one space, trimmed. One pass over a character table
 * (every block of every page gets a key, so this was a twentieth of the time
 * as three regex passes). `lower` is `text.toLowerCase()`, when the caller
 * has it already (see `blockLowers` in features.ts).
 */
export function lineKey(text: string, lower = text.toLowerCase()): string {
  let key = ''
  // Start of the stretch of `lower` the key copies as it is (letters, "0"s
  // and single spaces between them), or -1. Copying whole stretches instead
  // of word by word keeps the key in a few pieces: fewer strings to allocate
  // and to join into one when the key is compared.
  let from = -1
  // Characters that are neither letters nor numbers were skipped since the last kept one.
  let gap = false
  let i = 0
  while (i < lower.length) {
    const code = lower.charCodeAt(i)
    // The table inline, and the rare surrogate pair by code point (hot loop).
    const flags = code >= 0xd800 && code <= 0xdbff ? flagsAt(lower, i) : (BMP_FLAGS[code] as number)
    if (flags & LETTER || code === 0x30) {
      if (from < 0) {
        if (gap && key !== '') key += ' '
        gap = false
        from = i
      }
    } else if (!(code === 0x20 && from >= 0 && copiedAsIs(lower, i + 1))) {
      if (from >= 0) {
        key += lower.slice(from, i)
        from = -1
      }
      if (flags & NUMBER) {
        if (gap && key !== '') key += ' '
        gap = false
        key += '0'
      } else gap = true
    }
    i += code >= 0xd800 && code <= 0xdbff ? widthAt(lower, i) : 1
  }
  return from >= 0 ? key + lower.slice(from) : key
}

/** The key has the character at `i` as it is: a letter, or the digit 0. */
function copiedAsIs(lower: string, i: number): boolean {
  return i < lower.length && ((flagsAt(lower, i) & LETTER) !== 0 || lower.charCodeAt(i) === 0x30)
}

/** Keys shorter than this have their lengths counted in an array (see `lengthShared`). */
const SHORT_KEY = 1024

/**
 * Whether each of `keys` has a length that another of them shares: only
 * such a key can have a copy. Comparing lengths first spares hashing every
 * key, and a paragraph's key is long, nearly always of a length of its own,
 * and built in pieces that hashing would first copy into one.
 */
export function lengthShared(keys: readonly string[]): boolean[] {
  // Most keys are shorter than SHORT_KEY: their lengths are counted (up to
  // two) in a small typed array, the rest in a map. A map for every length
  // took three times as long, and it runs twice a page (repeats, title).
  const short = new Uint8Array(SHORT_KEY)
  const long = new Map<number, number>()
  for (const {length} of keys) {
    if (length < SHORT_KEY) short[length] = Math.min(2, (short[length] as number) + 1)
    else long.set(length, (long.get(length) ?? 0) + 1)
  }
  return keys.map(({length}) => (length < SHORT_KEY ? (short[length] as number) : (long.get(length) as number)) > 1)
}

