/**
 * What every detector receives, and a helper to report a whole block.
 */
import type {BlockFeatures} from '../features.js'
import type {DateMatch} from '../dates.js'
import type {Block, Doc, Finding, FindingData, RemovedKind} from '../types.js'

/** The segmented document and the features of its blocks (same order). */
export interface DetectContext {
  doc: Doc
  features: readonly BlockFeatures[]
  /** The dates of each short block (see `blockDates`), when already found. */
  dates?: readonly DateMatch[][]
}

/** Kinds whose blocks mark an article's header: a headline stands right above them. */
export const HEADER_KINDS: ReadonlySet<string> = new Set(['byline', 'dateline'])

/** A punctuated block of a dozen words or more with function words: a paragraph (or a blurb). */
export function isParagraph(f: BlockFeatures | undefined): boolean {
  return f !== undefined && f.terminal && f.words >= 12 && f.dense
}

/** A detector: a pure function from the document to findings. */
export type Detector = (context: DetectContext) => Finding[]

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
