/**
 * Related and promo blocks: a heading such as "Don't Miss", "Read more",
 * "Lesen Sie auch" or "Читайте также", then teaser items — a headline
 * (often printed twice) and maybe a teaser cut off mid-sentence — until
 * article prose resumes. Also single lines such as "Read more: <headline>".
 */
import {flagsAt, LETTER, NUMBER, widthAt} from '../char-class.js'
import {RELATED_WORDS, type RelatedWords} from '../data/related-words.js'
import {finalMark, type BlockFeatures} from '../features.js'
import {matchesWhole, startsWithPhrase} from '../phrase-match.js'
import {indexAt, wordIndex} from '../shape-sieve.js'
import type {Block, Finding, RelatedItem} from '../types.js'
import {blockFinding, isParagraph, type BlockLines, type DetectContext} from './context.js'

/** A related block never runs longer than this many blocks. */
export const MAX_ITEMS_BLOCKS = 60

/**
 * Find related blocks and their items. `chrome` holds the start offsets of
 * blocks other detectors remove as page chrome (cookie notices, subscribe
 * prompts, copyright lines, the dated signatures of comments): they end a
 * list of items. `headers` holds the start offsets of
 * blocks that byline and date detectors found: a headline right above one
 * of them is the article's own, so a teaser list stops before it. `asides`
 * holds the start offsets of share lines and advertisement markers: a list
 * may have them between its items, but those after its last item are none.
 */
export function detectRelated(
  context: DetectContext,
  headers: ReadonlySet<number> = new Set(),
  chrome: ReadonlySet<number> = new Set(),
  asides: ReadonlySet<number> = new Set()
): Finding[] {
  const findings: Finding[] = []
  const {blocks} = context.doc
  let afterProse = false
  let i = 0
  while (i < blocks.length) {
    const block = blocks[i] as Block
    const f = context.features[i] as BlockFeatures
    afterProse ||= f.prose
    const inline = inlineItem(block, f)
    if (inline) {
      findings.push(inline)
      i++
    } else if (isRelatedHeading(block, f, context.lines) || (afterProse && isPairHeading(block, f, context.lowers?.[i]))) {
      const end = withoutAsides(blocks, i + 1, itemsEnd(context, i + 1, headers, chrome), asides)
      findings.push(...relatedBlock(context, i, end))
      i = Math.max(end, i + 1)
    } else i++
  }
  return findings
}

/**
 * A short line that opens a related block. `lines` are the page's blocks
 * prepared for phrase lookups, when the caller has them (see `blockLines`).
 */
export function isRelatedHeading(block: Block, f: BlockFeatures, lines?: BlockLines): boolean {
  if (f.words > 8 || f.terminal && !block.text.endsWith(':')) return false
  const line = lines ? lines(block.index) : block.text
  if (matchesWhole('related', line) || matchesWhole('readMore', line)) return true
  const prefixed = startsWithPhrase('relatedPrefixes', line)
  return prefixed !== null && prefixed.rest.split(' ').length <= 5
}

/** A heading made of a "more" word and an "articles" word has at most this many words. */
export const MAX_PAIR_WORDS = 6

/**
 * A short heading with a "more" word and an "articles" word ("Weitere
 * Beiträge aus der Kolumne"). It opens a related block only after some
 * prose: above all prose "More news" is a menu toggle, and a list opened
 * there would run over the article's headline. `lower` is the block's text
 * lower-cased, when the caller has it (see `DetectContext.lowers`).
 */
function isPairHeading(block: Block, f: BlockFeatures, lower?: string): boolean {
  return f.words <= MAX_PAIR_WORDS && (!f.terminal || block.text.endsWith(':')) && namesMoreArticles(block.text, lower)
}

/**
 * The languages (one bit each) whose list of `RELATED_WORDS` (picked by
 * `list`) has each of `words`. Both words of a heading come from one
 * language: a heading qualifies when the languages of its modifiers and
 * those of its nouns share a bit.
 */
