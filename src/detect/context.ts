/**
 * What every detector receives, and a helper to report a whole block.
 */
import type {BlockFeatures} from '../features.js'
import type {DateMatch} from '../dates.js'
import {prepareLine, type PreparedLine} from '../phrase-match.js'
import type {Block, Doc, Finding, FindingData, RemovedKind} from '../types.js'

/** The segmented document and the features of its blocks (same order). */
export interface DetectContext {
  doc: Doc
  features: readonly BlockFeatures[]
  /** The dates of each short block (see `blockDates`), when already found. */
  dates?: readonly DateMatch[][]
  /** Each block's text prepared for phrase lookups (see `blockLines`), when already built. */
  lines?: BlockLines
  /** Each block's text lower-cased (see `blockLowers` in features.ts), when already built. */
  lowers?: readonly string[]
}

/** Block `i`'s text prepared for phrase lookups (see `PreparedLine`). */
export type BlockLines = (i: number) => PreparedLine

/**
 * Every block's text prepared for phrase lookups, each at most once per
 * document: a dozen detectors look up their fields in the same blocks, and
 * folding and cutting a block once instead of for each field was a fifth of
 * the cleaning time. Blocks are prepared when first asked for: only blocks
 * of over 120 words, which no detector looks up, are never prepared (on the
 * eval pages, about 1,200 of 411,000), and preparing all of them up front
 * measured slower than this lazy table. The table lives as long as the document's
 * context: nothing is shared between documents. `lowers` are the blocks'
 * texts lower-cased (see `blockLowers`), when the caller has them.
 */
export function blockLines(doc: Doc, lowers?: readonly string[]): BlockLines {
  const prepared: (PreparedLine | undefined)[] = []
  return (i) => (prepared[i] ??= prepareLine((doc.blocks[i] as Block).text, lowers?.[i]))
}

/** Block `i` prepared for phrase lookups: from the context's table, else prepared now. */
export function lineAt(context: DetectContext, i: number): PreparedLine {
  return context.lines ? context.lines(i) : prepareLine((context.doc.blocks[i] as Block).text)
}

/** Kinds whose blocks mark an article's header: a headline stands right above them. */
export const HEADER_KINDS: ReadonlySet<string> = new Set(['byline', 'dateline'])

/** A punctuated block of a dozen words or more with function words: a paragraph (or a blurb). */
export function isParagraph(f: BlockFeatures | undefined): boolean {
  return f !== undefined && f.terminal && f.words >= 12 && f.dense
}

/** A detector: a pure function from the document to findings. */
export type Detector = (context: DetectContext) => Finding[]

/**
 * The finding `find` gives each block, if any, in block order. A loop, not
 * `doc.blocks.flatMap`: a flatMap callback builds an array for every block
 * although most blocks give none, which made a detector's pass over a page
 * ten times slower than this one.
 */
export function blockFindings(doc: Doc, find: (block: Block, i: number) => Finding | null): Finding[] {
  const findings: Finding[] = []
  for (let i = 0; i < doc.blocks.length; i++) {
    const found = find(doc.blocks[i] as Block, i)
    if (found !== null) findings.push(found)
  }
  return findings
}

/** A finding that covers one block. */
export function blockFinding(
  block: Block,
  kind: RemovedKind,
  confidence: number,
  reason: string,
  rule: string,
  data?: FindingData
): Finding {
  const finding: Finding = {start: block.start, end: block.end, kind, confidence, reason, rule}
  if (data) finding.data = data
  return finding
}
