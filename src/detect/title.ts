/**
 * The headline and its repeats.
 *
 * Scraped text rarely marks the headline, so each line near the start of the
 * article's main run is scored on what headlines share across sites:
 * a byline or date line right below it, a length of 5–25 words, no full
 * stop, a dek (a second headline-like line) below it but not above it, a
 * copy elsewhere on the page (the `<title>`, share widgets), and no page
 * furniture words. The weights were fitted on two sets of real pages and
 * checked on both; they name no site.
 *
 * This detector is anchored: it needs the start of the main run and the
 * other detectors' findings, so the pipeline runs it after a first decision.
 */
import type {BlockFeatures} from '../features.js'
import {looksLikeName} from '../names.js'
import type {Block, Finding} from '../types.js'
import {APPEAL_RULE} from './appeal.js'
import {blockFinding, HEADER_KINDS, type DetectContext} from './context.js'

/** How many blocks before the main run the headline may stand… */
export const TITLE_BEFORE = 60
/** …and how many after its start (the run may begin with a stray paragraph). */
export const TITLE_AFTER = 10
/** A byline or date line this many blocks below a line counts as its header. */
const HEADER_REACH = 6

/** Weights of the headline score. */
export const TITLE_WEIGHTS = {
  /** Per block between the line and the header below it (7 when none). */
  headerDistance: 0.8,
  /** Per block between the line and the start of the main run. */
  runDistance: 0.06,
  insideRun: 2,
  fullStop: 1.5,
  dekBelow: 1,
  dekAbove: 0.8,
  headingMark: 1,
  furniture: 1.5,
  caption: 0.4,
  personName: 0.4,
  menu: 0.4,
  sentences: 0.5,
  headlineLength: 1.5,
  tooShort: 3,
  printedAgain: 0.8
} as const

/**
 * Three words or fewer are too short for a headline only when they are also
 * this few characters: German and Dutch compounds make real headlines of
 * few words ("Ladensterben immer dramatischer").
 */
export const SHORT_TITLE_CHARS = 24

/** Kinds of finding that rule a line out as the headline. */
const NOT_TITLE = new Set([
  'share', 'subscribe', 'cookie', 'advertisement', 'copyright', 'counter', 'caption',
  'byline', 'author-footer', 'page-date', 'dateline', 'comments'
])
// Lines that name the page's furniture rather than the story.
const FURNITURE = /\b(?:share|min read|minute read|opens in a new window|sign up|subscribe|newsletter|advertisement|click here|click to|save (?:this )?article|read more|all rights|podcast|video|watch|listen|visit us|follow us)\b/iu
const CAPTIONISH = /^\(.*\)$|\/ ?(?:getty|reuters|ap|afp)\b|^credit/iu
// A web address alone on its line (the page's URL, a record's `url` field).
const ADDRESS_LINE = /^(?:https?:\/\/|www\.)\S*$/i

/** The chosen headline, with the findings for it and its copies. */
export interface TitleResult {
  title: string | null
  /** Block index of the headline, or -1. */
  index: number
  findings: Finding[]
}

/** What the scorer knows about the page. */
interface Page {
  context: DetectContext
  /** Start offsets of blocks ruled out as headlines. */
  ruledOut: ReadonlySet<number>
  /** Start offsets of blocks with a finding sure enough to remove them. */
  flagged: ReadonlySet<number>
  /** Start offsets of blocks in a menu. */
  menus: ReadonlySet<number>
  /** Start offsets of byline and date lines. */
  headers: ReadonlySet<number>
  /** How often the key of each candidate is printed (see `copyCounts`). */
  counts: ReadonlyMap<string, number>
  runStart: number
}