function languagesOf(words: readonly string[], list: (related: RelatedWords) => readonly string[]): number[] {
  // One bit a language in a small integer: a 32nd language would wrap round silently.
  if (Object.keys(RELATED_WORDS).length > 31) throw new Error('related-words: more languages than bits in a language mask')
  const languages = words.map(() => 0)
  Object.values(RELATED_WORDS).forEach((related, k) => {
    for (const word of list(related)) {
      const at = words.indexOf(word)
      languages[at] = (languages[at] as number) | (1 << k)
    }
  })
  return languages
}
/**
 * Every word of every list, read in place (see `WordIndex`): a page's short
 * lines are read without cutting out and hashing each word, and most of
 * their words are turned away by the sieve. Eleven sets looked up per word
 * took three times as long.
 */
const PAIR_WORDS = wordIndex(Object.values(RELATED_WORDS).flatMap((related) => [...related.modifiers, ...related.nouns]))
const MODIFIER_LANGUAGES = languagesOf(PAIR_WORDS.words, (related) => related.modifiers)
const NOUN_LANGUAGES = languagesOf(PAIR_WORDS.words, (related) => related.nouns)
const SEPARATOR = /\s[-–—|/»>]\s/u

/**
 * "Weitere Beiträge aus der Kolumne", "Otras Noticias", "Die meistgelesenen
 * Artikel" (see `RELATED_WORDS`). `lower` is `text.toLowerCase()`: the
 * pipeline lower-cases every block once (see `blockLowers`), and each short
 * block after the prose was lower-cased here again.
 */
function namesMoreArticles(text: string, lower?: string): boolean {
  // "Blog - Latest News" names a page (a site's title bar), not a list.
  if (SEPARATOR.test(text)) return false
  lower ??= text.toLowerCase()
  let modifiers = 0
  let nouns = 0
  // Each run of letters and numbers (`/[\p{L}\p{N}]+/gu`), character by character.
  let i = 0
  while (i < lower.length) {
    if ((flagsAt(lower, i) & WORD) === 0) {
      i += widthAt(lower, i)
      continue
    }
    let end = i + widthAt(lower, i)
    while (end < lower.length && (flagsAt(lower, end) & WORD) !== 0) end += widthAt(lower, end)
    const k = indexAt(PAIR_WORDS, lower, i, end)
    if (k >= 0) {
      modifiers |= MODIFIER_LANGUAGES[k] as number
      nouns |= NOUN_LANGUAGES[k] as number
    }
    i = end
  }
  return (modifiers & nouns) !== 0
}

/** A letter or a number (`[\p{L}\p{N}]`). */
const WORD = LETTER | NUMBER

const LABEL = /^([^:|]{2,40})[:|] *(\S.*)$/u

/** "Read more: <headline>" on one line. */
function inlineItem(block: Block, f: BlockFeatures): Finding | null {
  // The label ends at a colon or a bar: a line without either is no inline item.
  if (f.words > 40 || !(block.text.includes(':') || block.text.includes('|'))) return null
  const match = LABEL.exec(block.text)
  if (!match) return null
  const label = match[1] as string
  const title = match[2] as string
  if (!matchesWhole('related', label) && !matchesWhole('readMore', label)) return null
  const item: RelatedItem = {title, start: block.end - title.length, end: block.end}
  return blockFinding(block, 'related', 0.9, `A link to another article ("${label.trim()}").`, 'related', {related: [item]})
}

/** Where the items after a heading end: where article prose or the article's header starts. */
function itemsEnd(context: DetectContext, from: number, headers: ReadonlySet<number>, chrome: ReadonlySet<number>): number {
  const {blocks} = context.doc
  const limit = Math.min(blocks.length, from + MAX_ITEMS_BLOCKS)
  let afterHeadline = false
  for (let j = from; j < limit; j++) {
    const block = blocks[j] as Block
    const f = context.features[j] as BlockFeatures
    if (j > from && isRelatedHeading(block, f, context.lines)) return j
    if (headerFollows(blocks, headers, j)) return j
    // A cookie notice, a subscribe prompt or a copyright line closes the list.
    if (j > from && chrome.has(block.start)) return j
    // Article prose resumes: two full sentences-paragraphs in a row (teasers
    // alternate with headlines), or a long paragraph not right under a headline.
    if (proseResumes(context, j)) return j
    if (isParagraph(f) && f.chars > 200 && (!afterHeadline || f.chars > 320)) return j
    afterHeadline = !f.terminal && f.words >= 3
  }
  return limit
}

