/**
 * Lookups of the chrome phrases of `data/phrases.ts` in a line of text.
 *
 * Every table is built once, when the module loads: a map of normalized
 * lines for whole-line lookups, and a token trie per field for phrase scans.
 * A scan reads the line token by token (words, numbers, single punctuation
 * marks) where it stands and walks the trie from each token that begins an
 * entry, so it costs one lookup per token plus a few more where a phrase
 * begins: linear in the line, whatever the number of phrases. Matching whole tokens gives word boundaries for
 * free: "ad" does not find "add", "share" does not find "shared".
 */

import { PHRASES, PHRASE_LANGS, SUBSTRING_FIELDS } from './data/phrases.js'
import type { PhraseField, PhraseLang } from './data/phrases.js'
import { ALL_STOPWORDS } from './data/stopwords.js'
import { indexAt, wordIndex } from './shape-sieve.js'

/** A phrase found in a line: the list entry as written, and its language. */
export interface PhraseHit {
  readonly lang: PhraseLang
  readonly phrase: string
}

/** A phrase found at the start of a line, with the text that follows it. */
export interface PrefixHit extends PhraseHit {
  /**
   * The rest of the line as given (case kept, so that a caller can judge
   * whether it is a name), without the separators (':' '-' '|' '.', dashes)
   * and the spaces that follow the phrase.
   */
  readonly rest: string
}

/** What a token is: letters (with digits and inner apostrophes), a count, or one other character. */
export type TokenKind = 'word' | 'number' | 'mark'

/** A line cut into tokens, as `tokenizeLine` gives it. */
export interface LineTokens {
  /** The line as given. */
  readonly source: string
  /** Each token lower-cased, with curly apostrophes and quotes made ASCII. */
  readonly norms: readonly string[]
  readonly kinds: readonly TokenKind[]
  /** Offset of each token in `source`. */
  readonly starts: readonly number[]
  /** End offset (exclusive) of each token in `source`. */
  readonly ends: readonly number[]
}

/** Character classes of the Basic Multilingual Plane: 0 other, 1 word, 2 space. */
const CHAR_CLASS: Uint8Array = buildCharClasses()

function buildCharClasses(): Uint8Array {
  // A table lookup per character is several times faster than a Unicode
  // property regex per character, and 64 KB is cheap; building it takes a
  // few milliseconds once.
  const table = new Uint8Array(0x10000)
  const word = /[\p{L}\p{N}\p{M}]/u
  const space = /\s/u
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    const ch = String.fromCharCode(c)
    if (word.test(ch)) table[c] = 1
    else if (space.test(ch)) table[c] = 2
  }
  return table
}

/** Whether a character joins two runs of letters into one word ("don't", "l’homme"). */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc
}

