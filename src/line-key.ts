/**
 * The key two copies of one line share, compared CCNet-style: lower case,
 * digits folded to 0, punctuation dropped. Computed once per block (see
 * `BlockFeatures.key`).
 */
import {flagsAt, LETTER, NUMBER, widthAt} from './char-class.js'

/**
 * The key two copies of one line share: the line lower-cased, every number
 * character (`\p{N}`) made `0`, every run of other characters that are not
 * letters (`\p{L}`) made one space, trimmed. One pass over a character table
 * (three regex passes took twenty times as long). `lower` is
 * `text.toLowerCase()`, when the caller has it already (see `blockLowers` in
 * features.ts). The blocks of a page get theirs from the pass that counts
 * their words (see `scan` in features.ts), which feeds a `KeyBuilder` as
 * this does.
 */
export function lineKey(text: string, lower = text.toLowerCase()): string {
  const key = new KeyBuilder(lower)
  let i = 0
  while (i < lower.length) {
    const code = lower.charCodeAt(i)
    const flags = flagsAt(lower, i)
    if (flags & LETTER || code === 0x30) key.keep(i)
    else if (!(code === 0x20 && key.open() && copiedAsIs(lower, i + 1))) key.drop(i, (flags & NUMBER) !== 0)
    i += widthAt(lower, i)
  }
  return key.done()
}

/** The key has the character at `i` as it is: a letter, or the digit 0. */
function copiedAsIs(lower: string, i: number): boolean {
  return i < lower.length && ((flagsAt(lower, i) & LETTER) !== 0 || lower.charCodeAt(i) === 0x30)
}

/**
 * A line key (see `lineKey`) built as the line is read, a character at a
 * time: the reader says which characters the key has as they are, and
 * which it drops. A space between two kept characters is neither: the
 * reader skips it.
 */
export class KeyBuilder {
  private key = ''
  /**
   * Start of the stretch of `lower` the key copies as it is (letters, "0"s
   * and single spaces between them), or -1. Copying whole stretches instead
   * of word by word keeps the key in a few pieces: fewer strings to allocate
   * and to join into one when the key is compared.
   */
  private from = -1
  /** Characters that are neither letters nor numbers were dropped since the last kept one. */
  private gap = false

  constructor(private readonly lower: string) {}

  /** Whether the character before the one read is kept: a space read now may be skipped. */
  open(): boolean {
    return this.from >= 0
  }

  /** The character at `i` is a letter or the digit 0, kept as it is. */
  keep(i: number): void {
    if (this.from >= 0) return
    if (this.gap && this.key !== '') this.key += ' '
    this.gap = false
    this.from = i
  }

  /** The character at `i` is dropped: a number, which the key has as "0", or anything else. */
  drop(i: number, number: boolean): void {
    if (this.from >= 0) {
      this.key += this.lower.slice(this.from, i)
      this.from = -1
    }
    if (number) {
      if (this.gap && this.key !== '') this.key += ' '
      this.gap = false
      this.key += '0'
    } else this.gap = true
  }

  /** The key of the whole line read. */
  done(): string {
    return this.from >= 0 ? this.key + this.lower.slice(this.from) : this.key
  }
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

