/**
 * Lookups of the chrome phrases of `data/phrases.ts` in a line of text.
 *
 * Every table is built once, when the module loads: a map of normalized
 * lines for whole-line lookups, and a token trie per field for phrase scans.
 * A scan cuts the line into tokens (words, numbers, single punctuation
 * marks) and walks the trie from each token, so it costs one map lookup per
 * token plus a few more where a phrase begins: linear in the line, whatever
 * the number of phrases. Matching whole tokens gives word boundaries for
 * free: "ad" does not find "add", "share" does not find "shared".
 */

import { PHRASES, PHRASE_LANGS, SUBSTRING_FIELDS } from './data/phrases.js'
import type { PhraseField, PhraseLang } from './data/phrases.js'
import { ALL_STOPWORDS } from './data/stopwords.js'

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

/**
 * A line cut into tokens. Build it once with `tokenizeLine` when several
 * fields are looked up in the same line; every lookup also accepts a plain
 * string.
 */
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
 * becomes two characters) breaks the offsets.
 */
function foldLine(line: string): string | null {
  const lower = line.toLowerCase()
  if (lower.length !== line.length || lower.includes('\u0307')) return null
  return CURLY_RE.test(lower) ? lower.replace(APOSTROPHE_RE, "'").replace(DOUBLE_QUOTE_RE, '"') : lower
}

/**
 * Cuts a line into word, number and mark tokens.
 *
 * A word is a run of letters, digits and combining marks, with apostrophes
 * inside it ("don't", "aujourd'hui"); a number is a word of digits with an
 * optional k or m; every other character that is not a space is a mark of
 * its own. Characters outside the Basic Multilingual Plane are marks.
 */
export function tokenizeLine(line: string): LineTokens {
  return scanTokens(line, true)
}

/**
 * The tokenizer behind `tokenizeLine`. Lookups that need no offsets skip
 * them (`starts` and `ends` stay empty), which saves a fifth of the time.
 */
