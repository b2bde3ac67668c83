/**
 * Shallow text features of each block, computed once per document and shared
 * by the detectors and the decider (jusText and boilerpipe show that word
 * counts, stop-word density and terminal punctuation separate prose from
 * chrome well).
 */
import {ALL_STOPWORDS} from './data/stopwords.js'
import {BMP_FLAGS, BMP_LOWER, flagsAt, LETTER, NUMBER, SPACE, UPPER} from './char-class.js'
import {dataLine} from './data-line.js'
import {KeyBuilder, lineKey} from './line-key.js'
import {firstSlot, hashStep, wordIndex, type WordIndex} from './shape-sieve.js'
import type {Block, Doc} from './types.js'

/** What the decider and detectors know about a block. */
export interface BlockFeatures {
  /** Characters of folded text. */
  chars: number
  /** Word tokens (runs of letters or digits). */
  words: number
  /** Share of words that are function words in some supported language. */
  stopDensity: number
  /** Dense enough in function words to read as prose, for its page (see `DENSE_AT`); always, where the lists do not cover the language. */
  dense: boolean
  /** Ends in sentence punctuation (`.`, `!`, `?`, `…`, `。`, possibly before a quote). */
  terminal: boolean
  /** Rough count of sentence ends inside the block. */
  sentences: number
  /** Written mostly in scripts without spaces between words (Chinese, Japanese, Thai). */
  unspaced: boolean
  /** Long, dense, punctuated: reads like article prose. */
  prose: boolean
  /** Short or without sentence punctuation: reads like a label, link or heading. */
  short: boolean
  /** Far too many words for its sentences: a menu or teaser list run together. */
  runOn: boolean
  /** What copies of this line share (see `lineKey`). */
  key: string
  /** Reads as a line of an ingredient list or a fact sheet (see `dataLine`). */
  data: boolean
}

/** Counts taken once per block; features are derived from them. */
interface Counts {
  chars: number
  tokens: number
  /** Tokens that start with a capital letter. */
  capitals: number
  stops: number
  words: number
  unspaced: boolean
  terminal: boolean
  sentences: number
  /** Cut from a longer line by the sentence splitter: one sentence, whatever its dots. */
  sentence: boolean
  key: string
  data: boolean
}

/*
 * Every block of every page is counted, so `count` reads the text in one
 * plain loop over a character table instead of a regex pass per count;
 * `scan` says which regex each count stands for.
 */

/** No function word is longer: a longer token needs no lookup. */
const LONGEST_STOPWORD = Math.max(...[...ALL_STOPWORDS].map((word) => word.length))

/** Classes of a code unit for `scan`, one table read per character (see `SCAN_CLASS`). */
const WORD = 1
const CAPITAL = 2
const UNSPACED = 4
/** `'`, `’`, `-`: inside a token, they do not end it. */
const JOINER = 8
/** `[.!?。！？]`: a mark that may end a sentence. */
const SENTENCE_MARK = 16
/** The high half of a surrogate pair: classed by its code point. */
const HIGH = 32
/** Σ and İ: lower-cased by context or into two units, so a token holding one is lower-cased whole. */
const FOLD_WHOLE = 64
/** Neither a letter nor the digit 0: the line key does not have it as it is (see `lineKey`). */
const CUT = 128

/** The `scan` class of every code unit of the Basic Multilingual Plane. */
const SCAN_CLASS: Uint8Array = buildScanClass()

function buildScanClass(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) {
    const flags = BMP_FLAGS[c] as number
    table[c] =
      (flags & (LETTER | NUMBER) ? WORD : 0) |
      (flags & UPPER ? CAPITAL : 0) |
      (isUnspaced(c) ? UNSPACED : 0) |
      (c === 0x27 || c === 0x2019 || c === 0x2d ? JOINER : 0) |
      (isSentenceMark(c) ? SENTENCE_MARK : 0) |
      (c >= 0xd800 && c <= 0xdbff ? HIGH : 0) |
      (c === 0x3a3 || c === 0x130 ? FOLD_WHOLE : 0) |
      (flags & LETTER || c === 0x30 ? 0 : CUT)
  }
  return table
}

/**
 * The `scan` class of the surrogate pair at `i`: a word character or none,
 * and `CUT` unless a letter. A lone half is none, and cut.
 */
function pairClass(text: string, i: number): number {
  const flags = flagsAt(text, i)
  return (flags & (LETTER | NUMBER) ? WORD : 0) | (flags & UPPER ? CAPITAL : 0) | (flags & LETTER ? 0 : CUT)
}

