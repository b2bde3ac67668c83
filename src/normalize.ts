/**
 * Stage 1: normalize the input and keep a map back to input offsets.
 *
 * Scraped text arrives with CRLF or CR line ends, a BOM, zero-width and
 * non-breaking spaces, control bytes and decomposed accents. Every later stage
 * wants plain LF text in NFC; users want offsets into what they gave. So this
 * stage returns both the normalized text and an `OffsetMap`.
 */

import {BMP_FLAGS, MARK} from './char-class.js'
import type {Edit, Markup} from './types.js'

/**
 * A sparse map from normalized offsets to input offsets.
 *
 * `at[k]` is a normalized offset from which on `shift[k]` must be added to get
 * the input offset (until `at[k + 1]`). Sparse because most inputs need no or
 * few edits, and a dense array would cost four bytes per character on 100 MB
 * inputs.
 */
export interface OffsetMap {
  readonly at: readonly number[]
  readonly shift: readonly number[]
  /** Length of the input. */
  readonly inputLength: number
}

/** The normalized text and its map. */
export interface Normalized {
  text: string
  map: OffsetMap
  /** The markup the text was read out of (see `markup/`), or null for plain text. */
  markup: Markup | null
}

// Characters dropped outright: BOM, zero-width space/joiners, word joiner, soft hyphen.
// The zero-width joiner (U+200D) stays: emoji sequences and Indic scripts need it.
const DROP = /[\uFEFF\u200B\u200C\u2060\u00AD]/
// Characters turned into a plain space: tabs, odd Unicode spaces, C0/C1 controls
// other than LF/CR, and the line/paragraph separators handled as spaces inside lines.
const SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u0000-\u0008\u000E-\u001F\u007F-\u009F]/
// Anything that may need work; when absent the input is returned as is.
const NEEDS_WORK = /[\r\uFEFF\u200B-\u200D\u2060\u00AD\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u0000-\u0008\u000E-\u001F\u007F-\u009F\u2028\u2029\uD800-\uDFFF\u0300-\u036F]/
const COMBINING = /\p{M}/u

/**
 * Normalize scraped text: CRLF and CR to LF, U+2028/2029 to LF, odd spaces and
 * control characters to a space, zero-width characters and BOM dropped, lone
 * surrogates to U+FFFD, combining sequences composed (NFC). With `markup`,
 * each of its edits is made first: the span reads as the edit's text
 * (normalized the same way).
 *
 * Pure: the input is not changed; the result maps back to it.
 */
export function normalize(input: string, markup: Markup | null = null): Normalized {
  const edits = markup?.edits ?? []
  if (edits.length === 0 && !NEEDS_WORK.test(input)) {
    return {text: input, map: {at: [0], shift: [0], inputLength: input.length}, markup}
  }
  const out: string[] = []
  const at: number[] = [0]
  const shift: number[] = [0]
  let length = 0
  let delta = 0
  const record = (): void => {
    if (shift[shift.length - 1] === delta) return
    if (at[at.length - 1] === length) shift[shift.length - 1] = delta
    else {
      at.push(length)
      shift.push(delta)
    }
  }
  let i = 0
  let e = 0
  while (i < input.length) {
    const edit = edits[e]
    // Nothing of the input is read past the next edit's start: the edit reads it.
    const limit = edit === undefined ? input.length : edit.start
    // Copy the run of characters that stay as they are in one piece: most
    // of a text that needs work at all needs none in most places.
    const stay = plainRunEnd(input, i, limit)
    if (stay > i) {
      out.push(input.slice(i, stay))
      length += stay - i
      i = stay
      continue
    }
    const piece = edit !== undefined && i >= edit.start ? editPiece(edit) : nextPiece(input, i, limit)
    if (piece.edited) e++
    out.push(piece.text)
    length += piece.text.length
    delta += piece.consumed - piece.text.length
    i += piece.consumed
    record()
  }
  return {text: out.join(''), map: {at, shift, inputLength: input.length}, markup}
}

/** The piece an edit makes: its text, normalized like the input (a decoded `&nbsp;` is a space). */
function editPiece(edit: Edit): Piece {
  const text = edit.text.length <= 1 && !isSpecial(edit.text.charCodeAt(0)) ? edit.text : normalize(edit.text).text
  return {text, consumed: edit.end - edit.start, edited: true}
}

/**
 * Where the run of characters from `i` that `nextPiece` would give back
 * unchanged, one by one, ends: characters that are not special themselves
 * (see `isSpecial`) and have no combining mark after them.
 */
function plainRunEnd(input: string, i: number, limit: number): number {
  let k = i
  while (k < limit && !isSpecial(input.charCodeAt(k)) && !((BMP_FLAGS[input.charCodeAt(k + 1)] ?? 0) & MARK)) k++
  return k
}

/**
 * A character `nextPiece` changes by itself: CR, a line or paragraph
 * separator, a `DROP` or `SPACE` character, or either half of a surrogate
 * pair (a pair is kept whole, but not as a cluster's base). Comparisons,
 * not the regexes, because every character of such a text is asked.
 */
function isSpecial(code: number): boolean {
  if (code >= 0x20 && code < 0x7f) return false
  return (
    (code < 0x20 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200c) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xfeff
  )
}

interface Piece {
  text: string
  consumed: number
  /** The piece is an edit's. */
  edited?: boolean
}

/** The normalized form of the input starting at `i`, and how much it consumed, up to `limit`. */
function nextPiece(input: string, i: number, limit: number): Piece {
  const ch = input[i] as string
  const code = ch.charCodeAt(0)
  if (ch === '\r') return {text: '\n', consumed: input[i + 1] === '\n' && i + 1 < limit ? 2 : 1}
  if (ch === '\u2028' || ch === '\u2029') return {text: '\n', consumed: 1}
  if (DROP.test(ch)) return {text: '', consumed: 1}
  if (SPACE.test(ch)) return {text: ' ', consumed: 1}
  if (code >= 0xd800 && code <= 0xdfff) return surrogate(input, i)
  // A base character followed by combining marks: compose the cluster.
  let end = i + 1
  while (end < limit && COMBINING.test(input[end] as string)) end++
  if (end === i + 1) return {text: ch, consumed: 1}
  const cluster = input.slice(i, end)
  return {text: cluster.normalize('NFC'), consumed: end - i}
}

function surrogate(input: string, i: number): Piece {
  const code = input.charCodeAt(i)
  const next = input.charCodeAt(i + 1)
  if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
    return {text: input.slice(i, i + 2), consumed: 2}
  }
  return {text: '\uFFFD', consumed: 1}
}

/** The input offset of normalized offset `offset`. */
export function toInput(map: OffsetMap, offset: number): number {
  let lo = 0
  let hi = map.at.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((map.at[mid] as number) <= offset) lo = mid
    else hi = mid - 1
  }
  return Math.min(map.inputLength, offset + (map.shift[lo] as number))
}
