/**
 * Where the article starts and ends, from the weights of its blocks:
 *
 * 1. the main run: the run of blocks with the largest total weight (the
 *    maximum-sum run: one pass, linear time), or an earlier run that weighs
 *    at least half as much;
 * 2. its lead: a paragraph above it that a byline, a date or share buttons
 *    cut off;
 * 3. islands: prose that in-article chrome (a table of contents, a photo
 *    strip) cut off the run — between the headline and the run, or a
 *    heavier body below an introduction;
 * 4. its edges: weakly flagged blocks at either end (calls to action, bios,
 *    disclosures) are peeled off, and boxes of them inside it taken out.
 */
import {APPEAL_RULE} from './detect/appeal.js'
import {HEADER_KINDS} from './detect/context.js'
import type {PresetSettings} from './decide.js'
import type {BlockFeatures} from './features.js'
import type {Finding} from './types.js'

/** Block indices `[start, end)`. */
export interface Run {
  start: number
  end: number
}

/** The article's extent. */
export interface Extent {
  /** From the first island or lead to the trimmed end. */
  run: Run
  /** Blocks inside `run` that are not article: the chrome between an island and the rest. */
  gaps: Set<number>
  /** Lone words between the lead and the body (button labels). */
  between: Set<number>
}

/**
 * Find the article's extent.
 *
 * @param weights Each block's weight (see `blockWeight`).
 * @param features Each block's features.
 * @param best The strongest finding on each block.
 * @param settings The preset's thresholds.
 * @param calls The blocks a call to action covers (see `BOX_RULES`).
 */
export function articleExtent(
  weights: readonly number[],
  features: readonly BlockFeatures[],
  best: readonly (Finding | undefined)[],
  settings: PresetSettings,
  calls: ReadonlySet<number> = new Set()
): Extent {
  const lead = withLead(earliest(weights, best), features, best, settings)
  const {run, gaps} = withIslands(lead.run, weights, best, settings)
  const trimmed = trimEdges(run, weights, best)
  for (const i of boxes(trimmed, features, best, settings, calls)) gaps.add(i)
  return {run: trimmed, gaps, between: lead.between}
}

/** A box inside the article holds at least this many weakly flagged blocks… */
export const BOX_FLAGS = 3
/** …one of them a call to action (the rules of `appeal.ts` and `subscribe.ts`). */
export const BOX_RULES: ReadonlySet<string> = new Set([APPEAL_RULE, 'subscribe'])

/**
 * Newsletter and donation boxes inside the article: a stretch of blocks
 * that are each weakly flagged, removed already, or short lines, with at
 * least `BOX_FLAGS` weak findings and a call to action among them. One
 * weak finding inside an article is a doubt; a box of them is not.
 */
function boxes(
  run: Run,
  features: readonly BlockFeatures[],
  best: readonly (Finding | undefined)[],
  settings: PresetSettings,
  calls: ReadonlySet<number>
): number[] {
  const out: number[] = []
  let a = run.start
  while (a < run.end) {
    let b = a
    let weak = 0
    let appeal = false
    for (; b < run.end; b++) {
      const verdict = best[b]
      if (verdict === undefined ? !features[b]?.short : verdict.confidence < EDGE_AT) break
      if (verdict && verdict.confidence < settings.removeAt) {
        weak++
        appeal ||= calls.has(b)
      }
    }
    if (weak >= BOX_FLAGS && appeal) for (let i = a; i < b; i++) out.push(i)
    a = Math.max(b, a + 1)
  }
  return out
}

/** The maximum-sum run of weights, `[start, end)`; empty when every weight is negative. */
export function mainRun(weights: readonly number[]): Run {
  const {start, end} = prefixRuns(weights)[weights.length] as WeighedRun
  return {start, end}
}

/**
 * A run above the heaviest one wins when it weighs at least this share of
 * it: an article comes before its comments, a forum thread's replies and
 * the next article of an endless page, which can outweigh it.
 */
export const EARLIER_RUN = 0.5

/**
 * The maximum-sum run, or the earliest run above it that weighs at least
 * `EARLIER_RUN` of it — unless only the heavier one has an article's header.
 */
function earliest(weights: readonly number[], best: readonly (Finding | undefined)[]): Run {
  const prefix = prefixRuns(weights)
  let run = prefix[weights.length] as WeighedRun
  // Each step moves left, and each lookup is constant: linear in all.
  for (let before = prefix[run.start] as WeighedRun; before.sum > 0 && before.sum >= EARLIER_RUN * run.sum && substantial(before, weights); before = prefix[run.start] as WeighedRun) {
    // The heavier run has a byline or date above it and the earlier one has none: that is the article.
    if (headed(run, best) && !headed(before, best)) break
    run = before
  }
  return {start: run.start, end: run.end}
}

/** A byline or date line at most this many blocks above a run (or in its first two blocks) heads it. */
export const HEADED_REACH = 6

