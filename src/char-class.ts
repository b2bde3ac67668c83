/**
 * Unicode character classes by table, for the loops that read every
 * character of a page (block features, line keys).
 *
 * A lookup in a 64 KB table per character is several times faster than a
 * Unicode property regex over the text, and it lets one pass collect what
 * several regexes collected in several passes. The table covers the Basic
 * Multilingual Plane; the rare characters beyond it are classed with the
 * same regexes, one at a time (`codePointFlags`).
 */

/** `\p{L}`: a letter. */
export const LETTER = 1
/** `\p{N}`: a digit or other number. */
export const NUMBER = 2
/** `\p{Lu}`: an upper-case letter. */
export const UPPER = 4
/** `\s`: white space. */
export const SPACE = 8
/** `\p{M}`: a combining mark. */
export const MARK = 16

const LETTER_RE = /\p{L}/u
const NUMBER_RE = /\p{N}/u
const UPPER_RE = /\p{Lu}/u
const SPACE_RE = /\s/u
const MARK_RE = /\p{M}/u

/** The flags of one code point, by regex (the table's source, and the fallback beyond it). */
export function codePointFlags(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint)
  return (
    (LETTER_RE.test(ch) ? LETTER : 0) |
    (NUMBER_RE.test(ch) ? NUMBER : 0) |
    (UPPER_RE.test(ch) ? UPPER : 0) |
    (SPACE_RE.test(ch) ? SPACE : 0) |
    (MARK_RE.test(ch) ? MARK : 0)
  )
}

/** Flags of every code unit of the Basic Multilingual Plane; surrogates have none. */
export const BMP_FLAGS: Uint8Array = buildTable()

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    table[c] = codePointFlags(c)
  }
  return table
}

/**
 * The flags of the character at `i` and its length in code units: 2 for a
 * surrogate pair, 1 otherwise. A lone surrogate has no flags, as a `u` regex
 * sees it.
 */
export function flagsAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdbff) return BMP_FLAGS[code] as number
  const next = text.charCodeAt(i + 1)
  // NaN past the end: a lone surrogate too.
  if (!(next >= 0xdc00 && next <= 0xdfff)) return 0
  return codePointFlags(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000)
}

/** Code units of the character at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdbff) return 1
  const next = text.charCodeAt(i + 1)
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1
}

/**
 * The lower case of every code unit of the Basic Multilingual Plane, where
 * it is one code unit and needs no context: the unit itself elsewhere (İ,
 * which lower-cases to two units; Σ, which lower-cases by what follows it;
 * surrogates). Loops read a text lower-cased through it without copying it.
 */
export const BMP_LOWER: Uint16Array = buildLower()

function buildLower(): Uint16Array {
  const table = new Uint16Array(0x10000)
  for (let c = 0; c < 0x10000; c++) {
    const lower = c >= 0xd800 && c <= 0xdfff ? '' : String.fromCharCode(c).toLowerCase()
    table[c] = lower.length === 1 && c !== 0x3a3 ? lower.charCodeAt(0) : c
  }
  return table
}
