/**
 * The lookup table of spun windows, built once (on first use) from the three data files:
 * the news-spinner lexicon, the filtered tortured-phrase list and the reverse-synonym table.
 * Every key is a window of lower-case words joined by single spaces, as `tokenize` cuts them.
 */
import lexiconData from '../data/spun-lexicon.json' with {type: 'json'}
import torturedData from '../data/spun-tortured.json' with {type: 'json'}
import wordnetData from '../data/spun-wordnet.json' with {type: 'json'}
import {indexAt, indexOfHash, mayHold, wordIndex} from '../shape-sieve.js'

/** Which evidence a candidate comes from. */
export type SpunSource = 'lexicon' | 'tortured' | 'wordnet'

/** How a candidate's capitals must look for it to hold. */
export type CapsRule = 'first' | 'title' | 'firstOnly'

/** The context a lexicon entry needs; word sets hold lower-case words, '^' and '$' for the edges. */
export interface EntryContext {
  caps?: CapsRule
  prev?: ReadonlySet<string>
  notPrev?: ReadonlySet<string>
  next?: ReadonlySet<string>
  notNext?: ReadonlySet<string>
  /** The capitalised word before belongs to the name and is kept as written. */
  extendPrevCapitalized?: boolean
  /** No hyphen inside the window ("well-being" is standard English, "well being care" is not). */
  noHyphen?: boolean
}

/** One thing a window may be. */
export interface Candidate {
  original: string
  /** Evidence on its own, 0..1; 0 marks a guard that only blocks shorter matches inside it. */
  confidence: number
  source: SpunSource
  /** Readable why, for `SpunFinding.evidence`. */
  evidence: string
  context?: EntryContext
}

/** A node of the word trie: the candidates of the window that ends here, and longer windows. */
export interface TrieNode {
  candidates: Candidate[]
  children: Map<string, TrieNode> | undefined
}

/** The built table. */
export interface SpunTable {
  /**
   * The trie node of the windows that start with `word` (lower case), or
   * undefined when none does; a path down from it is a window.
   */
  first(word: string): TrieNode | undefined
  /**
   * `first(text.slice(start, end))`, reading the word where it stands: most
   * words of a text start no window, and the table says so without cutting
   * them out (see `WordTable`).
   */
  firstAt(text: string, start: number, end: number): TrieNode | undefined
  /** `firstAt(text, start, end)` for a word whose `hashAt` is `hash`: the word is read only when a hash matches. */
  firstHashed(text: string, start: number, end: number, hash: number): TrieNode | undefined
  /**
   * Whether some window's first two words may be `text.slice(start, end)` and
   * `text.slice(nextStart, nextEnd)` (lower case, not empty); false is certain once `firstAt`
   * (or `firstHashed`) of the first word was asked, as that entered the word's windows. Nearly every first word
   * of a page is followed by a word no window of its goes on with, and this says so from a
   * few characters, before the next word is cut out for `children.get`. (A true may depend on
   * which words were asked before; what a window lookup finds does not.)
   */
  mayPair(text: string, start: number, end: number, nextStart: number, nextEnd: number): boolean
  /** Lower-case words that must not stand for part of a newspaper name before 'Occasions'. */
  commonCapitalized: ReadonlySet<string>
}

/** Confidence of each table tier on its own (below 0.6 needs a partner nearby). */
const TIER = {
  torturedFixed: 0.65,
  torturedPair: 0.5,
  torturedLong: 0.7,
  wordnet: 0.5,
  curatedFull: 0.8,
  curatedSingle: 0.4
} as const

const WORD = /[a-z0-9\u00c0-\u024f\u0370-\u1fff\u2c00-\ud7ff]+/g

/** The key of a phrase: its words, lower case, joined by single spaces. */
export function keyOf(phrase: string): string {
  return Array.from(phrase.toLowerCase().replaceAll('’', "'").matchAll(WORD), (m) => m[0]).join(' ')
}

interface RawEntry {
  spun: string
  original: string
  confidence: number
  source: string
  caps?: string
  prev?: string[]
  notPrev?: string[]
  next?: string[]
  notNext?: string[]
  extendPrevCapitalized?: boolean
  noHyphen?: boolean
}

function wordSet(list: readonly string[] | undefined, lists: Record<string, readonly string[]>): ReadonlySet<string> | undefined {
  if (list === undefined) return undefined
  const out = new Set<string>()
  for (const item of list) {
    if (item.startsWith('$') && item.length > 1) {
      const named = lists[item.slice(1)]
      if (named === undefined) throw new Error(`spun-lexicon: unknown list ${item}`)
      for (const w of named) out.add(w)
    } else out.add(item)
  }
  return out
}

function capsRule(value: string | undefined): CapsRule | undefined {
  if (value === undefined) return undefined
  if (value === 'first' || value === 'title' || value === 'firstOnly') return value
  throw new Error(`spun-lexicon: unknown caps rule ${value}`)
}

