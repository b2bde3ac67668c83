/**
 * The author's name on a line of its own in the article's header, for pages
 * that print no "By": "Jane Doe" over "Dec 20, 2023", "Jane Doe - December
 * 21, 2023", "Jane Doe · Posted: Dec 22, 2023", or "Jane Doe" over "Senior
 * Editor". Without a "By" a name is only told from a section label ("Digital
 * Life") by where it stands, so the line must be next to the headline and
 * beside a date or a job title, and it is looked for only when no byline
 * names anyone.
 */
import {DATE_LABEL_CONNECTORS, DATE_LABELS} from '../data/date-words.js'
import {ALL_STOPWORDS} from '../data/stopwords.js'
import type {DateMatch} from '../dates.js'
import {cleanAuthors, isJobTitle, looksLikeName, splitBylinePrefix} from '../names.js'
import type {Block, Finding} from '../types.js'
import {blockFinding, type DetectContext} from './context.js'

/** How far from the headline the name line may stand, in blocks above and below. */
export const NAME_LINE_ABOVE = 2
export const NAME_LINE_BELOW = 4
/** A name line is short: a name, a separator and at most a date. */
const MAX_NAME_LINE = 100
/** "By" glued to the name, as some pages print it ("ByJane Doe"). */
const GLUED_BY = /^By(?=\p{Lu}\p{Ll})/u
/** Words of date labels ("Published on", "Last updated:", "Aktualisiert am"): all a date line may hold besides its dates. */
const LABEL_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(DATE_LABELS).flat(), ...DATE_LABEL_CONNECTORS].flatMap((label) => label.split(' '))
)
const WORD_RE = /[\p{L}\p{N}'’]+/gu
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
  const own = dates[i] ?? []
  // With a date on the line the name is what the line holds besides its
  // dates and labels ("Jane Doe - Dec 21, 2023", "Posted on 2023-12-19 by
  // Jane Doe"); without, the line is the name and the next line must vouch.
  let name: string | null = block.text
  let evidence: string | null = 'beside its date'
  if (own.length > 0) name = nameBesideDate(block.text, own)
  else evidence = dateLine(blocks[i + 1], dates[i + 1]) ?? jobTitle(blocks[i + 1])
  if (name === null || evidence === null) return null
  const authors = cleanAuthors(name.trim().replace(GLUED_BY, 'By '))
  if (authors.length === 0 || !authors.every(isFullName)) return null
  return blockFinding(block, 'byline', 0.8, `The author's name on its own line, ${evidence}.`, 'name-line', {authors})
}

/** Labels and separators only ("Published:", "| Last updated:", "on"). */
function isLabel(piece: string): boolean {
  for (const [word] of piece.toLowerCase().matchAll(WORD_RE)) if (!LABEL_WORDS.has(word)) return false
  return true
}

/** The text before, between and after `dates`. */
function piecesAround(text: string, dates: readonly DateMatch[]): string[] {
  const pieces: string[] = []
  let from = 0
  for (const date of dates) {
    pieces.push(text.slice(from, date.start))
    from = date.end
  }
  pieces.push(text.slice(from))
  return pieces
}

/**
 * The name on a line with its date: all before the date ("Jane Doe -
 * Dec 21, 2023"), or a byline after it ("Posted on 2023-12-19 by Jane
 * Doe"). Anything else on the line (a section, a reading time) makes it no
 * name line.
 */
function nameBesideDate(text: string, dates: readonly DateMatch[]): string | null {
  const pieces = piecesAround(text, dates)
  const named = pieces.filter((piece) => !isLabel(piece))
  if (named.length !== 1) return null
  const first = pieces[0] as string
  const last = pieces[pieces.length - 1] as string
  if (named[0] === first) return first
  return named[0] === last && splitBylinePrefix(last.trim()) !== null ? last : null
}

/** The next line is a date and nothing else. */
function dateLine(next: Block | undefined, dates: readonly DateMatch[] | undefined): string | null {
  if (next === undefined || dates === undefined || dates.length === 0) return null
  return piecesAround(next.text, dates).every(isLabel) ? 'over the date line' : null
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