function scanTokens(line: string, withOffsets: boolean, folded = foldLine(line)): LineTokens {
  const norms: string[] = []
  const kinds: TokenKind[] = []
  const starts: number[] = []
  const ends: number[] = []
  const n = line.length
  let i = 0
  while (i < n) {
    const cls = CHAR_CLASS[line.charCodeAt(i)]
    if (cls === 2) {
      i++
      continue
    }
    const start = i
    if (cls === 1) {
      i++
      for (;;) {
        while (i < n && CHAR_CLASS[line.charCodeAt(i)] === 1) i++
        if (i + 1 < n && isApostrophe(line.charCodeAt(i)) && CHAR_CLASS[line.charCodeAt(i + 1)] === 1) {
          i += 2
          continue
        }
        break
      }
      const word = folded === null ? normalizeWord(line.slice(start, i)) : folded.slice(start, i)
      const first = word.charCodeAt(0)
      norms.push(word)
      kinds.push(first >= 48 && first <= 57 && COUNT_RE.test(word) ? 'number' : 'word')
    } else {
      const code = line.charCodeAt(i)
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1
      if (folded !== null) norms.push(folded.slice(start, i))
      else {
        const mark = line.slice(start, i)
        norms.push(QUOTE_FOLD.get(mark) ?? mark)
      }
      kinds.push('mark')
    }
    if (withOffsets) {
      starts.push(start)
      ends.push(i)
    }
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
  return trimFolded(t)
}

/**
 * The last steps of `normalizeLine`, on a line already lower-cased with
 * ASCII apostrophes and quotes (as `foldLine` gives it): one space between
 * words, no leading marker, no trailing punctuation.
 */
function trimFolded(folded: string): string {
  let t = folded
  if (ODD_SPACE_RE.test(t)) t = t.replace(SPACES_RE, ' ')
  let start = 0
  let end = t.length
  while (start < end && (t[start] === ' ' || LEADING_MARKS.has(t[start] as string))) start++
  while (end > start && (t[end - 1] === ' ' || TRAILING_MARKS.has(t[end - 1] as string))) end--
  return t.slice(start, end)
}

/**
 * A line prepared once for every lookup: its tokens and its whole-line form.
 * Detectors look up many fields in the same block; preparing the block once
 * (see `blockLines` in detect/context.ts) saves re-folding and re-cutting it
 * for each field.
 */
export interface PreparedLine extends LineTokens {
  /** The line as `normalizeLine` gives it, for `matchesWhole`. */
  readonly whole: string
  /**
   * The fields (one bit each, see `FieldIndex.bit`) with an entry whose
   * first token is one of the line's tokens. `containsPhrase` finds no other
   * field in the line, so it answers for those without a scan.
   */
  readonly firstFields: number
  /** The fields with an entry equal to `whole`; `matchesWhole` finds no other field. */
  readonly wholeFields: number
}

/** Prepares a line for any number of lookups (see `PreparedLine`). */
export function prepareLine(line: string): PreparedLine {
  // Field by field, not by spreading: a spread copied the object slowly, and
  // nearly every block of a page is prepared.
  const folded = foldLine(line)
  const { source, norms, kinds, starts, ends } = scanTokens(line, true, folded)
  // One lookup per token for every field at once: a dozen detectors look up
  // a field each in the same line, and most lines hold no entry of most fields.
  let firstFields = 0
  for (const norm of norms) firstFields |= FIRST_TOKEN_FIELDS.get(norm) ?? 0
  // Where folding kept the offsets, `normalizeLine`'s first steps are done already.
  const whole = folded === null ? normalizeLine(line) : trimFolded(folded)
  // A line longer than every entry equals none: no need to hash it.
  const wholeFields = whole.length > LONGEST_WHOLE ? 0 : (WHOLE_FIELDS.get(whole) ?? 0)
  return { source, norms, kinds, starts, ends, whole, firstFields, wholeFields }
}

/** A node of a token trie; `hit` is set where a list entry ends. */
interface TrieNode {
  readonly next: Map<string, TrieNode>
  hit: PhraseHit | undefined
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
        let child = node.next.get(token)
        if (child === undefined) {
          child = { next: new Map(), hit: undefined }
          node.next.set(token, child)
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

/** The union of `keys` of every field's `mapOf`, each key with the bits of the fields that have it. */
function fieldSets(mapOf: (index: FieldIndex) => ReadonlyMap<string, unknown>): ReadonlyMap<string, number> {
  const sets = new Map<string, number>()
  for (const index of FIELD_INDEX.values()) {
    for (const key of mapOf(index).keys()) sets.set(key, (sets.get(key) ?? 0) | index.bit)
  }
  return sets
}

/** Each token that begins an entry, with the fields it begins one in (see `PreparedLine.firstFields`). */
const FIRST_TOKEN_FIELDS = fieldSets((index) => index.trie.next)
/** Each normalized entry, with the fields that list it (see `PreparedLine.wholeFields`). */
const WHOLE_FIELDS = fieldSets((index) => index.whole)
/** The longest normalized entry of any field. */
const LONGEST_WHOLE = Math.max(0, ...[...WHOLE_FIELDS.keys()].map((key) => key.length))

/** A prepared line, as opposed to a plain string or bare tokens. */
function isPrepared(line: string | LineTokens): line is PreparedLine {
  return typeof line !== 'string' && 'firstFields' in line
}

function indexOf(field: PhraseField): FieldIndex {
  const index = FIELD_INDEX.get(field)
  if (index === undefined) throw new TypeError(`Unknown phrase field: ${String(field)}`)
  return index
}

function asTokens(line: string | LineTokens, withOffsets: boolean): LineTokens {
  return typeof line === 'string' ? scanTokens(line, withOffsets) : line
}

/** A trie match: the entry and the token index just past it. */
interface TrieMatch {
  readonly hit: PhraseHit
  readonly end: number
}

/** The longest entry that starts at token `from`, or null. */
function longestAt(trie: TrieNode, norms: readonly string[], from: number): TrieMatch | null {
  let node: TrieNode | undefined = trie
  let best: TrieMatch | null = null
  for (let i = from; i < norms.length; i++) {
    node = node.next.get(norms[i] as string)
    if (node === undefined) break
    if (node.hit !== undefined) best = { hit: node.hit, end: i + 1 }
  }
  return best
}

/** Every entry that starts at token `from`, shortest first. */
function allAt(trie: TrieNode, norms: readonly string[], from: number): TrieMatch[] {
  const found: TrieMatch[] = []
  let node: TrieNode | undefined = trie
  for (let i = from; i < norms.length; i++) {
    node = node.next.get(norms[i] as string)
    if (node === undefined) break
    if (node.hit !== undefined) found.push({ hit: node.hit, end: i + 1 })
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
export function containsPhrase(field: PhraseField, line: string | LineTokens): PhraseHit | null {
  const index = indexOf(field)
  // Every match begins with a token of the field's first level (see `PreparedLine.firstFields`).
  if (isPrepared(line) && (line.firstFields & index.bit) === 0) return null
  const { norms, kinds } = asTokens(line, false)
  if (index.substring) {
    for (let i = 0; i < norms.length; i++) {
      if (!index.trie.next.has(norms[i] as string)) continue
      const match = longestAt(index.trie, norms, i)
      if (match !== null) return match.hit
    }
    return null
  }
  let lastWord = -1
  for (let i = kinds.length - 1; i >= 0; i--) {
    if (kinds[i] === 'word') {
      lastWord = i
      break
    }
  }
  // A heading entry must begin at or before the first word and reach past
  // the last one; everything outside it must be numbers or marks.
  for (let i = 0; i < norms.length; i++) {
    const match = longestAt(index.trie, norms, i)
    if (match !== null && match.end > lastWord) return match.hit
    if (kinds[i] === 'word') return null
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
export function startsWithPhrase(field: PhraseField, line: string | LineTokens): PrefixHit | null {
  const index = indexOf(field)
  const { norms, kinds, ends, source } = asTokens(line, true)
  let first = 0
  while (first < norms.length && kinds[first] === 'mark' && LEADING_MARKS.has(norms[first] as string)) first++
  const matches = allAt(index.trie, norms, first)
  for (let m = matches.length - 1; m >= 0; m--) {
    const match = matches[m] as TrieMatch
    const after = ends[match.end - 1] as number
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
export function isShareLine(line: string | LineTokens): boolean {
  const { norms, kinds } = asTokens(line, false)
  let words = 0
  for (const kind of kinds) if (kind !== 'mark') words++
  if (words === 0 || words > SHARE_LINE_MAX_WORDS) return false
  const trie = indexOf('share').trie
  let found = false
  let i = 0
  while (i < norms.length) {
    if (kinds[i] !== 'word') {
      i++
      continue
    }
    const match = longestAt(trie, norms, i)
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