function lexiconCandidate(entry: RawEntry, lists: Record<string, readonly string[]>): Candidate {
  const context: EntryContext = {}
  const caps = capsRule(entry.caps)
  if (caps) context.caps = caps
  const prev = wordSet(entry.prev, lists)
  if (prev) context.prev = prev
  const notPrev = wordSet(entry.notPrev, lists)
  if (notPrev) context.notPrev = notPrev
  const next = wordSet(entry.next, lists)
  if (next) context.next = next
  const notNext = wordSet(entry.notNext, lists)
  if (notNext) context.notNext = notNext
  if (entry.extendPrevCapitalized) context.extendPrevCapitalized = true
  if (entry.noHyphen) context.noHyphen = true
  return {
    original: entry.original,
    confidence: entry.confidence,
    source: 'lexicon',
    evidence: `news-spinner lexicon: ${entry.source}`,
    context
  }
}

/** A naive English plural, enough for the last word of a noun compound. */
export function pluralOf(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return word + 'es'
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies'
  return word + 's'
}

function pluralKey(key: string): string {
  const cut = key.lastIndexOf(' ')
  return key.slice(0, cut + 1) + pluralOf(key.slice(cut + 1))
}

/** Bits of the pair sieve (see `PairSieve`). */
const PAIR_BITS = 20

/**
 * The shapes of the first two words of every window, in one bit array: which
 * first two and last code units and lengths the two words have (as `ShapeSieve`
 * does for single words). Filled as windows enter the trie: the 100,000 pairs of all
 * windows would set about a tenth of the 2^20 bits.
 */
type PairSieve = Uint32Array

/** The bit of a pair: each word's first two and last code units and length, mixed. */
function pairBit(text: string, start: number, end: number, nextStart: number, nextEnd: number): number {
  return mixShape(mixShape(0, text, start, end), text, nextStart, nextEnd) >>> (32 - PAIR_BITS)
}

/** `h` with the shape of `text.slice(from, to)` (not empty) mixed in. */
function mixShape(h: number, text: string, from: number, to: number): number {
  h = Math.imul(h ^ text.charCodeAt(from), 0x9e3779b1)
  h = Math.imul(h ^ (to - from > 1 ? text.charCodeAt(from + 1) : 0), 0x85ebca6b)
  h = Math.imul(h ^ text.charCodeAt(to - 1), 0xc2b2ae35)
  return Math.imul(h ^ (to - from), 0x9e3779b1)
}

/** Sets the bit of the first two words of `key` (words joined by single spaces); a key of one word has none. */
function markPair(sieve: PairSieve, key: string): void {
  const cut = key.indexOf(' ')
  if (cut <= 0) return
  const after = key.indexOf(' ', cut + 1)
  const end = after < 0 ? key.length : after
  // An empty word matches no token: the pair is never asked for.
  if (end === cut + 1) return
  const bit = pairBit(key, 0, cut, cut + 1, end)
  sieve[bit >>> 5] = (sieve[bit >>> 5] as number) | (1 << (bit & 31))
}

/** A first word's node, with the rows whose windows under it have not entered yet. */
interface RootNode extends TrieNode {
  rows?: number[] | undefined
}

/** A table row 'original|spun|spun…' and how sure its windows are. */
interface Row {
  row: string
  confidence: number
  evidence: (original: string) => string
}

class TableBuilder {
  readonly root: TrieNode = {candidates: [], children: undefined}
  /** Keys the lexicon holds: its contexts are authoritative, generated rows do not repeat them. */
  readonly lexiconKeys = new Set<string>()
  /** The first two words of every window that entered. */
  readonly pairs: PairSieve = new Uint32Array(2 ** PAIR_BITS / 32)

  add(key: string, candidate: Candidate): void {
    if (key === '') return
    markPair(this.pairs, key)
    let node = this.root
    for (const word of key.split(' ')) {
      node.children ??= new Map()
      let child = node.children.get(word)
      if (child === undefined) {
        child = {candidates: [], children: undefined}
        node.children.set(word, child)
      }
      node = child
    }
    node.candidates.push(candidate)
  }

  /** Adds the windows of a row that start with `first`, and the plural of each. */
  addRow({row, confidence, evidence}: Row, first: string): void {
    const [original, ...spun] = row.split('|')
    if (original === undefined) return
    const why = evidence(original)
    const single = {original, confidence, source: 'wordnet', evidence: why} as const
    let plural: Candidate | undefined
    for (const s of spun) {
      if (firstWordOf(s) !== first) continue
      if (!this.lexiconKeys.has(s)) this.add(s, single)
      const key = pluralKey(s)
      if (s.includes(' ') && !s.endsWith('s') && !this.lexiconKeys.has(key)) {
        plural ??= {original: pluralOf(original), confidence, source: 'wordnet', evidence: why}
        this.add(key, plural)
      }
    }
  }
}

