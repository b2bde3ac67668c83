/**
 * Types shared by every stage of the pipeline.
 *
 * Offsets: `Doc`, `Block`, `Line` and `Finding` speak *normalized* offsets
 * (into `Doc.text`); `Article` speaks offsets into the input as given.
 * `assemble` maps them back once, through `Doc.map`.
 */

import type {OffsetMap} from './normalize.js'

/** Every kind of span unspun removes from an article. */
export type RemovedKind =
  | 'page-date'
  | 'title'
  | 'duplicate-title'
  | 'dateline'
  | 'byline'
  | 'author-footer'
  | 'related'
  | 'navigation'
  | 'share'
  | 'subscribe'
  | 'cookie'
  | 'advertisement'
  | 'copyright'
  | 'comments'
  | 'counter'
  | 'caption'
  | 'repeated'
  | 'boilerplate'
  | 'markup'
  | 'whitespace'

/** How the scraped text is laid out. */
export type TextShape =
  /** Paragraphs separated by blank lines. */
  | 'paragraphs'
  /** One block per line, blank lines rare. */
  | 'lines'
  /** Markdown-ish text hard-wrapped at a fixed width (html2text). */
  | 'wrapped'
  /** A whole page on one (or a few) very long lines (BeautifulSoup `get_text()`). */
  | 'single-line'

/** A half-open span `[start, end)`. */
export interface Span {
  start: number
  end: number
}

/** One line of the normalized text (without its line break). */
export interface Line extends Span {
  text: string
}

/** A unit of decision: one paragraph, one list item, one heading, one sentence group. */
export interface Block extends Span {
  /** Position in `Doc.blocks`. */
  index: number
  /** The block's text with internal line breaks and runs of spaces folded to one space. */
  text: string
  /** The source lines the block spans (one for most shapes). */
  lines: Line[]
  /** The block was marked as a list item (`*`, `-`, `•`, `1.`) in the source. */
  listItem: boolean
  /** The block was marked as a heading (`#`) in the source. */
  heading: boolean
  /** The block is one sentence cut from a longer line (see `segment`). */
  sentence: boolean
}

/**
 * One change the markup step makes before normalization: the input span
 * `[start, end)` reads as `text`.
 */
export interface Edit extends Span {
  /** What the span reads as: '', ' ' or a line break for markup, the character(s) a reference or escape stands for. */
  text: string
  /** The span is markup, set aside in `removed`; otherwise it encodes `text` (`&amp;`, `\n`) and is text. */
  markup: boolean
}

/** Markup found around the text (HTML or JSON passed as text), as edits in input order. */
export interface Markup {
  format: 'html' | 'json'
  /** Ascending and apart. */
  edits: readonly Edit[]
}

/** The segmented document every detector reads. */
export interface Doc {
  /** The input as given. */
  input: string
  /** The normalized text (NFC, LF line ends, no zero-width characters, plain spaces). */
  text: string
  /** Maps normalized offsets back to input offsets (see `toInput`). */
  map: OffsetMap
  shape: TextShape
  blocks: Block[]
  /** The markup the text was taken out of, or null for plain text. */
  markup: Markup | null
}

/** What a detector reports: a span of the normalized text it thinks is not article. */
export interface Finding extends Span {
  kind: RemovedKind
  /** 0..1; the decider keeps the strongest finding where several overlap. */
  confidence: number
  /** A short English sentence a user can read. */
  reason: string
  /** The detector's rule id (the file name), used as `ruleId` in messages. */
  rule: string
  /** What the detector extracted. */
  data?: FindingData
}

/** Values a detector extracted from the span it found. */
export interface FindingData {
  /** ISO date (`YYYY-MM-DD` or full ISO). */
  date?: string
  /** Author names, cleaned. */
  authors?: string[]
  /** The headline. */
  title?: string
  /** Related items found in a related block. */
  related?: RelatedItem[]
}

/** One item of a related or promo block. */
export interface RelatedItem extends Span {
  title: string
  teaser?: string
  /** Set by the spun-text step: the title or teaser looks spun. */
  spun?: boolean
  repairedTitle?: string
  repairedTeaser?: string
}

/** A removed span, offsets into the input as given. */
export interface Removed extends Span {
  kind: RemovedKind
  /** `input.slice(start, end)`. */
  text: string
  reason: string
  /** The rule that found it. */
  rule: string
}

/** A passage that looks like article-spinner output. */
export interface SpunFinding extends Span {
  text: string
  /** The phrase it most likely replaced, or null when unknown. */
  original: string | null
  /** 0..1. */
  confidence: number
  /** Why it was flagged: which lexicon or which test. */
  evidence: string
}

/** How aggressive removal is. */
export type Preset = 'precision' | 'balanced' | 'recall'

/** Options of `cleanArticle`. */
export interface CleanOptions {
  /**
   * `precision` keeps doubtful text, `recall` removes it; `balanced` (default)
   * is tuned on real pages.
   */
  preset?: Preset
  /**
   * ISO 639-3 codes franc may answer with (default: any). Narrowing it makes
   * language detection faster and surer.
   */
  languages?: string[]
  /** Find spun text (default `true`). */
  spun?: boolean
  /**
   * Read HTML or JSON passed as text as the text it holds (default `true`;
   * see `findMarkup`). With `false`, the input is text whatever it looks
   * like: a tutorial that is mostly HTML code, say.
   */
  markup?: boolean
}

/** The clean article. */
export interface Article {
  title: string | null
  /** The title with spun phrases repaired, when the title looks spun. */
  repairedTitle?: string
  /** The article's own date: `YYYY-MM-DD`, or full ISO when a time is given. */
  date: string | null
  /** A date printed by the page chrome ("Today: Dec 22, 2024"), not the article's. */
  pageDate: string | null
  /** The first author, or null. */
  author: string | null
  authors: string[]
  /** ISO 639-3 code from franc, or `und` when unsure. */
  language: string
  paragraphs: string[]
  /** `paragraphs` joined by a blank line. */
  body: string
  related: RelatedItem[]
  /** Spans of the input the paragraphs were taken from, in order. */
  kept: Span[]
  removed: Removed[]
  spun: SpunFinding[]
  /** How the input was laid out. */
  shape: TextShape
}
