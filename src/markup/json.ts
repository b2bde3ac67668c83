/**
 * JSON passed as text (an API response, a scraper's record): its string
 * values are the text; keys, quotes, brackets, numbers and literals are
 * markup. Each string value reads as a paragraph of its own, and its escapes
 * (`\n`, `\"`, `\u00e9`) as the characters they stand for, one edit each, so
 * that offsets inside the text stay exact. A value that is itself HTML (a
 * CMS's `content.rendered`) is read as HTML too.
 */
import {htmlEdits, isHtml} from './html.js'
import type {Edit} from '../types.js'

/** What a one-character escape stands for. */
const ESCAPES: Readonly<Record<string, string>> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\n', t: '\t'}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COLON = 0x3a

/** Whether `input` is one JSON object or array: its edges say so, and it parses. */
export function isJsonDocument(input: string): boolean {
  const text = input.trim()
  const first = text[0]
  const last = text[text.length - 1]
  if (!((first === '{' && last === '}') || (first === '[' && last === ']'))) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * The edits that turn a JSON document into its text: the markup between
 * string values (read as a paragraph break), object keys with it, and each
 * escape inside a value. Call it on input `isJsonDocument` accepted.
 */
export function jsonEdits(input: string): Edit[] {
  const edits: Edit[] = []
  // Where the markup since the last string value began.
  let markupStart = 0
  let i = input.indexOf('"')
  while (i !== -1) {
    const close = stringEnd(input, i)
    if (isKey(input, close + 1)) {
      i = input.indexOf('"', close + 1)
      continue
    }
    // The opening quote ends the markup before the value; the closing one starts the next.
    edits.push({start: markupStart, end: i + 1, text: '\n\n', markup: true})
    for (const edit of valueEdits(input, i + 1, close)) edits.push(edit)
    markupStart = close
    i = input.indexOf('"', close + 1)
  }
  edits.push({start: markupStart, end: input.length, text: '\n\n', markup: true})
  return edits
}

/** The offset of the quote that closes the string opened at `open`. */
function stringEnd(input: string, open: number): number {
  let i = open + 1
  while (i < input.length) {
    const code = input.charCodeAt(i)
    if (code === QUOTE) return i
    i += code === BACKSLASH ? 2 : 1
  }
  return input.length
}

/** Whether the first non-space character from `from` is a colon: the string before it was a key. */
function isKey(input: string, from: number): boolean {
  let i = from
  while (i < input.length && isJsonSpace(input.charCodeAt(i))) i++
  return input.charCodeAt(i) === COLON
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09
}

/**
 * The edits inside the string value `[start, end)`: its escapes and, when
 * the value read is HTML, the HTML's edits, taken back to input offsets.
 */
function valueEdits(input: string, start: number, end: number): Edit[] {
  const escapes = escapeEdits(input, start, end)
  if (!mayHoldTags(input.slice(start, end))) return escapes
  const value = decoded(input, start, end, escapes)
  if (!isHtml(value.text)) return escapes
  return withHtml(escapes, htmlEdits(value.text).map((edit) => ({...edit, start: value.inputAt[edit.start] as number, end: value.inputAt[edit.end] as number})))
}

/** Whether a raw string value may hold a tag: a `<`, or one escaped as `\u003c` (Go, PHP with JSON_HEX_TAG). */
function mayHoldTags(raw: string): boolean {
  return raw.includes('<') || raw.includes('\\u003c') || raw.includes('\\u003C')
}

/** One edit per escape in the string `[start, end)`; a surrogate pair of `\u` escapes is one. */
function escapeEdits(input: string, start: number, end: number): Edit[] {
  const edits: Edit[] = []
  let i = input.indexOf('\\', start)
  while (i !== -1 && i < end) {
    const length = escapeLength(input, i)
    edits.push({start: i, end: i + length, text: unescape(input.slice(i, i + length)), markup: false})
    i = input.indexOf('\\', i + length)
  }
  return edits
}

/** A string value as read, and the input offset of each of its characters (and of its end). */
interface Decoded {
  text: string
  inputAt: Int32Array
}

/** The value `[start, end)` with its escapes made. A character an escape makes maps to the escape's start. */
function decoded(input: string, start: number, end: number, escapes: readonly Edit[]): Decoded {
  const parts: string[] = []
  const offsets: number[] = []
  let cursor = start
  const copy = (from: number, to: number): void => {
    parts.push(input.slice(from, to))
    for (let k = from; k < to; k++) offsets.push(k)
  }
  for (const escape of escapes) {
    copy(cursor, escape.start)
    parts.push(escape.text)
    for (let k = 0; k < escape.text.length; k++) offsets.push(escape.start)
    cursor = escape.end
  }
  copy(cursor, end)
  offsets.push(end)
  return {text: parts.join(''), inputAt: Int32Array.from(offsets)}
}

/**
 * The escapes and the HTML's edits (input offsets) as one list: an escape
 * inside an HTML edit goes with it (`<a href=\"…\">`; the edit's text is
 * read from the unescaped value). When an HTML edit would cut an escape,
 * the HTML's edits are left out: the value stays text with its tags, but
 * every offset stays true.
 */
function withHtml(escapes: readonly Edit[], html: readonly Edit[]): Edit[] {
  const out: Edit[] = []
  let e = 0
  for (const edit of html) {
    while (e < escapes.length && (escapes[e] as Edit).end <= edit.start) out.push(escapes[e++] as Edit)
    while (e < escapes.length && (escapes[e] as Edit).start < edit.end) {
      const escape = escapes[e++] as Edit
      if (escape.start < edit.start || escape.end > edit.end) return [...escapes]
    }
    if (edit.end > edit.start) out.push(edit)
  }
  while (e < escapes.length) out.push(escapes[e++] as Edit)
  return out
}

/** How long the escape at `i` is: 2, 4 for `\r\n` (one line end), 6 for `\uXXXX`, 12 for a surrogate pair written as two. */
function escapeLength(input: string, i: number): number {
  if (input.startsWith('\\r\\n', i)) return 4
  if (input[i + 1] !== 'u') return 2
  const unit = Number.parseInt(input.slice(i + 2, i + 6), 16)
  const pairs = unit >= 0xd800 && unit <= 0xdbff && input[i + 6] === '\\' && input[i + 7] === 'u'
  if (!pairs) return 6
  const low = Number.parseInt(input.slice(i + 8, i + 12), 16)
  return low >= 0xdc00 && low <= 0xdfff ? 12 : 6
}

/** The characters one escape (or a pair of `\u` escapes) stands for. */
function unescape(escape: string): string {
  if (escape.length === 4) return '\n'
  if (escape[1] !== 'u') return ESCAPES[escape[1] as string] ?? escape
  let out = ''
  for (let k = 0; k < escape.length; k += 6) out += String.fromCharCode(Number.parseInt(escape.slice(k + 2, k + 6), 16))
  return out
}