/*
 * The function words are looked up by a hash of the token's lower-cased
 * code units, read through `BMP_LOWER` where the token stands: lower-casing
 * each block's text first cost a copy of every page (and its garbage).
 * Outside Σ and İ, lower-casing a text is lower-casing each code unit
 * (surrogate pairs stay pairs, and no function word holds one).
 */

/**
 * The function words, in the project's open-addressed word table. Every
 * one is lower case (`BMP_LOWER` leaves each of its units as it is), so its
 * `hashAt` is the hash `scan` takes of any token that lower-cases to it,
 * adding each unit through `BMP_LOWER` with `hashStep`. The
 * probe is here, not `indexAt`, which reads the token as it stands and so
 * needed a lower-cased copy of every block; a `Map` keyed by the hash
 * measured slower than these two typed arrays.
 */
const STOPWORD_INDEX: WordIndex = wordIndex(ALL_STOPWORDS)

/**
 * Whether `text.slice(start, end)`, lower-cased, is a function word; `h` is
 * the hash of it lower-cased (see `STOPWORD_INDEX`).
 */
function isStopword(text: string, start: number, end: number, h: number, foldWhole: boolean): boolean {
  if (foldWhole) return ALL_STOPWORDS.has(text.slice(start, end).toLowerCase())
  const {slots, hashes, words} = STOPWORD_INDEX
  const mask = slots.length - 1
  for (let at = firstSlot(STOPWORD_INDEX, h); ; at = (at + 1) & mask) {
    const k = (slots[at] as number) - 1
    if (k < 0) return false
    if (hashes[at] === h) {
      const word = words[k] as string
      if (word.length === end - start && foldedEquals(text, start, word)) return true
    }
  }
}

/**
 * Whether `text.slice(start, end)`, lower-cased, is a function word: the
 * lookup `scan` makes, for a caller that cuts its own tokens (see
 * `splitGlued`), without slicing and lower-casing each one.
 */
export function isStopwordAt(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_STOPWORD) return false
  let hash = 0
  let all = 0
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k)
    hash = hashStep(hash, BMP_LOWER[code] as number)
    all |= SCAN_CLASS[code] as number
  }
  return isStopword(text, start, end, hash, (all & FOLD_WHOLE) !== 0)
}

/** Whether `text` from `start` on, lower-cased unit by unit, starts with `word`. */
function foldedEquals(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if (BMP_LOWER[text.charCodeAt(start + k)] !== word.charCodeAt(k)) return false
  }
  return true
}

/** `lower` is `block.text.toLowerCase()` (see `blockLowers`), when the caller has it. */
function count(block: Block, lower = block.text.toLowerCase()): Counts {
  const text = block.text
  const {tokens, stops, capitals, unspacedChars, sentenceEnds, key} = scan(text, lower)
  const unspaced = unspacedChars > text.length * 0.3
  // Unspaced scripts: count about two characters a word so thresholds carry over.
  const words = unspaced ? Math.round(unspacedChars / 2) + tokens : tokens
  return {
    chars: text.length,
    tokens,
    capitals,
    stops,
    words,
    unspaced,
    terminal: isTerminal(text),
    sentences: block.sentence ? 1 : sentenceEnds,
    sentence: block.sentence,
    // Lower-casing İ adds a unit: the places `scan` read no longer fit `lower`.
    key: lower.length === text.length ? key : lineKey(text, lower),
    data: dataLine(text)
  }
}

/** What one pass over a block's text counts. */
interface Scan {
  /** Matches of `[\p{L}\p{N}][\p{L}\p{N}'’-]*`: a letter or number, then letters, numbers, apostrophes and hyphens. */
  tokens: number
  /** Tokens that are function words once lower-cased. */
  stops: number
  /** Tokens that start with a capital (`^\p{Lu}`). */
  capitals: number
  /** Characters of scripts written without spaces: `[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\u0E00-\u0E7F]`. */
  unspacedChars: number
  /** Matches of `[.!?。！？]["'”’»)]*(?:\s|$)`. */
  sentenceEnds: number
  /** `lineKey(text, lower)`, where `lower` is as long as `text`. */
  key: string
}

