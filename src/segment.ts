/**
 * Stage 2: cut the normalized text into blocks, by the text's own shape.
 *
 * - Blank-line paragraphs and one-block-per-line text: each non-empty line is
 *   a block (scrapers put one HTML block per line).
 * - Hard-wrapped text (html2text): a line joins the next when the next line's
 *   first word would have fit on it — exactly the test a greedy wrapper makes.
 * - A page on one line (BeautifulSoup `get_text()`): very long lines are cut
 *   into sentences with retext, and the header glued to the first sentence
 *   (menu, headline, byline, date) into its pieces.
 */
import {splitGlued} from './glued.js'
import {splitHeader} from './glued-header.js'
import {sentenceSpans} from './sentences.js'
import type {Normalized} from './normalize.js'
import type {Block, Doc, Line, Span, TextShape} from './types.js'

/** A line longer than this is cut into sentence blocks. */
export const LONG_LINE = 1000

// Bullets only: a leading number ("1. FC Köln") is part of the text.
/** How many characters the estimated wrap width may overshoot the wrapper's. */
export const WRAP_SLACK = 6
const CONTINUATION = /^[\p{Ll}\p{N}(,;]/u
/** A line longer than this is cut into sentences too when it reads as run-on. */
export const RUN_ON_LINE = 600
const WORD_GAP = / +/g
const SENTENCE_END = /[.!?。！？]["'”’»)]*(?: |$)/g

/** Far more words than sentence ends: a menu or page flattened onto a line. */
function runOn(text: string): boolean {
  const words = (text.match(WORD_GAP)?.length ?? 0) + 1
  const ends = text.match(SENTENCE_END)?.length ?? 0
  return words / Math.max(1, ends) > 50
}

/** A bullet and the spaces after it ("* ", "• "). */
const BULLET = String.raw`[*+•·‣▪►–-](?: +|$)`
const LIST_MARKER = new RegExp(`^ *${BULLET}`)
const LIST_MARKERS = new RegExp(`^(?: *${BULLET})+`)
/** A bulleted or numbered list item ("  * Home", "  1. First"). */
const LIST_ITEM = new RegExp(String.raw`^ *(?:${BULLET}|\d{1,3}\. )`)
const HEADING_MARKER = /^ *#{1,6}(?: +|$)/
const BLANK = /^ *$/
const FIRST_WORD = /^ *\S*/
const SPACES = / {2,}/g

/** Split normalized text into lines with their offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    lines.push({start, end, text: text.slice(start, end)})
    start = end + 1
  }
  return lines
}

/** Guess how the text is laid out, from its lines. */
export function detectShape(lines: readonly Line[]): TextShape {
  const filled = lines.filter((line) => !BLANK.test(line.text))
  if (filled.length === 0) return 'lines'
  const total = filled.reduce((sum, line) => sum + line.text.length, 0)
  // A loop, not Math.max(...): spreading 100,000 lines overflows the stack.
  let longest = 0
  for (const line of filled) longest = Math.max(longest, line.text.length)
  if (longest > LONG_LINE && longest > total * 0.5) return 'single-line'
  if (wrapWidth(filled) > 0) return 'wrapped'
  const blanks = lines.length - filled.length
  return blanks >= filled.length * 0.5 ? 'paragraphs' : 'lines'
}

/**
 * The width a hard-wrapped text was wrapped at, or 0 when it was not wrapped.
 * Wrapped text has many lines just under one width and almost none over it.
 */
export function wrapWidth(filled: readonly Line[]): number {
  // html2text leaves list items unwrapped, and short lines tell nothing of a
  // width: counted, a page of short menu lines and a few long paragraphs
  // (innerText) passed for text wrapped at the menus' width.
  const counted = filled.filter((line) => !LIST_ITEM.test(line.text) && line.text.trimEnd().length >= MIN_COUNTED)
  const lengths = counted.map((line) => line.text.trimEnd().length)
  if (lengths.length < 8) return 0
  // Lines with spaces longer than the width would have been wrapped; long
  // unbreakable tokens (URLs) may stick out, so only those with a space count.
  const breakable = counted.filter((line) => line.text.trim().includes(' ')).map((line) => line.text.trimEnd().length)
  // Counts by length, longer lengths folded into one past the widest width,
  // so that each width tried is counted in constant time, not one pass over
  // the lines per width.
  const breakableOf = histogram(breakable)
  const lengthsOf = histogram(lengths)
  let over = 0
  for (let n = MAX_WIDTH + 1; n < breakableOf.length; n++) over += breakableOf[n] as number
  let best = 0
  let bestNear = 0
  for (let width = MAX_WIDTH; width >= MIN_WIDTH; width--) {
    // Lines longer than `width`: those longer than `width + 1`, and those of `width + 1`.
    if (width < MAX_WIDTH) over += breakableOf[width + 1] as number
    if (over > breakable.length * 0.08) continue
    let near = 0
    for (let n = width - NEAR_WIDTH; n <= width; n++) near += lengthsOf[n] as number
    // Ties go to the narrowest width, as when widths were tried from the narrowest up.
    if (near >= bestNear && near > 0) {
      bestNear = near
      best = width
    }
  }
  if (bestNear < Math.max(5, lengths.length * 0.15)) return 0
  return mostEndSentences(counted, best) ? 0 : best
}

/** A line that ends a sentence: its mark last, or before closing quotes and brackets. */
const ENDS_SENTENCE = /[.!?。！？…]["'”’»)]{0,3}$/u

/**
 * Whether most lines near `width` end a sentence. A wrapper cuts a line
 * where the next word would not fit, nearly always inside a sentence;
 * paragraphs of one line each that happen to be alike in length end at
 * their sentences' ends, and re-flowing them would join each to the next.
 */
function mostEndSentences(counted: readonly Line[], width: number): boolean {
  let near = 0
  let ends = 0
  for (const line of counted) {
    const text = line.text.trimEnd()
    if (text.length < width - NEAR_WIDTH || text.length > width) continue
    near++
    if (ENDS_SENTENCE.test(text)) ends++
  }
  return ends * 2 > near
}

/** Lines this much shorter than the width, or less, count as filled to it. */
const NEAR_WIDTH = 12

/** Lines shorter than this tell nothing of a wrap width. */
const MIN_COUNTED = 20

/** The widths `wrapWidth` tries. */
const MIN_WIDTH = 50
const MAX_WIDTH = 120

/** How many of `values` have each value, all values over `MAX_WIDTH` counted at `MAX_WIDTH + 1`. */
function histogram(values: readonly number[]): number[] {
  const counts: number[] = new Array(MAX_WIDTH + 2).fill(0)
  for (const n of values) {
    const k = Math.min(n, MAX_WIDTH + 1)
    counts[k] = (counts[k] as number) + 1
  }
  return counts
}

/** Build the document: shape, blocks and lines, all in normalized offsets. */
export function segment(input: string, normalized: Normalized): Doc {
  const {text, map} = normalized
  const lines = splitLines(text)
  const shape = detectShape(lines)
  const width = shape === 'wrapped' ? wrapWidth(lines.filter((l) => !BLANK.test(l.text))) : 0
  const groups = groupLines(lines, width)
  const blocks: Block[] = []
  for (const group of groups) {
    const pieces = splitLong(text, group)
    for (const piece of pieces) blocks.push(makeBlock(piece, blocks.length, piece !== group))
  }
  return {input, text, map, shape, blocks, markup: normalized.markup}
}

/** Group non-empty lines into blocks: one line each, or re-flowed wrapped lines. */
function groupLines(lines: readonly Line[], width: number): Line[][] {
  const groups: Line[][] = []
  let current: Line[] = []
  for (const line of lines) {
    if (BLANK.test(line.text)) {
      if (current.length > 0) groups.push(current)
      current = []
      continue
    }
    const previous = current[current.length - 1]
    if (previous && width > 0 && continues(previous, line, width)) current.push(line)
    else {
      if (current.length > 0) groups.push(current)
      current = [line]
    }
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/** A wrapped line continues into `next` when `next`'s first word would not have fit. */
function continues(previous: Line, next: Line, width: number): boolean {
  if (LIST_MARKER.test(next.text) || HEADING_MARKER.test(next.text)) return false
  const firstWord = (FIRST_WORD.exec(next.text)?.[0] ?? '').trim()
  // The width is estimated from the longest lines, and quote or list
  // prefixes push a few lines past the wrapper's width: allow some slack.
  const needed = previous.text.trimEnd().length + 1 + firstWord.length
  if (needed > width) return true
  // With slack, only a line that cannot start a sentence continues the last.
  return needed > width - WRAP_SLACK && CONTINUATION.test(firstWord)
}

/**
 * Cut a group holding a very long line into sentence-sized groups: a page (or
 * much of one) flattened onto a line. Its header glued to the first sentence
 * (menu, headline, byline, date) is cut into its pieces (`splitHeader`),
 * then menus glued to a sentence are cut off it (`splitGlued`).
 */
function splitLong(text: string, group: Line[]): Line[][] {
  if (group.length !== 1) return [group]
  const line = group[0] as Line
  if (line.text.length <= LONG_LINE && !(line.text.length > RUN_ON_LINE && runOn(line.text))) return [group]
  return sentenceSpans(text, line.start, line.end)
    .flatMap((span) => splitHeader(text, span))
    .flatMap((span) => splitGlued(text, span))
    .map((span: Span) => [{start: span.start, end: span.end, text: text.slice(span.start, span.end)}])
}

function makeBlock(lines: Line[], index: number, sentence: boolean): Block {
  const first = lines[0] as Line
  const last = lines[lines.length - 1] as Line
  const listItem = LIST_MARKER.test(first.text)
  const heading = HEADING_MARKER.test(first.text)
  // The span starts at the first visible character and ends after the last.
  const lead = first.text.length - first.text.trimStart().length
  const trail = last.text.length - last.text.trimEnd().length
  return {
    index,
    start: first.start + lead,
    end: last.end - trail,
    text: blockText(lines, listItem, heading),
    lines,
    listItem,
    heading,
    sentence
  }
}

/** The text of a block of `lines`: trimmed, joined by a space, markers stripped, runs of spaces folded. */
function blockText(lines: readonly Line[], listItem: boolean, heading: boolean): string {
  // Most blocks are one line without markers: trimmed, it has no edge to
  // trim again, and most have no run of spaces to fold (looking for one is
  // cheaper than a replace that finds none).
  if (lines.length === 1 && !listItem && !heading) {
    const body = (lines[0] as Line).text.trim()
    return body.includes('  ') ? body.replace(SPACES, ' ') : body
  }
  // Every marker goes, so that the block's text holds none to strip when the
  // clean body is cleaned again: a heading inside a list item ("* #### Title")
  // and html2text's rule ("* * *"), which is markers alone and leaves nothing.
  let body = lines.map((line) => line.text.trim()).join(' ')
  if (listItem) body = body.replace(LIST_MARKERS, '')
  if (listItem || heading) body = body.replace(HEADING_MARKER, '')
  return body.replace(SPACES, ' ').trim()
}
