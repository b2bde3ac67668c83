/**
 * The author's name on a line of its own in the article's header, for pages
 * that print no "By": "Jane Doe" over "Dec 20, 2023", "Jane Doe - December
 * 21, 2023", "Jane Doe · Posted: Dec 22, 2023", or "Jane Doe" over "Senior
 * Editor". Without a "By" a name is only told from a section label ("Digital
 * Life") by where it stands, so the line must be next to the headline and
 * beside a date or a job title, and it is looked for only when no byline
 * names anyone.
 */
import {ALL_STOPWORDS} from '../data/stopwords.js'
import type {DateMatch} from '../dates.js'
import {cleanAuthors, isJobTitle, looksLikeName} from '../names.js'
import type {Block, Finding} from '../types.js'
import {blockFinding, type DetectContext} from './context.js'

/** How far from the headline the name line may stand, in blocks above and below. */
export const NAME_LINE_ABOVE = 2
export const NAME_LINE_BELOW = 4
/** A name line is short: a name, a separator and at most a date. */
const MAX_NAME_LINE = 100
/** "By" glued to the name, as some pages print it ("ByJane Doe"). */
const GLUED_BY = /^By(?=\p{Lu}\p{Ll})/u
/** What a date line may hold besides its date: labels and separators ("Published:", "|", "on"). */
const DATE_LINE_REST = /^[\s\p{P}\p{S}]*(?:(?:published|posted|updated|on|am|le|vom|il)[\s\p{P}\p{S}]*)*$/iu
/** A quotation or embedded post ("— Jane Doe (@jane) May 2, 2020") credits someone else. */
const QUOTED = /^[\s—–"“„'(]|\(@/u

/** The name line next to the headline at block `anchor`, when no finding names an author. */
export function detectNameLine(context: DetectContext, anchor: number, findings: readonly Finding[]): Finding[] {
  if (findings.some((f) => (f.data?.authors?.length ?? 0) > 0)) return []
  const {blocks} = context.doc
  const dates = context.dates ?? []
  const last = Math.min(blocks.length - 1, anchor + NAME_LINE_BELOW)
  for (let i = Math.max(0, anchor - NAME_LINE_ABOVE); i <= last; i++) {
    if (i === anchor) continue
    const found = nameLine(blocks, dates, i)
    if (found) return [found]
  }
  return []
}

function nameLine(blocks: readonly Block[], dates: readonly DateMatch[][], i: number): Finding | null {
  const block = blocks[i] as Block
  if (block.text.length > MAX_NAME_LINE || QUOTED.test(block.text)) return null
  const evidence = besideDate(block, dates[i]) ?? dateLine(blocks[i + 1], dates[i + 1]) ?? jobTitle(blocks[i + 1])
  if (evidence === null) return null
  const authors = cleanAuthors(block.text.replace(GLUED_BY, 'By '))
  if (authors.length === 0 || !authors.every(isFullName)) return null
  return blockFinding(block, 'byline', 0.8, `The author's name on its own line, ${evidence}.`, 'name-line', {authors})
}

/** The line starts with the name and ends with its date. */
function besideDate(block: Block, dates: readonly DateMatch[] | undefined): string | null {
  const first = dates?.[0]
  return first !== undefined && first.start > 0 && DATE_LINE_REST.test(block.text.slice(first.end)) ? 'before its date' : null
}

/** The next line is a date and nothing else. */
function dateLine(next: Block | undefined, dates: readonly DateMatch[] | undefined): string | null {
  if (next === undefined || dates === undefined || dates.length === 0) return null
  let rest = next.text
  for (const date of dates) rest = rest.replace(date.text, ' ')
  return DATE_LINE_REST.test(rest) ? 'over the date line' : null
}

function jobTitle(next: Block | undefined): string | null {
  return next !== undefined && isJobTitle(next.text) ? 'over a job title' : null
}

/**
 * A first and last name at least ("Jane Doe", "Ludwig van Beethoven"), in
 * mixed case: one word is a handle or a section, capitals only a heading or
 * an acronym, a name starting with a particle is prose ("der Film"), and a
 * capitalised function word ("The", "Die") starts a phrase.
 */
function isFullName(name: string): boolean {
  const words = name.split(' ')
  if (words.length < 2 || words.length > 4 || !looksLikeName(name) || !UPPER_START.test(name)) return false
  return words.every((word) => !ALL_CAPS.test(word) && (word === word.toLowerCase() || !ALL_STOPWORDS.has(word.toLowerCase())))
}

const ALL_CAPS = /^\p{Lu}{2,}$/u
const UPPER_START = /^\p{Lu}/u