/** `lower` is `text.toLowerCase()`. */
function scan(text: string, lower: string): Scan {
  // The line key is built in the same pass: a pass of its own over every
  // block took about a fifth of documentFeatures. Lower-casing keeps each
  // character's place (but for İ: see `count`) and whether it is a letter or
  // a number, so `text` says where `lower` has letters and numbers.
  const key = new KeyBuilder(lower)
  let tokens = 0
  let stops = 0
  let capitals = 0
  let unspacedChars = 0
  let sentenceEnds = 0
  const n = text.length
  let i = 0
  while (i < n) {
    let code = text.charCodeAt(i)
    let cls = scanClass(text, i, code)
    if (cls & WORD) {
      // A token, read to its end in a loop of its own: one loop asking at
      // every character whether a token was open made documentFeatures about
      // 30% slower (its branches follow the word boundaries, which the
      // processor cannot predict). Kept: its first character's classes, the
      // union of its characters' classes, and the hash of it lower-cased,
      // taken as it is read (one more table read per character instead of a
      // second pass over each short token).
      const start = i
      const first = cls
      let all = 0
      let hash = 0
      do {
        all |= cls
        hash = hashStep(hash, BMP_LOWER[code] as number)
        if (cls & UNSPACED) unspacedChars++
        // The low half of a pair is classed with its high half.
        i += cls & HIGH ? 2 : 1
        if (i === n) break
        code = text.charCodeAt(i)
        cls = scanClass(text, i, code)
      } while (cls & (WORD | JOINER))
      tokens++
      if (first & CAPITAL) capitals++
      if (i - start <= LONGEST_STOPWORD && isStopword(text, start, i, hash, (all & FOLD_WHOLE) !== 0)) stops++
      // Most tokens are letters only, kept whole.
      if (all & CUT) keyToken(key, text, start, i)
      else key.keep(start)
      if (i === n) break
    }
    // Matches cannot overlap: what a match takes after its mark holds no mark.
    if (cls & SENTENCE_MARK && endsSentence(text, i + 1)) sentenceEnds++
    if (cls & UNSPACED) unspacedChars++
    // The key drops what is not a token, but a space between two characters it keeps.
    if (!(code === 0x20 && key.open() && keptAt(text, i + 1))) key.drop(i, false)
    i++
  }
  return {tokens, stops, capitals, unspacedChars, sentenceEnds, key: key.done()}
}

/** Feeds `key` the characters of the token `text.slice(start, end)`, one by one. */
function keyToken(key: KeyBuilder, text: string, start: number, end: number): void {
  let i = start
  while (i < end) {
    const cls = scanClass(text, i, text.charCodeAt(i))
    // In a token, what is not kept is a number (made "0") or a joiner.
    if (cls & CUT) key.drop(i, (cls & WORD) !== 0)
    else key.keep(i)
    i += cls & HIGH ? 2 : 1
  }
}

/** The line key has the character at `i` as it is (see `CUT`). */
function keptAt(text: string, i: number): boolean {
  return i < text.length && !(scanClass(text, i, text.charCodeAt(i)) & CUT)
}

/** The `scan` class of the code unit `code` at `i`, or of the surrogate pair it starts. */
function scanClass(text: string, i: number, code: number): number {
  const cls = SCAN_CLASS[code] as number
  return cls & HIGH ? pairClass(text, i) | HIGH : cls
}

/** A character of a script written without spaces (kana, CJK, Hangul, Thai). */
function isUnspaced(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0x0e00 && code <= 0x0e7f)
}

/** Closing quotes and brackets from `i` on, then white space or the end. */
function endsSentence(text: string, i: number): boolean {
  let j = i
  while (j < text.length && isCloser(text.charCodeAt(j))) j++
  return j === text.length || (flagsAt(text, j) & SPACE) !== 0
}

/** `[.!?。！？]`: a mark that may end a sentence. */
function isSentenceMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3002 || code === 0xff01 || code === 0xff1f
}

/** `["'”’»)]`: a closing quote or bracket after a sentence mark. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x29
}

/** The mark `text` ends with, closing quotes and brackets after it (`["'”’»)]*`) left out: '' when none. */
export function finalMark(text: string): string {
  let end = text.length
  while (end > 0 && isCloser(text.charCodeAt(end - 1))) end--
  // The two characters before: enough to tell one full stop from an ellipsis of dots.
  return text.slice(Math.max(0, end - 2), end)
}

