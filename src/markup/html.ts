/**
 * HTML passed as text: which spans of the input are markup, and how the
 * text around them reads once they are gone.
 *
 * The page is parsed with the package's HTML parser (rehype), whose text
 * nodes carry their offsets in the input. Everything between two visible
 * text nodes — tags, attributes, comments, the doctype, scripts and styles —
 * is markup. It reads as a line break when a line-breaking element
 * (`<p>`, `<br>`, `<li>`, `<td>` …) opens or closes inside it, as a space
 * when white space between elements fell inside it, and as nothing
 * otherwise (`Hel<b>lo</b>` is "Hello"). Character references inside text
 * (`&amp;`) are decoded one by one, so that offsets inside the text stay
 * exact.
 */
import type {Element, Root, Text} from 'hast'
import {decodeHTML} from 'entities'
import {walkElements} from '../html/hast.js'
import {parseHtml, TAG_RE} from '../html/parse.js'
import {isInvisible} from '../html/prune.js'
import {LINE_BREAKING_TAGS} from '../html/vocab.js'
import type {Edit, Span} from '../types.js'

/** At least this share of a fragment's non-blank lines start or end with a tag. */
const MIN_TAGGED_LINES = 0.5

// The start of a whole HTML document, after white space.
const DOCUMENT_START_RE = /^(?:<!doctype html|<html[\s>]|<\?xml)/i
// A closing tag of a line-breaking element (see `LINE_BREAKING_TAGS`), or `<br>`.
const CLOSING_TAG_RE = /<\/(?:p|div|li|h[1-6]|td|th|tr|table|ul|ol|dl|dd|dt|section|article|header|footer|nav|aside|main|blockquote|figure|figcaption|pre|body|html|head|title)\s*>|<br\s*\/?>/i

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

/** A text node the reader sees, with its offsets in the input. */
interface SourceText extends Span {
  value: string
  /** Inside `<pre>` or `<textarea>`, where white space is text. */
  preformatted: boolean
}

/** What the parsed page holds: its visible text and where lines break. */
interface PageLayout {
  texts: SourceText[]
  /** Input offsets where a line-breaking element opens or closes, ascending. */
  breaks: number[]
}

// A character reference as the HTML parser reads them, at the start; `decodeHTML` says what it means.
const REFERENCE_RE = /^&(?:#[xX][\da-fA-F]+;?|#\d+;?|[A-Za-z][A-Za-z\d]*;?)/
/** Longer than any named reference; a longer numeric one does not line up and falls back. */
const MAX_REFERENCE = 48
const WHITE_ONLY_RE = /^\s*$/
const TAG_NAME_RE = /^<\/?([A-Za-z][A-Za-z\d]*)/
// `<` before a letter, or `</` before one, always opens a tag in text: the
// parser never keeps it as a character, so inside a text node it is a tag the
// parser ignored (a stray `</b>`).
const TAG_START_RE = /^<\/?[A-Za-z]/
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext'])

/**
 * Pages longer than this are not parsed: their tags are read as spaces. A
 * parse tree costs tens of bytes per character of its page (about 290 MB of
 * memory at this size, measured).
 */
export const MAX_PARSED_HTML = 8_000_000

/**
 * The edits that turn HTML into its text: markup spans (`markup: true`) and
 * decoded character references, ascending and apart.
 */
export function htmlEdits(input: string): Edit[] {
  if (input.length > MAX_PARSED_HTML) return tagEdits(input)
  let layout: PageLayout
  try {
    layout = readLayout(parseHtml(input))
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return tagEdits(input)
  }
  return layoutEdits(input, layout)
}

/** Visible text nodes, in input order, and the offsets where lines break. */
function readLayout(tree: Root): PageLayout {
  const texts: SourceText[] = []
  const breaks: number[] = []
  // Elements at or inside a `<pre>`: asked of the parent, so that deep pages cost no more per element.
  const inPre = new Set<Element>()
  walkElements(tree, (element, ancestors) => {
    if (isInvisible(element)) return false
    if (LINE_BREAKING_TAGS.has(element.tagName)) addBreaks(breaks, element)
    const parent = ancestors[ancestors.length - 1]
    const preformatted = PREFORMATTED.has(element.tagName) || (parent !== undefined && inPre.has(parent))
    if (preformatted) inPre.add(element)
    for (const child of element.children) if (child.type === 'text') addText(texts, child, preformatted)
    return undefined
  })
  // The parser moves some text (text inside a table goes before it): put it back in input order.
  texts.sort((a, b) => a.start - b.start)
  breaks.sort((a, b) => a - b)
  return {texts, breaks}
}

function addBreaks(breaks: number[], element: Element): void {
  const start = element.position?.start.offset
  const end = element.position?.end.offset
  if (start !== undefined) breaks.push(start)
  if (end !== undefined) breaks.push(end)
}

function addText(texts: SourceText[], node: Text, preformatted: boolean): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end <= start) return
  texts.push({start, end, value: node.value, preformatted})
}

