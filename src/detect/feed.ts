/**
 * Teaser feeds: lists of other stories, each with its own date line
 * ("Headline / Author / Wednesday November 20, 2019 / teaser"). An article
 * has one date line near its headline; three or more date lines a few blocks
 * apart are a feed, and the blocks around them are its items.
 */
import type {Block, Finding} from '../types.js'
import {blockFinding, isParagraph, type DetectContext} from './context.js'

/** Date lines at most this many blocks apart belong to one feed. */
export const FEED_GAP = 6
/** A feed has at least this many dated items. */
export const FEED_MIN_ITEMS = 3
/** An item's headline and author stand at most this many blocks above its date. */
const ITEM_LEAD = 3

/**
 * Find feeds, given the start offsets of date lines (see `detectDateLines`
 * and `detectRelativeTime`).
 */
export function detectFeeds(context: DetectContext, dateStarts: ReadonlySet<number>): Finding[] {
  const {blocks} = context.doc
  const dated = blocks
    .filter((block) => dateStarts.has(block.start) && !EMBED_SIGNATURE.test(block.text))
    .map((block) => block.index)
  const findings: Finding[] = []
  let i = 0
  while (i < dated.length) {
    let j = i
    while (j + 1 < dated.length && isNextItem(context, dated[j] as number, dated[j + 1] as number)) j++
    if (j - i + 1 >= FEED_MIN_ITEMS) {
      const first = itemStart(context, dated[i] as number)
      const last = Math.min(blocks.length - 1, (dated[j] as number) + 1)
      for (const block of blocks.slice(first, last + 1)) findings.push(feedItem(block, j - i + 1))
    }
    i = j + 1
  }
  return findings
}

/** A teaser is short; a longer paragraph between two dates is article text. */
export const MAX_TEASER = 350
// "— Jane Doe (@jane) December 22, 2023": the signature of an embedded post.
const EMBED_SIGNATURE = /^[—–-]|@\w/u

/**
 * Items sit a few blocks apart with only short lines between them; dates on
 * adjacent lines ("Published", "Updated") are one header.
 */
function isNextItem(context: DetectContext, from: number, to: number): boolean {
  const gap = to - from
  if (gap < 2 || gap > FEED_GAP) return false
  const between = context.features.slice(from + 1, to)
  if (!between.every((f) => f.chars <= MAX_TEASER)) return false
  // Two punctuated paragraphs in a row are an article, not a teaser.
  return !between.some((f, k) => isParagraph(f) && isParagraph(between[k + 1]))
}

/** Where the first item starts: its headline and author above its date, never a paragraph. */
function itemStart(context: DetectContext, date: number): number {
  let first = date
  while (first > 0 && date - first < ITEM_LEAD && !paragraphAbove(context, first)) first--
  return first
}

/** The block above `index` is a paragraph, or longer than a teaser. */
function paragraphAbove(context: DetectContext, index: number): boolean {
  const f = context.features[index - 1]
  return isParagraph(f) || (f?.chars ?? 0) > MAX_TEASER
}

function feedItem(block: Block, items: number): Finding {
  return blockFinding(block, 'related', 0.65, `Part of a feed of ${items} dated teasers.`, 'feed')
}