/** Ends in sentence punctuation: `/[.!?…。！？:;]["'”’»)\]]*$/u`. */
function isTerminal(text: string): boolean {
  let end = text.length
  while (end > 0 && (isCloser(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x5d)) end--
  if (end === 0) return false
  const code = text.charCodeAt(end - 1)
  return isSentenceMark(code) || code === 0x2026 || code === 0x3a || code === 0x3b
}

/** A block this dense in function words reads as prose… */
export const DENSE_AT = 0.22
/**
 * …or, on a page whose prose is thinner in them (Polish and other languages
 * with few articles; a language the lists only half cover), this share of the
 * page's median density.
 */
export const PAGE_DENSITY_SHARE = 0.8

/** Prose has at most this share of capitalised words (German nouns included). */
export const MAX_PROSE_CAPITALS = 0.6

/**
 * Below this median share of function words in the page's blocks, the page is in a
 * language the stop-word lists do not cover (Arabic, Greek, Hindi, …): there,
 * prose is told by length and punctuation alone.
 */
export const FOREIGN_PAGE_DENSITY = 0.12

function derive(c: Counts, foreign: boolean, denseAt = DENSE_AT): BlockFeatures {
  const stopDensity = c.tokens > 0 ? c.stops / c.tokens : 0
  const dense = c.unspaced || foreign || stopDensity >= denseAt
  // Real sentences rarely pass 50 words; a longer "sentence" is usually a
  // menu or a list of teasers run together, unless it is clearly prose.
  const runOn = !c.unspaced && c.words / Math.max(1, c.sentences) > 50 && (foreign || stopDensity < 0.36)
  // Menus run together are Title Case; prose, even German prose, is not.
  const titleCase = !c.unspaced && c.tokens >= 8 && c.capitals > c.tokens * MAX_PROSE_CAPITALS
  const prose = c.words >= 12 && dense && (c.terminal || c.words >= 30) && !runOn && !titleCase
  const short = c.words < 8 || (!c.terminal && c.words < 16)
  return {
    chars: c.chars,
    words: c.words,
    stopDensity,
    dense,
    terminal: c.terminal,
    sentences: c.sentences,
    unspaced: c.unspaced,
    prose,
    short,
    runOn,
    key: c.key,
    data: c.data
  }
}

/** Features of one block, read as if in a language the stop-word lists cover. */
export function blockFeatures(block: Block): BlockFeatures {
  return derive(count(block), false)
}

/**
 * Each block's text lower-cased, in block order. The line keys and the
 * phrase lookups (see `prepareLine`) both start from it: lower-casing every
 * block twice cost about a hundredth of the cleaning time.
 */
export function blockLowers(doc: Doc): string[] {
  return doc.blocks.map((block) => block.text.toLowerCase())
}

/** Features of every block of the document, in block order; `lowers` as `blockLowers` gives them. */
export function documentFeatures(doc: Doc, lowers = blockLowers(doc)): BlockFeatures[] {
  const counts = doc.blocks.map((block, i) => count(block, lowers[i]))
  // The page is in a language the stop-word lists do not cover when its
  // typical sentence-sized block has almost no function words. The median
  // resists menus and boilerplate in a covered language (English chrome on
  // an Indonesian page).
  const {median, prose} = pageDensities(counts)
  const denseAt = Math.min(DENSE_AT, Math.max(FOREIGN_PAGE_DENSITY, prose * PAGE_DENSITY_SHARE))
  return counts.map((c) => derive(c, median < FOREIGN_PAGE_DENSITY, denseAt))
}

/** The page's shares of function words (see `pageDensities`). */
interface PageDensities {
  /**
   * The median share in the page's punctuated, sentence-sized blocks: the
   * prose, whose share does not change when the page's chrome is taken away
   * (cleaning the clean text again). On a page with too few of them, all
   * sentence-sized blocks; 1 when there are too few of those. Of an even
   * count, the lower middle: cleaning drops a repeated paragraph, and the
   * upper middle of what is left would raise the bar over the paragraphs the
   * first cleaning kept.
   */
  median: number
  /**
   * The share the threshold of density follows: `median`, or the density of
   * the page's only punctuated, sentence-sized block when that is lower.
   * Cleaning a page may leave a single punctuated paragraph among lines that
   * end without a stop; the median then falls back to those lines (as the
   * test for a foreign page needs), and the bar for prose must not rise
   * above the one paragraph that surely is prose, or cleaning the clean text
   * again would drop what the first cleaning kept.
   */
  prose: number
}

function pageDensities(counts: readonly Counts[]): PageDensities {
  const sized = counts.filter((c) => c.tokens >= 8 && !c.unspaced)
  const punctuated = sized.filter((c) => c.terminal)
  const median = middleDensity(punctuated.length >= 2 ? punctuated : sized)
  const only = punctuated.length === 1 ? (punctuated[0] as Counts) : undefined
  return {median, prose: only ? Math.min(median, only.stops / only.tokens) : median}
}

/** The lower middle share of function words of `counts`; 1 when there are fewer than two. */
function middleDensity(counts: readonly Counts[]): number {
  if (counts.length < 2) return 1
  const densities = counts.map((c) => c.stops / c.tokens).sort((a, b) => a - b)
  return densities[(densities.length - 1) >> 1] as number
}