/** Curly quotes and apostrophes and their ASCII forms. */
const QUOTE_FOLD: ReadonlyMap<string, string> = new Map([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201b', "'"],
  ['\u02bc', "'"],
  ['\u2032', "'"],
  ['\u00b4', "'"],
  ['`', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u201f', '"'],
  ['\u2033', '"'],
])

const APOSTROPHE_RE = /[\u2018\u2019\u201b\u02bc\u2032\u00b4`]/g
const DOUBLE_QUOTE_RE = /[\u201c\u201d\u201e\u201f\u2033]/g
/** Any character that `APOSTROPHE_RE` or `DOUBLE_QUOTE_RE` folds; one scan tells whether folding is needed. */
const CURLY_RE = /[\u2018\u2019\u201b\u02bc\u2032\u00b4`\u201c\u201d\u201e\u201f\u2033]/
const SPACES_RE = /\s+/g
/** White space that `SPACES_RE` would change: two in a row, or any but a plain space. */
const ODD_SPACE_RE = /[^\S ]| {2}/
/** A count on a share or comment line: "12", "3k" (from "1.2K"). */
const COUNT_RE = /^[0-9]+[km]?$/

/** List and heading markers that may open a line before its text. */
const LEADING_MARKS: ReadonlySet<string> = new Set([...'*-•#>|·»›→–—▪■►▶+‣◦'])
/** Punctuation, arrows and ellipses that may close a label ("Read more »", "Related:"). */
const TRAILING_MARKS: ReadonlySet<string> = new Set([...':.…»›→>|!·–—-,;►▶▸'])
/** Separators between a prefix and its rest ("By: Jane Doe", "More from | Sport", "Fot. Jan Kowalski"). */
const REST_SEPARATORS: ReadonlySet<string> = new Set([...':|-–—.'])
/** Hyphens that glue a prefix to the next word ("By-election"), so that it is no prefix. */
const HYPHENS: ReadonlySet<string> = new Set([...'-\u2010\u2011'])

/** Lower-cases a word token and folds what would keep it from matching a list entry. */
function normalizeWord(raw: string): string {
  let word = raw.toLowerCase()
  // Turkish "İ" lower-cases to "i" plus a combining dot; the lists spell "i".
  if (word.includes('\u0307')) word = word.replaceAll('i\u0307', 'i')
  if (CURLY_RE.test(word)) word = word.replace(APOSTROPHE_RE, "'")
  return word
}

/**
 * The line lower-cased, with curly apostrophes and quotes made ASCII, when
 * that keeps every offset; otherwise null. Lower-casing the line once is
 * much cheaper than lower-casing each token, and only Turkish "İ" (which
 * becomes two characters) breaks the offsets. `lower` is
 * `line.toLowerCase()`, when the caller has it already.
 */
function foldLine(line: string, lower = line.toLowerCase()): string | null {
  if (lower.length !== line.length || lower.includes('\u0307')) return null
  return CURLY_RE.test(lower) ? lower.replace(APOSTROPHE_RE, "'").replace(DOUBLE_QUOTE_RE, '"') : lower
}

/**
 * A line and its folded form, read token by token where it stands. Lookups
 * walk the tokens they need with `tokenEnd` and cut out only the few they
 * look up in a trie, instead of keeping every token of every block as a
 * string of its own (that cost some 130 bytes a token, half the heap a page
 * took, and a fifth of the time).
 */
interface LineView {
  /** The line as given; tokens are cut by its characters, at its offsets. */
  readonly source: string
  /** `foldLine(source)`: the line as every token's normal form reads in it, or null where folding moves offsets. */
  readonly folded: string | null
}

/** `line` as a view; a prepared line is one already. */
function viewOf(line: string | LineView): LineView {
  return typeof line === 'string' ? { source: line, folded: foldLine(line) } : line
}

/** The first offset from `i` on that is not white space (the line's length when there is none). */
function skipSpaces(line: string, i: number): number {
  while (i < line.length && CHAR_CLASS[line.charCodeAt(i)] === 2) i++
  return i
}

/**
 * The end of the token that starts at `i` (not white space).
 *
 * A word is a run of letters, digits and combining marks, with apostrophes
 * inside it ("don't", "aujourd'hui"); every other character that is not a
 * space is a mark of its own. Characters outside the Basic Multilingual
 * Plane are marks.
 */
function tokenEnd(line: string, i: number): number {
  const n = line.length
  if (CHAR_CLASS[line.charCodeAt(i)] !== 1) {
    const code = line.charCodeAt(i)
    return code >= 0xd800 && code <= 0xdbff && i + 1 < n ? i + 2 : i + 1
  }
  let j = i + 1
  for (;;) {
    while (j < n && CHAR_CLASS[line.charCodeAt(j)] === 1) j++
    if (j + 1 < n && isApostrophe(line.charCodeAt(j)) && CHAR_CLASS[line.charCodeAt(j + 1)] === 1) {
      j += 2
      continue
    }
    return j
  }
}

/** The normal form of the token at `start`…`end`: lower-cased, with curly apostrophes and quotes made ASCII. */
function normAt(view: LineView, start: number, end: number): string {
  if (view.folded !== null) return view.folded.slice(start, end)
  const raw = view.source.slice(start, end)
  return CHAR_CLASS[raw.charCodeAt(0)] === 1 ? normalizeWord(raw) : (QUOTE_FOLD.get(raw) ?? raw)
}

/** What the token at `start`…`end` is: a word of digits with an optional k or m is a number. */
function kindAt(view: LineView, start: number, end: number): TokenKind {
  const first = view.source.charCodeAt(start)
  if (CHAR_CLASS[first] !== 1) return 'mark'
  return first >= 48 && first <= 57 && COUNT_RE.test(normAt(view, start, end)) ? 'number' : 'word'
}

/**
 * Cuts a line into word, number and mark tokens (see `tokenEnd`); a number
 * is a word of digits with an optional k or m.
 */
export function tokenizeLine(line: string): LineTokens {
  const view = viewOf(line)
  const norms: string[] = []
  const kinds: TokenKind[] = []
  const starts: number[] = []
  const ends: number[] = []
  for (let i = skipSpaces(line, 0); i < line.length; ) {
    const end = tokenEnd(line, i)
    norms.push(normAt(view, i, end))
    kinds.push(kindAt(view, i, end))
    starts.push(i)
    ends.push(end)
    i = skipSpaces(line, end)
  }
  return { source: line, norms, kinds, starts, ends }
}

/**
 * Normalizes a line for whole-line comparison: lower case, ASCII apostrophes
 * and quotes, no leading list or heading marker (`*` `-` `•` `#` `>` `|`),
 * no trailing punctuation, arrow or ellipsis (`:` `.` `…` `»` `›` `→` `>`
 * `|` `!`), one space between words, trimmed.
 *
 * @example normalizeLine('  • READ   MORE »') // 'read more'
 */
export function normalizeLine(s: string): string {
  let t = s.toLowerCase()
  if (t.includes('\u0307')) t = t.replaceAll('i\u0307', 'i')
  // Each short block is normalized, and most need no replacing: look before rewriting.
  if (CURLY_RE.test(t)) t = t.replace(APOSTROPHE_RE, "'").replace(DOUBLE_QUOTE_RE, '"')
  return trimFolded(t, ODD_SPACE_RE.test(t))
}

/**
 * The last steps of `normalizeLine`, on a line already lower-cased with
 * ASCII apostrophes and quotes (as `foldLine` gives it): one space between
 * words, no leading marker, no trailing punctuation. `oddSpace` says
 * whether `ODD_SPACE_RE` matches the line, as `prepareLine` learns while it
 * reads every space anyway.
 */
function trimFolded(folded: string, oddSpace: boolean): string {
  const t = oddSpace ? folded.replace(SPACES_RE, ' ') : folded
  const start = trimmedStart(t)
  return t.slice(start, trimmedEnd(t, start))
}

/** Where `trimFolded` of a line with one space between words starts it: after any spaces and leading markers. */
function trimmedStart(t: string): number {
  let start = 0
  while (start < t.length && ((TRIMMED[t.charCodeAt(start)] as number) & LEADING) !== 0) start++
  return start
}

/** Where `trimFolded` of a line with one space between words ends it, not before `start`. */
function trimmedEnd(t: string, start: number): number {
  let end = t.length
  while (end > start && ((TRIMMED[t.charCodeAt(end - 1)] as number) & TRAILING) !== 0) end--
  return end
}

/** `TRIMMED` bit of a space or a `LEADING_MARKS` character: `trimFolded` drops it at the start. */
const LEADING = 1
/** `TRIMMED` bit of a space or a `TRAILING_MARKS` character: `trimFolded` drops it at the end. */
const TRAILING = 2
/**
 * `LEADING` and `TRAILING` of every code unit (every mark is one unit). Every
 * short block is trimmed: a table read per end character measured faster
 * than cutting it out as a string for a set lookup.
 */
const TRIMMED: Uint8Array = buildTrimmed()

function buildTrimmed(): Uint8Array {
  const table = new Uint8Array(0x10000)
  table[0x20] = LEADING | TRAILING
  for (const mark of LEADING_MARKS) table[mark.charCodeAt(0)] = (table[mark.charCodeAt(0)] as number) | LEADING
  for (const mark of TRAILING_MARKS) table[mark.charCodeAt(0)] = (table[mark.charCodeAt(0)] as number) | TRAILING
  return table
}

/**
 * A line prepared once for every lookup: where its tokens that begin an
 * entry stand, and its whole-line form. Detectors look up many fields in
 * the same block; preparing the block once (see `blockLines` in
 * detect/context.ts) saves re-folding and re-reading it for each field.
 */
export interface PreparedLine extends LineView {
  /** The line as `normalizeLine` gives it, for `matchesWhole`. */
  readonly whole: string
  /**
   * The fields (one bit each, see `FieldIndex.bit`) with an entry whose
   * first token is one of the line's tokens. `containsPhrase` finds no other
   * field in the line, so it answers for those without a scan.
   */
  readonly firstFields: number
  /**
   * Each token that begins an entry of some field, as pairs: its offset,
   * then its fields. A scan for an entry anywhere in the line starts only
   * at these (a fifth of a page's tokens), not at every token.
   */
  readonly starters: readonly number[]
  /** The fields with an entry equal to `whole`; `matchesWhole` finds no other field. */
  readonly wholeFields: number
}

/** A space that `ODD_SPACE_RE` matches at `i` (white space but a plain space, or a second space in a row). */
function oddSpaceAt(line: string, i: number): boolean {
  const code = line.charCodeAt(i)
  return CHAR_CLASS[code] === 2 && (code !== 0x20 || (i > 0 && line.charCodeAt(i - 1) === 0x20))
}

/** The fields that have an entry the token at `start`…`end` begins (see `PreparedLine.firstFields`). */
function firstFieldsAt(view: LineView, start: number, end: number): number {
  // The folded line is read in place; a line whose folding moved offsets (rare) has its tokens cut.
  if (view.folded === null) return FIRST_TOKEN_FIELDS.get(normAt(view, start, end)) ?? 0
  const k = indexAt(FIRST_TOKENS, view.folded, start, end)
  return k >= 0 ? (FIRST_TOKEN_BITS[k] as number) : 0
}

/**
 * Prepares a line for any number of lookups (see `PreparedLine`). `lower`
 * is `line.toLowerCase()`, when the caller has it already (see
 * `blockLowers` in features.ts).
 */
export function prepareLine(line: string, lower?: string): PreparedLine {
  const folded = foldLine(line, lower)
  const view: LineView = { source: line, folded }
  // One lookup per token for every field at once: a dozen detectors look up
  // a field each in the same line, and most lines hold no entry of most fields.
  let firstFields = 0
  const starters: number[] = []
  let oddSpace = false
  const n = line.length
  let i = 0
  while (i < n) {
    if (CHAR_CLASS[line.charCodeAt(i)] === 2) {
      oddSpace ||= oddSpaceAt(line, i)
      i++
      continue
    }
    const end = tokenEnd(line, i)
    // A mark of two code units may take a space after a lone high surrogate.
    if (end - i === 2 && CHAR_CLASS[line.charCodeAt(i)] !== 1) oddSpace ||= oddSpaceAt(line, i + 1)
    const fields = firstFieldsAt(view, i, end)
    if (fields !== 0) {
      firstFields |= fields
      starters.push(i, fields)
    }
    i = end
  }
  if (folded === null || oddSpace) {
    // Where folding kept the offsets, `normalizeLine`'s first steps are done already.
    const whole = folded === null ? normalizeLine(line) : trimFolded(folded, oddSpace)
    // A line longer than every entry equals none: no need to hash it.
    const wholeFields = whole.length > LONGEST_WHOLE ? 0 : (WHOLE_FIELDS.get(whole) ?? 0)
    return { source: line, folded, whole, firstFields, starters, wholeFields }
  }
  // Nearly every line: `whole` is a stretch of `folded`, looked up where it stands.
  const start = trimmedStart(folded)
  const end = trimmedEnd(folded, start)
  return { source: line, folded, whole: folded.slice(start, end), firstFields, starters, wholeFields: wholeFieldsAt(folded, start, end) }
}

/**
 * `WHOLE_FIELDS` of `folded.slice(start, end)`, read in place. Most short
 * blocks are turned away by the sieve; a map lookup first hashed each one,
 * a fifth of the time it took to prepare them.
 */
function wholeFieldsAt(folded: string, start: number, end: number): number {
  if (end - start > LONGEST_WHOLE) return 0
  if (start === end) return WHOLE_FIELDS.get('') ?? 0
  const k = indexAt(WHOLE_ENTRIES, folded, start, end)
  return k >= 0 ? (WHOLE_ENTRY_BITS[k] as number) : 0
}

/** A node of a token trie, keyed by token number (see `TOKEN_NUMBERS`); `hit` is set where a list entry ends. */
interface TrieNode {
  readonly next: Map<number, TrieNode>
  hit: PhraseHit | undefined
}

/** Every token of every entry of every field, numbered in the order first met. */
const TOKEN_NUMBERS: ReadonlyMap<string, number> = numberTokens()

function numberTokens(): Map<string, number> {
  const numbers = new Map<string, number>()
  for (const lang of PHRASE_LANGS) {
    for (const phrases of Object.values(PHRASES[lang])) {
      for (const phrase of phrases) {
        for (const token of tokenizeLine(phrase).norms) if (!numbers.has(token)) numbers.set(token, numbers.size)
      }
    }
  }
  return numbers
}

/** `TOKEN_NUMBERS` read in place (see `WordIndex`): a token's number is its place in `words`. */
const TRIE_TOKENS = wordIndex(TOKEN_NUMBERS.keys())

/**
 * The number of the token at `start`…`end` (see `TOKEN_NUMBERS`), or -1
 * when no entry has it. The folded line is read in place: a trie walk
 * steps from a token that begins an entry in nearly every block, and
 * cutting out each token it reads cost a string a step.
 */
function tokenAt(view: LineView, start: number, end: number): number {
  if (view.folded !== null) return indexAt(TRIE_TOKENS, view.folded, start, end)
  return TOKEN_NUMBERS.get(normAt(view, start, end)) ?? -1
}

/** The lookup tables of one field. */
interface FieldIndex {
  /** Normalized entry → the first language that lists it. */
  readonly whole: ReadonlyMap<string, PhraseLang>
  readonly trie: TrieNode
  /** Entries may occur anywhere in a line (see `SUBSTRING_FIELDS`). */
  readonly substring: boolean
  /** The field's bit in `PreparedLine.firstFields` and `PreparedLine.wholeFields`. */
  readonly bit: number
}

function buildFieldIndex(field: PhraseField, bit: number): FieldIndex {
  const whole = new Map<string, PhraseLang>()
  const trie: TrieNode = { next: new Map(), hit: undefined }
  for (const lang of PHRASE_LANGS) {
    for (const phrase of PHRASES[lang][field]) {
      const key = normalizeLine(phrase)
      if (!whole.has(key)) whole.set(key, lang)
      let node = trie
      for (const token of tokenizeLine(phrase).norms) {
        const number = TOKEN_NUMBERS.get(token) as number
        let child = node.next.get(number)
        if (child === undefined) {
          child = { next: new Map(), hit: undefined }
          node.next.set(number, child)
        }
        node = child
      }
      // The first language in PHRASE_LANGS keeps the entry.
      if (node !== trie && node.hit === undefined) node.hit = { lang, phrase }
    }
  }
  return { whole, trie, substring: SUBSTRING_FIELDS.has(field), bit }
}

const FIELD_INDEX: ReadonlyMap<PhraseField, FieldIndex> = new Map(
  (Object.keys(PHRASES.en) as PhraseField[]).map((field, k) => [field, buildFieldIndex(field, 1 << k)]),
)
if (FIELD_INDEX.size > 31) throw new Error('phrase-match: more fields than bits in a field set')

/** The union of every field's `keysOf`, each key with the bits of the fields that have it. */
function fieldSets(keysOf: (index: FieldIndex) => Iterable<string>): ReadonlyMap<string, number> {
  const sets = new Map<string, number>()
  for (const index of FIELD_INDEX.values()) {
    for (const key of keysOf(index)) sets.set(key, (sets.get(key) ?? 0) | index.bit)
  }
  return sets
}

/** Each token that begins an entry, with the fields it begins one in (see `PreparedLine.firstFields`). */
const FIRST_TOKEN_FIELDS = fieldSets((index) => [...index.trie.next.keys()].map((number) => TRIE_TOKENS.words[number] as string))
/** The tokens of `FIRST_TOKEN_FIELDS` read in place (see `WordIndex`): every token of nearly every block is looked up. */
const FIRST_TOKENS = wordIndex(FIRST_TOKEN_FIELDS.keys())
/** The fields of each of `FIRST_TOKENS.words`. */
const FIRST_TOKEN_BITS: readonly number[] = FIRST_TOKENS.words.map((token) => FIRST_TOKEN_FIELDS.get(token) as number)
/** Each normalized entry, with the fields that list it (see `PreparedLine.wholeFields`). */
const WHOLE_FIELDS = fieldSets((index) => index.whole.keys())
/** The keys of `WHOLE_FIELDS` read in place (see `WordIndex`). */
const WHOLE_ENTRIES = wordIndex([...WHOLE_FIELDS.keys()].filter((key) => key !== ''))
/** The fields of each of `WHOLE_ENTRIES.words`. */
const WHOLE_ENTRY_BITS: readonly number[] = WHOLE_ENTRIES.words.map((key) => WHOLE_FIELDS.get(key) as number)
/** The longest normalized entry of any field. */
const LONGEST_WHOLE = Math.max(0, ...[...WHOLE_FIELDS.keys()].map((key) => key.length))

/** A prepared line, as opposed to a plain string. */
function isPrepared(line: string | PreparedLine): line is PreparedLine {
  return typeof line !== 'string'
}

function indexOf(field: PhraseField): FieldIndex {
  const index = FIELD_INDEX.get(field)
  if (index === undefined) throw new TypeError(`Unknown phrase field: ${String(field)}`)
  return index
}

/** A trie match: the entry and the offset just past its last token. */
interface TrieMatch {
  readonly hit: PhraseHit
  readonly end: number
}

/** The longest entry whose first token starts at offset `from`, or null. */
function longestAt(trie: TrieNode, view: LineView, from: number): TrieMatch | null {
  const line = view.source
  let node: TrieNode | undefined = trie
  let best: TrieMatch | null = null
  for (let i = skipSpaces(line, from); i < line.length; i = skipSpaces(line, i)) {
    const end = tokenEnd(line, i)
    node = node.next.get(tokenAt(view, i, end))
    if (node === undefined) break
    if (node.hit !== undefined) best = { hit: node.hit, end }
    i = end
  }
  return best
}

/** Every entry whose first token starts at offset `from`, shortest first. */
function allAt(trie: TrieNode, view: LineView, from: number): TrieMatch[] {
  const line = view.source
  const found: TrieMatch[] = []
  let node: TrieNode | undefined = trie
  for (let i = skipSpaces(line, from); i < line.length; i = skipSpaces(line, i)) {
    const end = tokenEnd(line, i)
    node = node.next.get(tokenAt(view, i, end))
    if (node === undefined) break
    if (node.hit !== undefined) found.push({ hit: node.hit, end })
    i = end
  }
  return found
}

/**
 * The language of the list entry that the whole line equals once both are
 * normalized (see `normalizeLine`), or null. When several languages list the
 * entry, the first of `PHRASE_LANGS` is returned.
 *
 * @example matchesWhole('related', "Don’t Miss:") // 'en'
 */
export function matchesWhole(field: PhraseField, line: string | PreparedLine): PhraseLang | null {
  const index = indexOf(field)
  if (typeof line !== 'string' && (line.wholeFields & index.bit) === 0) return null
  return index.whole.get(typeof line === 'string' ? normalizeLine(line) : line.whole) ?? null
}

/**
 * Finds a list entry in a line, at word boundaries; the leftmost entry wins,
 * and the longest one where several start at the same word.
 *
 * The fields of `SUBSTRING_FIELDS` (subscribe, cookie, cookieWeak,
 * copyright, caption) are found anywhere in the line. Every other field
 * holds headings and labels, so it is only found when the rest of the line
 * is numbers and punctuation: "Comments (12)" and "12 comments" match,
 * "Comments made by the minister drew criticism." does not.
 */
export function containsPhrase(field: PhraseField, line: string | PreparedLine): PhraseHit | null {
  const index = indexOf(field)
  if (isPrepared(line)) {
    // Every match begins with a token of the field's first level (see `PreparedLine.firstFields`).
    if ((line.firstFields & index.bit) === 0) return null
    if (index.substring) return firstHitAtStarters(index, line)
  }
  const view = viewOf(line)
  const { source } = view
  if (index.substring) {
    for (let i = skipSpaces(source, 0); i < source.length; i = skipSpaces(source, i)) {
      const end = tokenEnd(source, i)
      if (index.trie.next.has(tokenAt(view, i, end))) {
        const match = longestAt(index.trie, view, i)
        if (match !== null) return match.hit
      }
      i = end
    }
    return null
  }
  let lastWordEnd = -1
  for (let i = skipSpaces(source, 0); i < source.length; i = skipSpaces(source, i)) {
    const end = tokenEnd(source, i)
    if (kindAt(view, i, end) === 'word') lastWordEnd = end
    i = end
  }
  // A heading entry must begin at or before the first word and reach the
  // end of the last one; everything outside it must be numbers or marks.
  for (let i = skipSpaces(source, 0); i < source.length; i = skipSpaces(source, i)) {
    const match = longestAt(index.trie, view, i)
    if (match !== null && match.end >= lastWordEnd) return match.hit
    const end = tokenEnd(source, i)
    if (kindAt(view, i, end) === 'word') return null
    i = end
  }
  return null
}

/** `containsPhrase` of a field found anywhere, in a prepared line: a scan from the tokens that begin one of its entries. */
function firstHitAtStarters(index: FieldIndex, line: PreparedLine): PhraseHit | null {
  const { starters } = line
  for (let s = 0; s < starters.length; s += 2) {
    if (((starters[s + 1] as number) & index.bit) === 0) continue
    const match = longestAt(index.trie, line, starters[s] as number)
    if (match !== null) return match.hit
  }
  return null
}

/**
 * Finds a list entry at the start of a line (after any list marker) that
 * ends at a word boundary, and returns it with the rest of the line. The
 * longest entry wins ("written by" over "by"). A prefix glued to the next
 * word by a hyphen ("By-election") is no prefix.
 *
 * Meant for `bylinePrefixes`, `relatedPrefixes`, `authorLabels`, `today`,
 * `captionStarts` and `caption`. It matches ordinary sentences too
 * ("By 2030 the city…" gives `rest` "2030 the city…"): the caller decides
 * whether `rest` is a name, a section or a date.
 */
export function startsWithPhrase(field: PhraseField, line: string | PreparedLine): PrefixHit | null {
  const index = indexOf(field)
  // Every match begins with a token of the field's first level (see `PreparedLine.firstFields`).
  if (isPrepared(line) && (line.firstFields & index.bit) === 0) return null
  const view = viewOf(line)
  const { source } = view
  let first = skipSpaces(source, 0)
  while (first < source.length) {
    const end = tokenEnd(source, first)
    if (kindAt(view, first, end) !== 'mark' || !LEADING_MARKS.has(normAt(view, first, end))) break
    first = skipSpaces(source, end)
  }
  const matches = allAt(index.trie, view, first)
  for (let m = matches.length - 1; m >= 0; m--) {
    const match = matches[m] as TrieMatch
    const after = match.end
    const glued =
      HYPHENS.has(source[after] ?? '') && after + 1 < source.length && CHAR_CLASS[source.charCodeAt(after + 1)] === 1
    if (glued) continue
    return { lang: match.hit.lang, phrase: match.hit.phrase, rest: restAfter(source, after) }
  }
  return null
}

/** The text after `from`, without leading spaces and prefix separators, trimmed at the end. */
function restAfter(source: string, from: number): string {
  let i = from
  while (i < source.length && (CHAR_CLASS[source.charCodeAt(i)] === 2 || REST_SEPARATORS.has(source[i] as string))) i++
  return source.slice(i).trimEnd()
}

/** The most words a share line may have; a longer line is text that mentions sharing. */
const SHARE_LINE_MAX_WORDS = 12

/**
 * Whether a short line (at most 12 words) is made only of share tokens
 * (`share` entries of every language), counts and separators:
 * "Share · Tweet · Email", "Share 12", "1.2K Shares", "Teilen | Drucken".
 * A lone single-letter token ("x") is not enough, so "3 x 4" is no share
 * line.
 */
export function isShareLine(line: string | PreparedLine): boolean {
  const index = indexOf('share')
  // A share line's first word begins a share entry (see `PreparedLine.firstFields`).
  if (isPrepared(line) && (line.firstFields & index.bit) === 0) return false
  const view = viewOf(line)
  const { source } = view
  let words = 0
  for (let i = skipSpaces(source, 0); i < source.length && words <= SHARE_LINE_MAX_WORDS; i = skipSpaces(source, i)) {
    const end = tokenEnd(source, i)
    if (kindAt(view, i, end) !== 'mark') words++
    i = end
  }
  if (words === 0 || words > SHARE_LINE_MAX_WORDS) return false
  const { trie } = index
  let found = false
  for (let i = skipSpaces(source, 0); i < source.length; i = skipSpaces(source, i)) {
    const end = tokenEnd(source, i)
    if (kindAt(view, i, end) !== 'word') {
      i = end
      continue
    }
    const match = longestAt(trie, view, i)
    if (match === null) return false
    if (match.hit.phrase.length > 1) found = true
    i = match.end
  }
  return found
}

/**
 * The share of `words` that are function words of any of the eleven
 * languages (0 for no words). Words are compared lower-cased with ASCII
 * apostrophes; a French or Italian elided word ("l'homme", "dell'anno")
 * counts through its head. Pass bare words, without punctuation.
 * Running prose scores about 0.3 or more; menus and credits score near 0.
 */
export function stopwordDensity(words: readonly string[]): number {
  if (words.length === 0) return 0
  let hits = 0
  for (const raw of words) {
    const word = normalizeWord(raw)
    if (ALL_STOPWORDS.has(word)) {
      hits++
      continue
    }
    const apostrophe = word.indexOf("'")
    if (apostrophe > 0 && ALL_STOPWORDS.has(word.slice(0, apostrophe + 1))) hits++
  }
  return hits / words.length
}
