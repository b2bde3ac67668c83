/**
 * Date lines: the page chrome's date ("Today: Dec 22, 2024") and lines that
 * are only the article's date ("September 13, 2023", "Updated 10:35 AM,
 * 13.09.2023"). Both go; which date is the article's is chosen later, near
 * the headline (see `chooseDates`).
 */
import {findDates, type DateMatch} from '../dates.js'
import type {Block, Finding} from '../types.js'
import {blockFinding, type DetectContext, type Detector} from './context.js'

/** Lines longer than this are never date lines (and are not searched for dates). */
export const MAX_DATE_LINE_WORDS = 40

const WORD = /[\p{L}\p{N}]+/gu

/** The dates of each short block (empty for long ones), in block order. */
export function blockDates(context: DetectContext): readonly DateMatch[][] {
  return context.doc.blocks.map((block, i) => {
    const f = context.features[i]
    if (!f || f.words > MAX_DATE_LINE_WORDS) return []
    return findDates(block.text)
  })
}

/** Words of a block that are not part of one of its dates. */
function wordsOutside(block: Block, dates: readonly DateMatch[]): number {
  let rest = block.text
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.start) + ' ' + rest.slice(date.end)
  return rest.match(WORD)?.length ?? 0
}

/** Find page dates and date-only lines. */
export const detectDateLines: Detector = (context) => {
  const all = context.dates ?? blockDates(context)
  const findings: Finding[] = []
  for (const [i, block] of context.doc.blocks.entries()) {
    const dates = all[i] ?? []
    const first = dates[0]
    if (!first) continue
    const extra = wordsOutside(block, dates)
    if (first.label === 'today' && extra <= 8) {
      findings.push(blockFinding(block, 'page-date', 0.95, 'The date the page was shown, printed by the page chrome.', 'dateline', {date: first.iso}))
    } else if (extra <= 6) {
      findings.push(blockFinding(block, 'dateline', 0.85, 'A line that only gives a date.', 'dateline', {date: first.iso}))
    }
  }
  return findings
}

/** The article's date and the page's date. */
export interface ChosenDates {
  date: string | null
  pageDate: string | null
}

const LABEL_RANK: Record<string, number> = {published: 0, null: 1, updated: 2}

/**
 * Choose the article's date: the date nearest the headline (published before
 * unlabelled before updated), else the first labelled "published", else the
 * first date before the main run. Never a "today" date. The page date is the
 * first "today" date, else the first date well above the headline that is not
 * the article's. `all` is `blockDates(context)`.
 */
export function chooseDates(all: readonly DateMatch[][], titleIndex: number, runStart: number): ChosenDates {
  const anchor = titleIndex >= 0 ? titleIndex : runStart
  const candidates: {i: number; date: DateMatch}[] = []
  all.forEach((dates, i) => {
    for (const date of dates) if (date.label !== 'today') candidates.push({i, date})
  })
  const near = candidates
    .filter(({i}) => i >= anchor - 3 && i <= Math.max(anchor, runStart) + 6)
    .sort((a, b) => rank(a.date) - rank(b.date) || Math.abs(a.i - anchor) - Math.abs(b.i - anchor) || a.i - b.i)
  const chosen =
    near[0] ??
    candidates.find(({date}) => date.label === 'published') ??
    candidates.find(({i}) => i < runStart)
  const date = chosen ? chosen.date.iso : null
  const today = firstToday(all)
  const above = candidates.find(({i, date: d}) => i < anchor - 3 && d.iso !== date)
  return {date, pageDate: today?.iso ?? above?.date.iso ?? null}
}

/**
 * `all.flat().find((d) => d.label === 'today')`, without the flat copy:
 * `all` holds an array for every block of the page, nearly all empty.
 */
function firstToday(all: readonly DateMatch[][]): DateMatch | undefined {
  for (const dates of all) {
    for (const date of dates) if (date.label === 'today') return date
  }
  return undefined
}

function rank(date: DateMatch): number {
  return LABEL_RANK[String(date.label)] ?? 1
}
