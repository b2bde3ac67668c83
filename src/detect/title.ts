/**
 * The headline and its repeats.
 *
 * The headline is a short line shortly before the article's main run of
 * prose; pages print it several times (the `<title>` with the site's name, the
 * `<h1>`, share widgets), which is the strongest sign. This detector is
 * anchored: it needs the start of the main run, so the pipeline runs it after
 * a first decision.
 */
import type {BlockFeatures} from '../features.js'
import type {Block, Finding} from '../types.js'
import {blockFinding, type DetectContext} from './context.js'
import {looksLikeName} from '../names.js'
import {lineKey} from './repeats.js'

/** How many blocks before the main run the headline may stand. */
export const TITLE_WINDOW = 25

/** Kinds of finding that rule a line out as the headline. */
const NOT_TITLE = new Set([
  'share', 'subscribe', 'cookie', 'advertisement', 'copyright', 'counter', 'caption',
  'byline', 'author-footer', 'page-date', 'dateline', 'comments'
])

/** The chosen headline, with the findings for it and its copies. */
export interface TitleResult {
  title: string | null
  /** Block index of the headline, or -1. */
  index: number
  findings: Finding[]
}

/** Find the headline before `runStart`, given the other detectors' findings. */
export function detectTitle(context: DetectContext, runStart: number, findings: readonly Finding[]): TitleResult {
  const {blocks} = context.doc
  const ruledOut = new Set<number>()
  const bylines = new Set<number>()
  for (const finding of findings) {
    if (NOT_TITLE.has(finding.kind) && finding.confidence >= 0.6) ruledOut.add(finding.start)
    if (BYLINE_OR_DATE.has(finding.kind)) bylines.add(finding.start)
  }
  const keys = blocks.map((block) => lineKey(block.text))
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  let best = -1
  let bestScore = 0.5
  const low = Math.max(0, runStart - TITLE_WINDOW)
  for (let i = Math.min(runStart, blocks.length) - 1; i >= low; i--) {
    const block = blocks[i] as Block
    if (ruledOut.has(block.start)) continue
    const f = context.features[i] as BlockFeatures
    if (!titleShaped(block, f)) continue
    const near = followedBy(blocks, bylines, i, runStart)
    const score = titleScore(block, f, keys, counts, i) + (near ? 0.8 : 0) - (runStart - i) * 0.06
    if (score > bestScore) {
      bestScore = score
      best = i
    }
  }
  if (best < 0) return {title: null, index: -1, findings: []}
  const head = blocks[best] as Block
  return {title: head.text, index: best, findings: copies(context, keys, best)}
}

const BYLINE_OR_DATE = new Set(['byline', 'dateline'])
// Lines that name the page's furniture rather than the story.
const FURNITURE = /\b(?:share|min read|minute read|opens in a new window|sign up|subscribe|newsletter|advertisement|click here|read more|all rights|podcast|video|watch|listen)\b/iu
const CAPTIONISH = /^\(.*\)$|\/ ?(?:getty|reuters|ap|afp)\b/iu

/** A byline or date line follows within the next few blocks, before the prose. */
function followedBy(blocks: readonly Block[], bylines: ReadonlySet<number>, i: number, runStart: number): boolean {
  for (let j = i + 1; j <= Math.min(i + 4, runStart); j++) {
    const block = blocks[j]
    if (block && bylines.has(block.start)) return true
  }
  return false
}

function titleShaped(block: Block, f: BlockFeatures): boolean {
  if (f.chars > 250 || f.chars < 8) return false
  if (f.unspaced) return f.chars >= 6
  if (f.words < 2 || f.words > 40) return false
  // Headlines end without a full stop; "?" and "!" are common.
  return !block.text.endsWith('.') || block.text.endsWith('...')
}

function titleScore(block: Block, f: BlockFeatures, keys: readonly string[], counts: ReadonlyMap<string, number>, i: number): number {
  let score = 1
  if (block.heading) score += 1
  if (f.words >= 5 && f.words <= 25) score += 0.6
  else if (f.words <= 3) score -= 0.4
  if (f.sentences >= 2) score -= 0.5
  if (FURNITURE.test(block.text)) score -= 1
  if (CAPTIONISH.test(block.text)) score -= 1
  if (looksLikeName(block.text)) score -= 0.8
  const key = keys[i] as string
  // A headline is printed again (widgets, <title>); a menu item is printed many times.
  const copiesOf = (counts.get(key) ?? 1) - 1
  if (copiesOf >= 1 && copiesOf <= 3) score += 1.2
  else if (copiesOf === 0 && keys.some((other) => isTitleWithSite(other, key))) score += 1.2
  return score
}

/** `long` is `short` plus a site name ("Headline - WSJ", "Headline | Site"). */
function isTitleWithSite(long: string, short: string): boolean {
  if (short.length < 10 || !long.startsWith(short) || long.length === short.length) return false
  const rest = long.slice(short.length).trim()
  return rest.split(' ').length <= 6
}

/** Findings for the headline and every copy of it on the page. */
function copies(context: DetectContext, keys: readonly string[], index: number): Finding[] {
  const key = keys[index] as string
  const findings: Finding[] = []
  for (const [j, block] of context.doc.blocks.entries()) {
    const other = keys[j] as string
    if (j === index) {
      findings.push(blockFinding(block, 'title', 0.95, 'The headline.', 'title', {title: block.text}))
    } else if (other === key || isTitleWithSite(other, key)) {
      findings.push(blockFinding(block, 'duplicate-title', 0.95, 'The headline, printed again.', 'title'))
    }
  }
  return findings
}
