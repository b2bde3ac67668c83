/**
 * Shallow text features of each block, computed once per document and shared
 * by the detectors and the decider (jusText and boilerpipe show that word
 * counts, stop-word density and terminal punctuation separate prose from
 * chrome well).
 */
import {ALL_STOPWORDS} from './data/stopwords.js'
import type {Block, Doc} from './types.js'

/** What the decider and detectors know about a block. */
export interface BlockFeatures {
  /** Characters of folded text. */
  chars: number
  /** Word tokens (runs of letters or digits). */
  words: number
  /** Share of words that are function words in some supported language. */
  stopDensity: number
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
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const TERMINAL = /[.!?…。！？:;]["'”’»)\]]*$/u
const SENTENCE_END = /[.!?。！？](?:["'”’»)]*)(?:\s|$)/gu
const UNSPACED = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\u0E00-\u0E7F]/gu

/** Features of one block. */
export function blockFeatures(block: Block): BlockFeatures {
  const text = block.text
  const tokens = text.match(WORD) ?? []
  let stops = 0
  for (const token of tokens) if (ALL_STOPWORDS.has(token.toLowerCase())) stops++
  const unspacedChars = text.match(UNSPACED)?.length ?? 0
  const unspaced = unspacedChars > text.length * 0.3
  // Unspaced scripts: count about two characters a word so thresholds carry over.
  const words = unspaced ? Math.round(unspacedChars / 2) + tokens.length : tokens.length
  const stopDensity = tokens.length > 0 ? stops / tokens.length : 0
  const terminal = TERMINAL.test(text)
  const sentences = text.match(SENTENCE_END)?.length ?? 0
  const dense = unspaced || stopDensity >= 0.22
  // Real sentences rarely pass 50 words; a longer "sentence" is usually a
  // menu or a list of teasers run together, unless it is clearly prose.
  const runOn = !unspaced && words / Math.max(1, sentences) > 50 && stopDensity < 0.36
  const prose = words >= 12 && dense && (terminal || words >= 30) && !runOn
  const short = words < 8 || (!terminal && words < 16)
  return {chars: text.length, words, stopDensity, terminal, sentences, unspaced, prose, short, runOn}
}

/** Features of every block of the document, in block order. */
export function documentFeatures(doc: Doc): BlockFeatures[] {
  return doc.blocks.map(blockFeatures)
}
