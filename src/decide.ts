/**
 * Stage 4: decide what is article.
 *
 * 1. Every block gets one verdict: the strongest finding that covers it.
 * 2. Every block gets a weight: prose counts for the article by its length,
 *    chrome counts against it, and a finding counts against it by its
 *    confidence.
 * 3. The article's extent follows from the weights (see `extent.ts`): the
 *    maximum-sum run, its lead, islands above it, weakly flagged edges
 *    peeled off. Short lines inside it (subheadings) stay; short lines
 *    around it go.
 * 4. Inside the extent, blocks with a finding at or above the preset's
 *    threshold are removed; outside it, everything is.
 */
import {articleExtent, BOX_RULES, type Run} from './extent.js'
import type {BlockFeatures} from './features.js'
import type {Block, Doc, Finding, Preset} from './types.js'

/** Thresholds a preset moves. The detectors stay the same. */
export interface PresetSettings {
  /** A finding at or above this confidence removes a block inside the main run. */
  removeAt: number
  /** How much a short, non-prose line weighs against the run, per character. */
  shortPenalty: number
}

export {mainRun} from './extent.js'

/** The settings of each preset. */
export const PRESETS: Readonly<Record<Preset, PresetSettings>> = {
  precision: {removeAt: 0.8, shortPenalty: 0.15},
  balanced: {removeAt: 0.6, shortPenalty: 0.3},
  recall: {removeAt: 0.5, shortPenalty: 0.5}
}

/** What the decider hands to `assemble`. */
export interface Decision {
  /** Indices of the kept blocks, in order. */
  kept: number[]
  /** For each removed block index, the finding that removed it. */
  removed: Map<number, Finding>
  /** The article's extent, as block indices `[start, end)`; empty when no prose was found. */
  run: Run
}

/** What the findings say of each block. */
interface Coverage {
  /** The strongest finding covering each block (or undefined). Ties keep the first. */
  best: (Finding | undefined)[]
  /**
   * The blocks a call to action (`BOX_RULES`) covers, whatever stronger
   * finding also covers them: a box is told by its call to action even
   * where a repeat outranks it on that block.
   */
  calls: Set<number>
}

/** The strongest finding covering each block (or undefined). Ties keep the first. */
export function verdicts(doc: Doc, findings: readonly Finding[]): (Finding | undefined)[] {
  return coverage(doc, findings).best
}

function coverage(doc: Doc, findings: readonly Finding[]): Coverage {
  const best: (Finding | undefined)[] = new Array(doc.blocks.length).fill(undefined)
  const calls = new Set<number>()
  for (const finding of findings) {
    const call = BOX_RULES.has(finding.rule)
    for (let i = blockAt(doc.blocks, finding.start); i >= 0 && i < doc.blocks.length; i++) {
      const block = doc.blocks[i]
      if (!block || block.start >= finding.end) break
      const current = best[i]
      if (!current || finding.confidence > current.confidence) best[i] = finding
      if (call) calls.add(i)
    }
  }
  return {best, calls}
}

/**
 * The index of the last block that starts at `start`, or -1. Blocks come in
 * text order (their starts never fall), so a binary search finds it: a map
 * of starts built for each call cost a set per block, twice a page.
 */
function blockAt(blocks: readonly Block[], start: number): number {
  // The first block that starts after `start`; the one before it may start there.
  let lo = 0
  let hi = blocks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((blocks[mid] as Block).start <= start) lo = mid + 1
    else hi = mid
  }
  const block = blocks[lo - 1]
  return block !== undefined && block.start === start ? block.index : -1
}

/**
 * How much a dense block that is neither prose nor short counts per character
 * (a fourth of prose: a heading-like paragraph, a long caption, a teaser).
 */
export const MEDIUM_WEIGHT = 0.25

/** How much a block counts for (positive) or against (negative) the article. */
export function blockWeight(f: BlockFeatures, verdict: Finding | undefined, settings: PresetSettings): number {
  if (verdict && verdict.confidence >= settings.removeAt) return -Math.max(f.chars, 40) * verdict.confidence
  // A line of an ingredient list or a fact sheet neither makes nor breaks an article.
  if (f.data && f.short) return 0
  if (f.prose) return f.chars
  if (!f.short && !f.runOn && f.dense) return f.chars * MEDIUM_WEIGHT
  if (f.short) return -(Math.min(f.chars, 80) * settings.shortPenalty + 5)
  // Long but without function words: a menu or a list of names run together.
  return -f.chars * 0.5
}

/** A finding for a block that no detector named: it lies outside the main run. */
function outside(doc: Doc, i: number): Finding {
  const block = doc.blocks[i] as Doc['blocks'][number]
  return {
    start: block.start,
    end: block.end,
    kind: 'boilerplate',
    confidence: 0.5,
    reason: 'Outside the article\'s main run of prose.',
    rule: 'main-run'
  }
}

/** A finding for a lone word between the lead and the body. */
function loneWord(doc: Doc, i: number): Finding {
  return {...outside(doc, i), reason: 'A lone word between the lead and the body (a button label).', rule: 'lead'}
}

/** Decide which blocks are the article. */
export function decide(
  doc: Doc,
  features: readonly BlockFeatures[],
  findings: readonly Finding[],
  preset: Preset = 'balanced'
): Decision {
  const settings = PRESETS[preset]
  const {best, calls} = coverage(doc, findings)
  const weights = features.map((f, i) => blockWeight(f, best[i], settings))
  const {run, gaps, between} = articleExtent(weights, features, best, settings, calls)
  const kept: number[] = []
  const removed = new Map<number, Finding>()
  for (let i = 0; i < doc.blocks.length; i++) {
    const verdict = best[i]
    const inside = i >= run.start && i < run.end && !gaps.has(i)
    if (inside && between.has(i)) removed.set(i, loneWord(doc, i))
    else if (inside && (!verdict || verdict.confidence < settings.removeAt)) kept.push(i)
    else removed.set(i, verdict ?? outside(doc, i))
  }
  return {kept, removed, run}
}
