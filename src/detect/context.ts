/**
 * What every detector receives, and a helper to report a whole block.
 */
import type {BlockFeatures} from '../features.js'
import type {Block, Doc, Finding, FindingData, RemovedKind} from '../types.js'

/** The segmented document and the features of its blocks (same order). */
export interface DetectContext {
  doc: Doc
  features: readonly BlockFeatures[]
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
