/**
 * Stage 0: markup around the text. Scrapers sometimes hand over the page's
 * HTML, or a JSON record, where text was expected. Such input is read as the
 * text it holds: the markup is set aside (reported in `removed`, kind
 * `markup`), references and escapes read as their characters, and every
 * offset still points into the input as given.
 *
 * Plain text with a stray tag (an ad snippet, an "allowed tags" line, code
 * with `<stdin>`) is not HTML: it stays as it is.
 */
import {htmlEdits} from './html.js'
import {isJsonDocument, jsonEdits} from './json.js'
import type {Markup} from '../types.js'

/** At least this share of a fragment's non-blank lines start or end with a tag. */
const MIN_TAGGED_LINES = 0.5

// The start of a whole HTML document, after white space.
const DOCUMENT_START_RE = /^(?:<!doctype html|<html[\s>]|<\?xml)/i
// A closing tag of a line-breaking element (see `LINE_BREAKING_TAGS`), or `<br>`.
const CLOSING_TAG_RE = /<\/(?:p|div|li|h[1-6]|td|th|tr|table|ul|ol|dl|dd|dt|section|article|header|footer|nav|aside|main|blockquote|figure|figcaption|pre|body|html|head|title)\s*>|<br\s*\/?>/i

/** The markup around the text of `input`, or null when it is plain text. */
export function findMarkup(input: string): Markup | null {
  if (isJsonDocument(input)) return {format: 'json', edits: jsonEdits(input)}
  if (isHtml(input)) return {format: 'html', edits: htmlEdits(input)}
  return null
}

/**
 * Whether `input` is HTML: a document (doctype, `<html>`), or a fragment
 * that closes a line-breaking element and whose lines mostly start or end
 * with a tag (`<p>…</p>`, `…<br>`). A stray tag in scraped text meets neither.
 */
export function isHtml(input: string): boolean {
  if (!input.includes('<')) return false
  if (DOCUMENT_START_RE.test(input.trimStart().slice(0, 20))) return true
  return CLOSING_TAG_RE.test(input) && taggedShare(input) >= MIN_TAGGED_LINES
}

/** The share of non-blank lines whose first visible character is `<` or last `>`. */
function taggedShare(input: string): number {
  let lines = 0
  let tagged = 0
  let start = 0
  while (start < input.length) {
    let end = input.indexOf('\n', start)
    if (end === -1) end = input.length
    const line = input.slice(start, end).trim()
    if (line !== '') {
      lines++
      if (line.startsWith('<') || line.endsWith('>')) tagged++
    }
    start = end + 1
  }
  return lines === 0 ? 0 : tagged / lines
}
