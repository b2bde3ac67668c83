/**
 * Shared helpers of the detector tests: build a detector context from a
 * snippet the way the pipeline does, and read findings back as the text of
 * the block they cover.
 */
import {PRESETS} from '../src/decide.js'
import {blockLines, type DetectContext, type Detector} from '../src/detect/context.js'
import {blockLowers, documentFeatures} from '../src/features.js'
import {normalize} from '../src/normalize.js'
import {segment} from '../src/segment.js'
import type {Finding, FindingData, RemovedKind} from '../src/types.js'

/** The balanced preset's threshold: a finding at or above it removes its block. */
export const REMOVE_AT = PRESETS.balanced.removeAt

/** A finding as a test reads it: what it covers, and whether the balanced preset removes it. */
export interface Seen {
  kind: RemovedKind
  /** The normalized text the finding covers. */
  text: string
  /** `confidence >= REMOVE_AT`. */
  removed: boolean
  data?: FindingData
}

/** The context the pipeline would build for `text`. */
export function contextOf(text: string): DetectContext {
  const doc = segment(text, normalize(text))
  const lowers = blockLowers(doc)
  return {doc, features: documentFeatures(doc, lowers), lines: blockLines(doc, lowers), lowers}
}

/** Blank-line paragraphs, the most common scraped layout. */
export function page(...blocks: string[]): string {
  return blocks.join('\n\n')
}

/** Findings in page order (stable), as `Seen`. */
export function seen(context: DetectContext, findings: readonly Finding[]): Seen[] {
  return [...findings]
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const out: Seen = {kind: f.kind, text: context.doc.text.slice(f.start, f.end), removed: f.confidence >= REMOVE_AT}
      if (f.data) out.data = f.data
      return out
    })
}

/** Run one detector on `text`. */
export function detect(detector: Detector, text: string): Seen[] {
  const context = contextOf(text)
  return seen(context, detector(context))
}

/** The texts of the findings of one kind. */
export function textsOf(found: readonly Seen[], kind: RemovedKind): string[] {
  return found.filter((f) => f.kind === kind).map((f) => f.text)
}

/** Three paragraphs of plain English prose, to give a page its article. */
export const PROSE_EN = [
  'The museum reopened its east wing on Saturday after a renovation that took almost three years and cost more than the original building did in 1902.',
  'Visitors queued along the river from early morning, and by noon the staff had counted more than four thousand people in the new galleries.',
  'The director said the wing would host a rotating exhibition of local painters, starting with a show of landscapes from the valley.'
] as const