/** Whether a byline or date line heads the run: an article's header. */
function headed(run: Run, best: readonly (Finding | undefined)[]): boolean {
  for (let i = Math.max(0, run.start - HEADED_REACH); i < Math.min(run.end, run.start + 2); i++) {
    const kind = best[i]?.kind
    if (kind !== undefined && HEADER_KINDS.has(kind)) return true
  }
  return false
}

/** An earlier run of one block (a site's blurb, a teaser) never wins over a heavier one. */
function substantial(run: Run, weights: readonly number[]): boolean {
  let positive = 0
  for (let i = run.start; i < run.end && positive < 2; i++) if ((weights[i] as number) > 0) positive++
  return positive >= 2
}

/** A run with its total weight. */
interface WeighedRun extends Run {
  sum: number
}

/**
 * For each `i`, the maximum-sum run of `weights[0..i)` (Kadane's pass, kept
 * at every step), so that the runs above any run are found in constant time.
 */
function prefixRuns(weights: readonly number[]): WeighedRun[] {
  const out: WeighedRun[] = [{start: 0, end: 0, sum: 0}]
  let best: WeighedRun = {start: 0, end: 0, sum: 0}
  let sum = 0
  let start = 0
  for (const [i, weight] of weights.entries()) {
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += weight
    if (sum > best.sum) best = {start, end: i + 1, sum}
    out.push(best)
  }
  return out
}

/** Kinds that may stand between an article's lead and its body. */
const BETWEEN_KINDS = new Set(['byline', 'dateline', 'share', 'caption', 'counter', 'advertisement', 'subscribe', 'copyright'])
/** How far above the main run a lead paragraph may stand. */
export const LEAD_REACH = 8

/**
 * Extend the run upwards to the article's lead: a punctuated paragraph that
 * a byline, a date, share buttons or a photo credit separate from the body
 * (their negative weight cut it off the maximum-sum run). Stops at anything
 * else, the headline included.
 */
function withLead(
  run: Run,
  features: readonly BlockFeatures[],
  best: readonly (Finding | undefined)[],
  settings: PresetSettings
): {run: Run; between: Set<number>} {
  const between = new Set<number>()
  if (run.end <= run.start) return {run, between}
  let start = run.start
  const lone: number[] = []
  for (let i = run.start - 1; i >= Math.max(0, run.start - LEAD_REACH); i--) {
    const f = features[i] as BlockFeatures
    const verdict = best[i]
    const removed = verdict !== undefined && verdict.confidence >= settings.removeAt
    if (removed && BETWEEN_KINDS.has(verdict.kind)) continue
    // A lone word between share buttons ("twittern") is one more button.
    if (!removed && f.words <= 2) {
      lone.push(i)
      continue
    }
    if (removed || f.runOn || !f.dense || !f.terminal || f.words < 8) break
    start = i
    for (const j of lone.splice(0)) between.add(j)
  }
  return {run: {start, end: run.end}, between}
}

/** Kinds that may interrupt an article: a run of prose beyond them may still be the article's. */
const SOFT_KINDS = new Set(['navigation', 'caption', 'share', 'advertisement', 'counter', 'byline', 'dateline', 'repeated'])
/** An island joins the run when its weight outweighs this share of the chrome between. */
export const ISLAND_GAP = 0.3
/** The least weight of an island (about a hundred characters of prose). */
export const ISLAND_MIN = 100
/** At most this many islands join on each side (each search is linear: so is the whole). */
export const MAX_ISLANDS = 3

function hard(verdict: Finding | undefined, settings: PresetSettings): boolean {
  return verdict !== undefined && verdict.confidence >= settings.removeAt && !SOFT_KINDS.has(verdict.kind)
}

function total(weights: readonly number[], from: number, to: number): number {
  let sum = 0
  for (let i = from; i < to; i++) sum += weights[i] as number
  return sum
}

/**
 * Where the search for islands above `start` begins: right under the
 * headline, or past the standfirst that follows it. Undefined when no
 * headline bounds the search: without one, prose above the run is as likely
 * a site blurb as the article's start.
 */
function upperBound(start: number, best: readonly (Finding | undefined)[], settings: PresetSettings): number | undefined {
  let lo = start
  while (lo > 0 && !hard(best[lo - 1], settings)) lo--
  if (best[lo - 1]?.kind !== 'title') return undefined
  // The standfirst: one paragraph between the headline and the byline or date.
  const below = best[lo + 1]
  return below && HEADER_KINDS.has(below.kind) ? lo + 1 : lo
}

/** One island above the run that outweighs its share of the chrome between, or null. */
function islandAbove(start: number, weights: readonly number[], best: readonly (Finding | undefined)[], settings: PresetSettings): Run | null {
  const lo = upperBound(start, best, settings)
  if (lo === undefined || lo >= start) return null
  const sub = mainRun(weights.slice(lo, start))
  if (sub.end <= sub.start) return null
  const island = {start: lo + sub.start, end: lo + sub.end}
  const gain = total(weights, island.start, island.end)
  if (gain < ISLAND_MIN || gain + ISLAND_GAP * total(weights, island.end, start) <= 0) return null
  return island
}