/** Find the headline near `runStart`, given the other detectors' findings. */
export function detectTitle(context: DetectContext, runStart: number, findings: readonly Finding[]): TitleResult {
  const {blocks} = context.doc
  const first = Math.max(0, runStart - TITLE_BEFORE)
  const end = Math.min(blocks.length, runStart + TITLE_AFTER)
  const page = describePage(context, runStart, findings, first, end)
  let best = -1
  let bestScore = -Infinity
  for (let i = first; i < end; i++) {
    if (!candidate(page, i)) continue
    // The tests of the line's text only take points off, so a line that
    // does not beat the best without them cannot with them (the sum keeps
    // its order, and rounding keeps it monotone): they run only where they
    // can change the choice, and they were most of the scoring.
    if (titleScore(page, i, false) <= bestScore) continue
    const score = titleScore(page, i)
    if (score > bestScore) {
      bestScore = score
      best = i
    }
  }
  if (best < 0) return {title: null, index: -1, findings: []}
  const head = blocks[best] as Block
  return {title: afterBreadcrumb(head.text), index: best, findings: copies(context, best)}
}

/**
 * What the scorer asks about the candidates `[first, end)`. It asks only
 * about them and their near neighbours (the line above, the header reach
 * below), so only findings on those blocks are kept and only their lines
 * are counted: the whole page's findings and keys in sets and maps cost
 * more than scoring.
 */
function describePage(context: DetectContext, runStart: number, findings: readonly Finding[], first: number, end: number): Page {
  const ruledOut = new Set<number>()
  const flagged = new Set<number>()
  const menus = new Set<number>()
  const headers = new Set<number>()
  const {from, to} = offsetRange(context.doc.blocks, first - 1, end + HEADER_REACH)
  for (const finding of findings) {
    if (finding.start < from || finding.start > to) continue
    // A call to action or a disclosure is never the headline, however weak the finding.
    if (finding.rule === APPEAL_RULE) ruledOut.add(finding.start)
    if (finding.confidence < 0.6) continue
    flagged.add(finding.start)
    if (NOT_TITLE.has(finding.kind)) ruledOut.add(finding.start)
    if (HEADER_KINDS.has(finding.kind)) headers.add(finding.start)
    if (finding.kind === 'navigation') menus.add(finding.start)
  }
  return {context, ruledOut, flagged, menus, headers, counts: copyCounts(context.features, first, end), runStart}
}

/** The start offsets of blocks `lo` and `hi`, each clamped to the page (`from > to` when it has no block). */
function offsetRange(blocks: readonly Block[], lo: number, hi: number): {from: number; to: number} {
  const low = blocks[Math.max(0, lo)]
  const high = blocks[Math.min(blocks.length - 1, hi)]
  return low && high ? {from: low.start, to: high.start} : {from: 1, to: 0}
}

/**
 * How often the page prints the key of each block in `[first, end)` short
 * enough to be a candidate. Only a key of the same length can be a copy:
 * comparing lengths first spares hashing every key, and a paragraph's key
 * is long and built in pieces that hashing would first copy into one (see
 * `lengthShared`).
 */
function copyCounts(features: readonly BlockFeatures[], first: number, end: number): Map<string, number> {
  const counts = new Map<string, number>()
  const lengths = new Set<number>()
  for (let i = first; i < end; i++) {
    const f = features[i] as BlockFeatures
    if (!candidateLength(f)) continue
    const {key} = f
    counts.set(key, 0)
    lengths.add(key.length)
  }
  for (const {key} of features) {
    if (!lengths.has(key.length)) continue
    const count = counts.get(key)
    if (count !== undefined) counts.set(key, count + 1)
  }
  return counts
}

/** A line that could be a headline at all. */
function candidate(page: Page, i: number): boolean {
  const block = page.context.doc.blocks[i] as Block
  const f = page.context.features[i] as BlockFeatures
  if (page.ruledOut.has(block.start) || !candidateLength(f)) return false
  if (f.prose && block.text.endsWith('.')) return false
  // A label that introduces what follows ("stated on … in a post:").
  if (block.text.endsWith(':')) return false
  if (ADDRESS_LINE.test(block.text)) return false
  // Inside the main run only a line with a byline or date below it: else it is a subheading.
  if (i >= page.runStart && headerDistance(page, i) > HEADER_REACH) return false
  return f.unspaced ? f.chars >= 6 : f.words >= 2 && f.words <= 40
}