/** `end` moved back over the share lines and advertisement markers (`asides`) that close the items from `from`. */
function withoutAsides(blocks: readonly Block[], from: number, end: number, asides: ReadonlySet<number>): number {
  let last = end
  while (last > from && asides.has((blocks[last - 1] as Block).start)) last--
  return last
}

/**
 * Article prose resumes at block `j`: it and the next block are paragraphs
 * (see `isParagraph`). Block `j` may have few function words when it is a
 * statement of a dozen words or more: prose in languages without articles
 * can ("Строительство линии обошлось городу в четыре миллиарда рублей…",
 * 7%). Headlines as long are questions or cut short ("…Residents Deserve
 * Better...'"), and a teaser is followed by its next headline, not by a
 * paragraph.
 */
function proseResumes(context: DetectContext, j: number): boolean {
  const f = context.features[j] as BlockFeatures
  if (!isParagraph(context.features[j + 1])) return false
  return isParagraph(f) || (f.terminal && f.words >= 12 && endsInFullStop((context.doc.blocks[j] as Block).text))
}

/** Ends in one full stop, maybe inside quotes or brackets (not an ellipsis, a question or an exclamation). */
function endsInFullStop(text: string): boolean {
  const mark = finalMark(text)
  return mark.endsWith('.') && !mark.endsWith('..')
}

/** A byline or date line stands within the next three blocks. */
function headerFollows(blocks: readonly Block[], headers: ReadonlySet<number>, j: number): boolean {
  for (let k = j + 1; k <= j + 3 && k < blocks.length; k++) {
    if (headers.has((blocks[k] as Block).start)) return true
  }
  return false
}

function titleLike(f: BlockFeatures): boolean {
  return f.words <= 30 && (!f.terminal || f.sentences <= 1) && f.chars <= 220
}

/** A teaser sentence has at least this many words: shorter ones are places and sections ("Washington, D.C.", "U.S."). */
const MIN_TEASER_WORDS = 6

/** Ends in a full stop or an ellipsis, maybe inside quotes or brackets (not a question or an exclamation). */
function endsStatement(text: string): boolean {
  const mark = finalMark(text)
  return mark.endsWith('.') || mark.endsWith('…')
}

/**
 * A sentence under an unpunctuated headline of `titleWords` words, longer
 * than it and with the function words of prose: the headline's teaser.
 * A headline of one list is seldom punctuated when the others are not,
 * but a question is ("Tardigrades", "Aliens?"), and so is a headline cut
 * short ("…rights bill..."), which reads as terse as its neighbours.
 */
function teaserUnder(titleWords: number, block: Block, f: BlockFeatures): boolean {
  return titleWords > 0 && f.words > titleWords && f.words >= MIN_TEASER_WORDS && f.dense && endsStatement(block.text)
}

/** Findings for the heading and each block of items, with the items as data. */
function relatedBlock(context: DetectContext, heading: number, end: number): Finding[] {
  const {blocks} = context.doc
  const items: RelatedItem[] = []
  let current: RelatedItem | null = null
  let currentKey = ''
  // The words of the current item's title when it is unpunctuated, else 0 (see `teaserUnder`).
  let titleWords = 0
  // Pages that print each headline twice: a line not followed by its copy is a teaser.
  let doubled = false
  const findings: Finding[] = []
  for (let j = heading + 1; j < end; j++) {
    const block = blocks[j] as Block
    const f = context.features[j] as BlockFeatures
    findings.push(blockFinding(block, 'related', 0.85, 'An item of a related-articles block.', 'related'))
    const key = f.key
    if (current && key === currentKey) {
      // A copy right under the headline prints it twice; one under its teaser is a "read more" link.
      doubled ||= current.teaser === undefined
      current.end = block.end
      continue
    }
    const nextKey = j + 1 < end ? (context.features[j + 1] as BlockFeatures).key : ''
    const teaser =
      current !== null && current.teaser === undefined && nextKey !== key && (doubled || !titleLike(f) || teaserUnder(titleWords, block, f))
    if (current && teaser) {
      current.teaser = block.text
      current.end = block.end
      continue
    }
    current = {title: block.text, start: block.start, end: block.end}
    currentKey = key
    titleWords = f.terminal ? 0 : f.words
    items.push(current)
  }
  const head = blocks[heading] as Block
  return [
    blockFinding(head, 'related', 0.95, `Heading of a related-articles block ("${head.text}").`, 'related', {related: items}),
    ...findings
  ]
}