/**
 * Join islands of prose that in-article chrome (a table of contents, a photo
 * strip, a share bar) cut off the main run, when the island outweighs a
 * fraction of the chrome between. Page chrome of other kinds (comments,
 * related blocks, the headline) bounds the search.
 */
function withIslands(run: Run, weights: readonly number[], best: readonly (Finding | undefined)[], settings: PresetSettings): {run: Run; gaps: Set<number>} {
  const gaps = new Set<number>()
  if (run.end <= run.start) return {run, gaps}
  let start = run.start
  for (let n = 0; n < MAX_ISLANDS; n++) {
    const island = islandAbove(start, weights, best, settings)
    if (!island) break
    for (let i = island.end; i < start; i++) gaps.add(i)
    start = island.start
  }
  let end = run.end
  for (let n = 0; n < MAX_ISLANDS; n++) {
    const island = islandBelow(start, end, weights, best, settings)
    if (!island) break
    for (let i = end; i < island.start; i++) gaps.add(i)
    end = island.end
  }
  return {run: {start, end}, gaps}
}

/**
 * One island below the run that outweighs the run itself and its share of
 * the chrome between, or null: the article's body, when an earlier run (its
 * introduction) was taken for the article and in-article chrome parts them.
 */
function islandBelow(start: number, end: number, weights: readonly number[], best: readonly (Finding | undefined)[], settings: PresetSettings): Run | null {
  let hi = end
  while (hi < weights.length && !hard(best[hi], settings)) hi++
  if (hi <= end) return null
  const sub = mainRun(weights.slice(end, hi))
  if (sub.end <= sub.start) return null
  const island = {start: end + sub.start, end: end + sub.end}
  const gain = total(weights, island.start, island.end)
  if (gain < total(weights, start, end) || gain + ISLAND_GAP * total(weights, end, island.start) <= 0) return null
  return island
}

/** At the run's edges, a finding this sure removes a block (inside, `removeAt` must be reached). */
export const EDGE_AT = 0.45

/** A block at an edge of the run that weak evidence suffices to remove. */
function weakAtEdge(verdict: Finding | undefined): boolean {
  return verdict !== undefined && verdict.confidence >= EDGE_AT
}

/** At most this many blocks at each end are looked at for peeling. */
export const EDGE_REACH = 8

/**
 * Peel the weakly flagged tail (and head) off the run: boilerplate gathers
 * at an article's edges, so there a doubtful finding is enough, where inside
 * the article it is not. A tail goes when it starts with a flagged block and
 * its flagged blocks outweigh the unflagged ones between them twice (a
 * newsletter box is prompt, consent line, prompt); and only while the rest
 * of the run outweighs it: a doubt never empties an article.
 */
function trimEdges(run: Run, weights: readonly number[], best: readonly (Finding | undefined)[]): Run {
  const end = tailCut(run, weights, best, -1)
  return tighten({start: tailCut({start: run.start, end}, weights, best, 1), end}, weights)
}

/**
 * A run begins and ends with a block that counts for the article, as the
 * maximum-sum run does: after a cut, the short lines left at the new edge
 * go too (cleaning the clean text again would drop them).
 */
function tighten(run: Run, weights: readonly number[]): Run {
  let {start, end} = run
  while (end > start && (weights[end - 1] as number) <= 0) end--
  while (start < end && (weights[start] as number) <= 0) start++
  return {start, end}
}

/**
 * Where the run's tail (`step` -1: its end) or head (`step` 1: its start)
 * is cut: the new `end`, or the new `start`.
 */
function tailCut(run: Run, weights: readonly number[], best: readonly (Finding | undefined)[], step: 1 | -1): number {
  // Only what counts for the article: the chrome removed inside the run is
  // not in the clean text, and cleaning that again must weigh alike.
  let rest = 0
  for (let i = run.start; i < run.end; i++) rest += Math.max(0, weights[i] as number)
  let cut = step < 0 ? run.end : run.start
  // Flagged and other weight from the edge in; what lies between the block
  // looked at and the cut so far. The size check and the reach start anew
  // at each cut, so that the clean text, whose edge is the cut, is peeled
  // no further: cleaning it again changes nothing.
  let flagged = 0
  let other = 0
  let slice = 0
  for (let n = 0, k = cut + (step < 0 ? -1 : 0); n < EDGE_REACH && k >= run.start && k < run.end; n++, k += step) {
    const weight = Math.max(0, weights[k] as number)
    const weak = weakAtEdge(best[k])
    if (weak) flagged += weight
    else other += weight
    slice += weight
    if (weak && flagged >= 2 * other && slice < rest - slice) {
      cut = step < 0 ? k : k + 1
      rest -= slice
      slice = 0
      n = -1
    }
  }
  return cut
}