/** A line of a length a headline may have (250 characters at most). */
function candidateLength(f: BlockFeatures): boolean {
  return f.chars <= 250 && f.chars >= 8
}

/** A headline-like line with no finding: a dek, or another headline. */
function headlineLike(page: Page, i: number): boolean {
  const block = page.context.doc.blocks[i]
  const f = page.context.features[i]
  if (!block || !f || page.flagged.has(block.start)) return false
  return f.words >= 4 && f.words <= 40 && f.chars <= 250
}

/** The line's score; without `readText`, an upper bound that skips the tests of its text. */
function titleScore(page: Page, i: number, readText = true): number {
  const w = TITLE_WEIGHTS
  const block = page.context.doc.blocks[i] as Block
  const f = page.context.features[i] as BlockFeatures
  let score = -w.headerDistance * headerDistance(page, i) - w.runDistance * Math.abs(page.runStart - i)
  if (i >= page.runStart) score -= w.insideRun
  if (block.text.endsWith('.') && !block.text.endsWith('...')) score -= w.fullStop
  if (headlineLike(page, i + 1)) score += w.dekBelow
  if (headlineLike(page, i - 1)) score -= w.dekAbove
  if (block.heading) score += w.headingMark
  if (readText && FURNITURE.test(block.text)) score -= w.furniture
  if (readText && CAPTIONISH.test(block.text)) score -= w.caption
  if (readText && looksLikeName(block.text)) score -= w.personName
  if (page.menus.has(block.start)) score -= w.menu
  if (f.sentences >= 2) score -= w.sentences
  if (f.words >= 5 && f.words <= 25) score += w.headlineLength
  else if (f.words <= 3 && !f.unspaced && f.chars < SHORT_TITLE_CHARS) score -= w.tooShort
  // A headline is printed again (widgets, <title>); a menu item many times.
  const again = (page.counts.get(f.key) ?? 1) - 1
  if (again >= 1 && again <= 3) score += w.printedAgain
  return score
}

// "Site > Blog > Business > Headline", "News / India News / Headline": a
// breadcrumb that ends in the headline.
const CRUMB = / (?:>|›|»|\/) /u

/** The last segment of a breadcrumb trail that ends in the headline. */
export function afterBreadcrumb(text: string): string {
  const parts = text.split(CRUMB)
  if (parts.length < 3) return text
  const last = (parts[parts.length - 1] as string).trim()
  return last.split(' ').length >= 4 ? last : text
}

/** Blocks between line `i` and the byline or date line below it, or 7 when none is near. */
function headerDistance(page: Page, i: number): number {
  const {blocks} = page.context.doc
  for (let k = i + 1; k <= i + HEADER_REACH && k < blocks.length; k++) {
    if (page.headers.has((blocks[k] as Block).start)) return k - i
  }
  return HEADER_REACH + 1
}

/** `long` is `short` plus a site name ("Headline - WSJ", "Headline | Site"). */
function isTitleWithSite(long: string, short: string): boolean {
  if (short.length < 10 || long.length <= short.length || !long.startsWith(short)) return false
  const rest = long.slice(short.length).trim()
  return rest.split(' ').length <= 6
}

/** Findings for the headline and every copy of it on the page. */
function copies(context: DetectContext, index: number): Finding[] {
  const key = (context.features[index] as BlockFeatures).key
  const findings: Finding[] = []
  for (const [j, block] of context.doc.blocks.entries()) {
    const other = (context.features[j] as BlockFeatures).key
    if (j === index) {
      findings.push(blockFinding(block, 'title', 0.95, 'The headline.', 'title', {title: block.text}))
    } else if (other === key || isTitleWithSite(other, key)) {
      findings.push(blockFinding(block, 'duplicate-title', 0.95, 'The headline, printed again.', 'title'))
    }
  }
  return findings
}