/** Edits for the markup between text nodes and the references inside them. */
function layoutEdits(input: string, {texts, breaks}: PageLayout): Edit[] {
  const edits: Edit[] = []
  let cursor = 0
  // White space between elements joins the markup around it, and reads as a space.
  let spaced = false
  for (const text of texts) {
    if (text.start < cursor) continue
    if (!text.preformatted && WHITE_ONLY_RE.test(text.value)) {
      spaced = true
      continue
    }
    if (text.start > cursor) edits.push(markupEdit(cursor, text.start, breaks, spaced))
    textEdits(input, text, edits)
    cursor = text.end
    spaced = false
  }
  if (cursor < input.length) edits.push(markupEdit(cursor, input.length, breaks, spaced))
  return edits
}

function markupEdit(start: number, end: number, breaks: readonly number[], spaced: boolean): Edit {
  return {start, end, text: breaksWithin(breaks, start, end) ? '\n' : spaced ? ' ' : '', markup: true}
}

/** Whether a line breaks at an offset in `[start, end]`. */
function breaksWithin(breaks: readonly number[], start: number, end: number): boolean {
  let lo = 0
  let hi = breaks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((breaks[mid] as number) < start) lo = mid + 1
    else hi = mid
  }
  return lo < breaks.length && (breaks[lo] as number) <= end
}

/**
 * The edits inside one text node, found by walking its source beside the
 * parser's text: a character reference reads as what `decodeHTML` makes of
 * it, a tag the parser ignored (`<td>` outside a table) is markup, a CR is
 * left to `normalize`. When the two cannot be lined up, the whole node is
 * one edit: its text is the parser's, its offsets inside approximate.
 */
function textEdits(input: string, text: SourceText, edits: Edit[]): void {
  if (input.slice(text.start, text.end) === text.value) return
  const found = alignedEdits(input, text)
  if (found === null) edits.push({start: text.start, end: text.end, text: text.value, markup: false})
  else for (const edit of found) edits.push(edit)
}

/** The edits that line the node's source up with its text, or null when they do not line up. */
function alignedEdits(input: string, {start, end, value}: SourceText): Edit[] | null {
  const found: Edit[] = []
  let i = start
  let j = 0
  // The next `>` of the node at or after `i` (-1: none left), found once for all the `<` before it.
  let close = -2
  while (i < end) {
    const ch = input[i] as string
    const reference = ch === '&' ? referenceAt(input, i) : ''
    const decoded = reference === '' ? '' : decodeHTML(reference)
    if (ch === '<' && close !== -1 && close < i) close = indexBefore(input, '>', i, end)
    const tagEnd = ch === '<' && close !== -1 && TAG_START_RE.test(input.slice(i, i + 3)) ? close + 1 : -1
    if (decoded !== reference && value.startsWith(decoded, j)) {
      found.push({start: i, end: i + reference.length, text: decoded, markup: false})
      i += reference.length
      j += decoded.length
    } else if (tagEnd !== -1) {
      found.push({start: i, end: tagEnd, text: ignoredTagText(input.slice(i, tagEnd)), markup: true})
      i = tagEnd
    } else if (ch === value[j]) {
      i++
      j++
    } else if (ch === '\r') {
      // CRLF is one LF to the parser; `normalize` reads it so too.
      i++
      if (input[i] !== '\n' && value[j] === '\n') j++
    } else return null
  }
  return j === value.length ? found : null
}

/** The first `ch` in `[from, end)` of `input`, or -1. */
function indexBefore(input: string, ch: string, from: number, end: number): number {
  for (let k = from; k < end; k++) if (input[k] === ch) return k
  return -1
}

/**
 * What a tag the parser ignored reads as: a line break for a line-breaking
 * element (a stray `<td>` still ends a line of the source), else nothing.
 */
function ignoredTagText(tag: string): string {
  const name = TAG_NAME_RE.exec(tag)?.[1]?.toLowerCase()
  return name !== undefined && LINE_BREAKING_TAGS.has(name) ? '\n' : ''
}

/** The character reference at `i`, or ''. */
function referenceAt(input: string, i: number): string {
  return REFERENCE_RE.exec(input.slice(i, i + MAX_REFERENCE))?.[0] ?? ''
}

/** Every tag as markup read as a space: the fallback for a page too deep or too long to parse. */
function tagEdits(input: string): Edit[] {
  return [...input.matchAll(TAG_RE)].map((match) => ({start: match.index, end: match.index + match[0].length, text: ' ', markup: true}))
}
