/**
 * Shallow text features of each block, computed once per document and shared
 * by the detectors and the decider (jusText and boilerpipe show that word
 * counts, stop-word density and terminal punctuation separate prose from
 * chrome well).
 */
import {ALL_STOPWORDS} from './data/stopwords.js'
import {dataLine} from './data-line.js'
import {lineKey} from './line-key.js'
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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const TERMINAL = /[.!?…。！？:;]["'”’»)\]]*$/u
const SENTENCE_END = /[.!?。！？](?:["'”’»)]*)(?:\s|$)/gu
const CAPITAL = /^\p{Lu}/u
const UNSPACED = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\u0E00-\u0E7F]/gu

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

function count(block: Block): Counts {
  const text = block.text
  const tokens = text.match(WORD) ?? []
  let stops = 0
  let capitals = 0
  for (const token of tokens) {
    if (ALL_STOPWORDS.has(token.toLowerCase())) stops++
    if (CAPITAL.test(token)) capitals++
  }
  const unspacedChars = text.match(UNSPACED)?.length ?? 0
  const unspaced = unspacedChars > text.length * 0.3
  // Unspaced scripts: count about two characters a word so thresholds carry over.
  const words = unspaced ? Math.round(unspacedChars / 2) + tokens.length : tokens.length
  const sentences = text.match(SENTENCE_END)?.length ?? 0
  return {
    chars: text.length,
    tokens: tokens.length,
    capitals,
    stops,
    words,
    unspaced,
    terminal: TERMINAL.test(text),
    sentences: block.sentence ? 1 : sentences,
    sentence: block.sentence,
    key: lineKey(text),
    data: dataLine(text)
  }
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
  const foreign = isForeign(counts)
  const denseAt = Math.min(DENSE_AT, Math.max(FOREIGN_PAGE_DENSITY, medianDensity(counts) * PAGE_DENSITY_SHARE))
  return counts.map((c) => derive(c, foreign, denseAt))
}

/**
 * The page is in a language the stop-word lists do not cover when its
 * typical sentence-sized block has almost no function words. The median
 * resists menus and boilerplate in a covered language (English chrome on an
 * Indonesian page).
 */
function isForeign(counts: readonly Counts[]): boolean {
  return medianDensity(counts) < FOREIGN_PAGE_DENSITY
}

/** The median share of function words in the page's sentence-sized blocks (1 when there are too few). */
function medianDensity(counts: readonly Counts[]): number {
  const densities = counts.filter((c) => c.tokens >= 8 && !c.unspaced).map((c) => c.stops / c.tokens)
  if (densities.length < 2) return 1
  densities.sort((a, b) => a - b)
  return densities[densities.length >> 1] as number
}
