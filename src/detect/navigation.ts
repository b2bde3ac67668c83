/**
 * Navigation: menus, breadcrumbs and section lists. Scraped menus are runs of
 * short lines without sentence punctuation; breadcrumbs are short items
 * joined by `>`, `/`, `»` or `›`. A lone short line inside prose (a
 * subheading) is not navigation; three in a row are.
 */
import {matchesWhole} from '../phrase-match.js'
import type {Block, Finding} from '../types.js'
import {blockFinding, blockFindings, lineAt, type DetectContext, type Detector} from './context.js'

/** Runs of at least this many link-like lines are a menu. */
export const MIN_RUN = 3
/** The rule of a menu's findings (see `detectMenus`). */
export const MENU_RULE = 'menu'

const BREADCRUMB = /^[^>/»›|]{1,40}(?:[>/»›|][^>/»›|]{1,40}){1,8}$/u
// A slash also writes "24/7" and "and/or": it separates a trail only between
// spaces or when there are two of them ("News/World/Europe"); the others always do.
const STRONG_SEPARATOR = /[>»›|]| \/ /u
const SEPARATOR = /[>/»›|]/gu
/** One separator anywhere: `BREADCRUMB` needs one (see `breadcrumb`). */
const ANY_SEPARATOR = /[>/»›|]/u

/** Find breadcrumbs and chrome words ("Skip to content", "Home"). */
export const detectNavigation: Detector = (context) => singles(context)

function linkLike(context: DetectContext, i: number): boolean {
  const f = context.features[i]
  const block = context.doc.blocks[i]
  if (!f || !block) return false
  return f.words <= 5 && !f.terminal && block.text.length <= 50
}

/**
 * Find menus: runs of at least `MIN_RUN` short link-like lines. Blocks that
 * other findings already remove (at `removeAt` or above) are transparent, so
 * that a menu broken by a share line is still one menu — and so that cleaning
 * the clean body again finds the same runs (idempotence).
 */
export function detectMenus(context: DetectContext, findings: readonly Finding[], removeAt: number): Finding[] {
  const removed = new Set<number>()
  for (const finding of findings) if (finding.confidence >= removeAt) removed.add(finding.start)
  const visible = context.doc.blocks.filter((block) => !removed.has(block.start)).map((block) => block.index)
  const found: Finding[] = []
  let i = 0
  while (i < visible.length) {
    let j = i
    // Mostly lines of an ingredient list or a fact sheet: content, not a menu.
    let data = 0
    while (j < visible.length && linkLike(context, visible[j] as number)) {
      if (context.features[visible[j] as number]?.data) data++
      j++
    }
    const run = j - i
    if (run >= MIN_RUN && data * 2 < run) {
      const confidence = Math.min(0.9, 0.5 + run * 0.05)
      for (const index of visible.slice(i, j)) {
        const block = context.doc.blocks[index] as Block
        found.push(blockFinding(block, 'navigation', confidence, `One of ${run} short link-like lines in a row (a menu).`, MENU_RULE))
      }
    }
    i = Math.max(j, i + 1)
  }
  return found
}

/**
 * A breadcrumb trail: `BREADCRUMB` and `trail`. Most short lines hold no
 * separator at all, and one scan for a separator turns them away: over the
 * eval pages' short lines, `BREADCRUMB` alone took about 500 ns a line, and
 * the scan first made the check three times faster.
 */
function breadcrumb(text: string): boolean {
  return ANY_SEPARATOR.test(text) && BREADCRUMB.test(text) && trail(text)
}

function trail(text: string): boolean {
  return STRONG_SEPARATOR.test(text) || (text.match(SEPARATOR)?.length ?? 0) >= 2
}

// "← Previous post title", "Next post title →", "Alle Kommentare »": an arrow
// at the edge of a line marks a link. Guillemets that quote («…») do not.
const ARROW_LINK = /^[←‹]\s*\S|\S\s+[→›]$|^[^«]*\S\s+»$/u

/**
 * `ARROW_LINK.test(text)`. Each alternative needs "←" or "‹" first or "→",
 * "›" or "»" last: looking at the two ends first spares nearly every line
 * the regex, which is tried at every position (keep both in step).
 */
function arrowLink(text: string): boolean {
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(text.length - 1)
  const edged = first === 0x2190 || first === 0x2039 || last === 0x2192 || last === 0x203a || last === 0xbb
  return edged && ARROW_LINK.test(text)
}
/** An arrowed link line has at most this many words (a post's title is one). */
export const MAX_ARROW_WORDS = 16

function singles(context: DetectContext): Finding[] {
  return blockFindings(context.doc, (block, i) => {
    const f = context.features[i]
    if (f && f.words <= MAX_ARROW_WORDS && arrowLink(block.text)) {
      return blockFinding(block, 'navigation', 0.7, 'A link with an arrow (the previous or next post, a call to action).', 'navigation')
    }
    if (!f || f.words > 10) return null
    if (matchesWhole('navigation', lineAt(context, i))) {
      return blockFinding(block, 'navigation', 0.8, 'A navigation control.', 'navigation')
    }
    if (!f.terminal && breadcrumb(block.text)) {
      return blockFinding(block, 'navigation', 0.6, 'A breadcrumb trail.', 'navigation')
    }
    return null
  })
}
