/**
 * JSON passed as text (an API response, a scraper's record): its string
 * values are the text; keys, quotes, brackets, numbers and literals are
 * markup. Each string value reads as a paragraph of its own, and its escapes
 * (`\n`, `\"`, `\u00e9`) as the characters they stand for, one edit each, so
 * that offsets inside the text stay exact.
 */
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
    escapeEdits(input, i + 1, close, edits)
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

/** One edit per escape in the string `[start, end)`; a surrogate pair of `\u` escapes is one. */
function escapeEdits(input: string, start: number, end: number, edits: Edit[]): void {
  let i = input.indexOf('\\', start)
  while (i !== -1 && i < end) {
    const length = escapeLength(input, i)
    edits.push({start: i, end: i + length, text: unescape(input.slice(i, i + length)), markup: false})
    i = input.indexOf('\\', i + length)
  }
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