/** The first word of a key. */
function firstWordOf(key: string): string {
  const cut = key.indexOf(' ')
  return cut < 0 ? key : key.slice(0, cut)
}

/**
 * Which rows have a window that starts with each word, by row number: the
 * rows are many (some 9,000 rows, 130,000 windows with their plurals) and a
 * page meets few of their first words, so each word's windows enter the trie
 * only when a page first asks for it.
 */
function rowsByFirstWord(rows: readonly Row[]): Map<string, number[]> {
  const index = new Map<string, number[]>()
  for (const [at, {row}] of rows.entries()) {
    for (const key of row.split('|').slice(1)) {
      const word = firstWordOf(key)
      const list = index.get(word)
      if (list === undefined) index.set(word, [at])
      else if (list[list.length - 1] !== at) list.push(at)
    }
  }
  return index
}

function tableRows(): Row[] {
  const rows: Row[] = []
  for (const row of wordnetData.curatedFull)
    rows.push({row, confidence: TIER.curatedFull, evidence: (o) => `every word of the fixed expression '${o}' swapped for a known spinner synonym`})
  for (const row of wordnetData.curatedSingle)
    rows.push({row, confidence: TIER.curatedSingle, evidence: (o) => `one word of the fixed expression '${o}' swapped for a known spinner synonym`})
  for (const row of wordnetData.wordnet)
    rows.push({row, confidence: TIER.wordnet, evidence: (o) => `every word of the WordNet expression '${o}' swapped for a WordNet synonym`})
  return rows
}

/** A new table (tests compare fresh ones; the pipeline shares `spunTable()`). */
export function buildSpunTable(): SpunTable {
  const b = new TableBuilder()
  const lists = lexiconData.lists as Record<string, readonly string[]>
  for (const entry of lexiconData.entries as RawEntry[]) {
    const key = keyOf(entry.spun)
    b.lexiconKeys.add(key)
    b.add(key, lexiconCandidate(entry, lists))
  }

  for (const pair of torturedData.pairs) {
    const [tortured, correct, mark] = pair.split('|')
    if (tortured === undefined || correct === undefined) continue
    const key = keyOf(tortured)
    const size = key.split(' ').length
    const fixed = mark === 'fixed'
    const confidence = size > 2 ? TIER.torturedLong : fixed ? TIER.torturedFixed : TIER.torturedPair
    b.add(key, {
      original: correct,
      confidence,
      source: 'tortured',
      evidence: `tortured phrase for '${correct}' (Problematic Paper Screener list, CC BY 4.0)`
    })
  }

  // The table rows come after the lexicon and the tortured phrases, in file
  // order, so a window's candidates keep the same order however late they enter.
  const rows = tableRows()
  const top = (b.root.children ??= new Map())
  // Every first word has its node from the start, holding the rows still to
  // enter under it: a lookup is one hash of the word, whether or not it came.
  for (const [word, waiting] of rowsByFirstWord(rows)) {
    let node: RootNode | undefined = top.get(word)
    if (node === undefined) {
      node = {candidates: [], children: undefined}
      top.set(word, node)
    }
    node.rows = waiting
  }
  const firsts = wordIndex(top.keys())
  const nodes: readonly RootNode[] = [...top.values()]
  const firstAt = (text: string, start: number, end: number): RootNode | undefined =>
    entered(end > start ? indexAt(firsts, text, start, end) : -1, text, start, end)
  /** Node `k` of the first words (none for -1), its waiting rows entered. */
  const entered = (k: number, text: string, start: number, end: number): RootNode | undefined => {
    const node = k >= 0 ? nodes[k] : undefined
    if (node?.rows !== undefined) {
      const waiting = node.rows
      node.rows = undefined
      const word = text.slice(start, end)
      for (const at of waiting) b.addRow(rows[at] as Row, word)
    }
    return node
  }
  return {
    first: (word) => firstAt(word, 0, word.length),
    firstAt,
    // The sieve turns most words away; the probe compares hashes, so a word's units are not read again.
    firstHashed: (text, start, end, hash) =>
      entered(mayHold(firsts.sieve, text, start, end) ? indexOfHash(firsts, text, start, end, hash) : -1, text, start, end),
    mayPair: (text, start, end, nextStart, nextEnd) => {
      const bit = pairBit(text, start, end, nextStart, nextEnd)
      return ((b.pairs[bit >>> 5] as number) & (1 << (bit & 31))) !== 0
    },
    commonCapitalized: new Set(lists['commonCapitalized'] ?? [])
  }
}

let table: SpunTable | undefined

/**
 * The table, built on first use (some 40 ms, once per process) and shared after that. The
 * windows of the generated table rows enter it word by word as pages first
 * ask for them; what a lookup returns never depends on what was asked
 * before, so sharing it is safe.
 */
export function spunTable(): SpunTable {
  table ??= buildSpunTable()
  return table
}
