/**
 * Shallow text features of each block, computed once per document and shared
 * by the detectors and the decider (jusText and boilerpipe show that word
 * counts, stop-word density and terminal punctuation separate prose from
 * chrome well).
 */
import {ALL_STOPWORDS} from './data/stopwords.js'
import {BMP_FLAGS, flagsAt, LETTER, NUMBER, SPACE, UPPER} from './char-class.js'
import {dataLine} from './data-line.js'
import {lineKey} from './line-key.js'
import {indexAt, wordIndex, type WordIndex} from './shape-sieve.js'
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
 * plain loop over a character table (see char-class.ts) instead of a regex
 * pass per count; `scan` says which regex each count stands for.
 */

/** No function word is longer: a longer token needs no lookup. */
const LONGEST_STOPWORD = Math.max(...[...ALL_STOPWORDS].map((word) => word.length))
/**
 * The function words, read in place: a token is looked up where it stands,
 * not cut out of its text first, and most tokens are told from three
 * characters to be none (see shape-sieve.ts).
 */
const STOPWORD_INDEX: WordIndex = wordIndex(ALL_STOPWORDS)

function count(block: Block): Counts {
  const text = block.text
  const {tokens, stops, capitals, unspacedChars, sentenceEnds} = scan(text)
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
    key: lineKey(text),
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
}

function scan(text: string): Scan {
  // Lower-casing the text once and slicing it gives each token lower-cased,
  // unless lower-casing moves offsets (Turkish "İ") or reads context (Greek
  // final sigma): then each token is lower-cased alone.
  const lower = text.toLowerCase()
  const aligned = lower.length === text.length && !text.includes('\u03a3')
  let tokens = 0
  let stops = 0
  let capitals = 0
  let unspacedChars = 0
  let sentenceEnds = 0
  // Start of the token being read, or -1; the flags of its first character.
  let start = -1
  let first = 0
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0
    // The table inline, and the rare surrogate pair by code point (hot loop).
    let flags = BMP_FLAGS[code] as number
    if (code >= 0xd800 && code <= 0xdbff) flags = flagsAt(text, i)
    const word = (flags & (LETTER | NUMBER)) !== 0
    if (start < 0) {
      if (word) {
        start = i
        first = flags
      }
    } else if (!word && code !== 0x27 && code !== 0x2019 && code !== 0x2d) {
      tokens++
      if (first & UPPER) capitals++
      if (i - start <= LONGEST_STOPWORD) {
        const stop = aligned
          ? indexAt(STOPWORD_INDEX, lower, start, i) >= 0
          : ALL_STOPWORDS.has(text.slice(start, i).toLowerCase())
        if (stop) stops++
      }
      start = -1
    }
    if (isUnspaced(code)) unspacedChars++
    // Matches cannot overlap: what a match takes after its mark holds no mark.
    if (isSentenceMark(code) && endsSentence(text, i + 1)) sentenceEnds++
    // The low half of a pair is classed with its high half.
    if (word && code >= 0xd800 && code <= 0xdbff) i++
  }
  return {tokens, stops, capitals, unspacedChars, sentenceEnds}
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

/** Sentence ends: `/[.!?。！？](?:["'”’»)]*)(?:\s|$)/gu`, counted without overlap. */
function countSentenceEnds(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    if (!isSentenceMark(text.charCodeAt(i))) continue
    let j = i + 1
    while (j < text.length && isCloser(text.charCodeAt(j))) j++
    if (j === text.length || (flagsAt(text, j) & SPACE) !== 0) {
      n++
      // The match took the white space after the mark too.
      i = j
    }
  }
  return n
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

/** Features of every block of the document, in block order. */
export function documentFeatures(doc: Doc): BlockFeatures[] {
  const counts = doc.blocks.map(count)
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
