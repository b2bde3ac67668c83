/**
 * Author names from bylines and author footers as pages print them:
 * "By Jane Doe, Staff Writer", "Von Max Mustermann und Erika Musterfrau",
 * "Jane Doe | Reuters | September 13, 2023", "Автор: Иван Петров".
 *
 * The approach: take off a byline prefix, cut the line at the first date or
 * time and at label words ("Updated"), drop handles, e-mails and links, split
 * what is left on list punctuation and conjunctions, then sort each piece
 * into a person, an agency, a collective credit, a job title or prose. Word
 * lists live in `src/data/name-*.ts`.
 */
import {BYLINE_PREFIXES, type BylinePrefix} from './data/name-prefixes.js'
import {GENERIC_CREDITS, NEWS_AGENCIES, ORGANISATION_WORDS} from './data/name-agencies.js'
import {ROLE_HEADS, ROLE_MODIFIERS} from './data/name-roles.js'
import {
  ARTICLE_PARTICLES,
  DATE_FILLERS,
  HEADING_WORDS,
  NAME_CONJUNCTIONS,
  NAME_ENDERS,
  NAME_PARTICLES,
  NON_NAME_WORDS
} from './data/name-words.js'
import {DATE_LABELS} from './data/date-words.js'
import {BMP_FLAGS, SPACE} from './char-class.js'
import {findDates, foldWord, monthOf, weekdayOf} from './dates.js'

/** A byline prefix found at the start of a line. */
export interface BylineSplit {
  /** The prefix as printed, colon included ("By", "Autor:", "Auteur :"). */
  prefix: string
  /** The rest of the line after the prefix (the name list), white space folded to single spaces. */
  rest: string
  /** ISO 639-1 code of the prefix's language, or "und" when several languages share it ("Autor:", "Por"). */
  lang: string
}

// ---------------------------------------------------------------------------
// Lookups built once from the data.

function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map(foldWord))
}

const PREFIXES: readonly BylinePrefix[] = [...BYLINE_PREFIXES].sort((a, b) => b.phrase.length - a.phrase.length)
const PARTICLES = foldedSet(NAME_PARTICLES)
const ARTICLES = foldedSet(ARTICLE_PARTICLES)
const CONJUNCTIONS = foldedSet(NAME_CONJUNCTIONS)
const ENDERS = foldedSet(NAME_ENDERS)
const NON_NAME = foldedSet(NON_NAME_WORDS)
const HEADINGS = foldedSet(HEADING_WORDS)
const AGENCIES = foldedSet(NEWS_AGENCIES)
const GENERIC = foldedSet(GENERIC_CREDITS)
const ROLE_HEAD_WORDS = foldedSet(ROLE_HEADS.flatMap((phrase) => phrase.split(' ')))
const ROLE_WORDS = new Set([...ROLE_HEAD_WORDS, ...foldedSet(ROLE_MODIFIERS)])
const FILLERS = foldedSet(DATE_FILLERS)
const ORGANISATION = foldedSet(ORGANISATION_WORDS)
/** Role heads that credit a whole newsroom ("Forbes India Staff", "Mashable Team"). */
const COLLECTIVE_HEADS = new Set(['staff', 'team', 'desk', 'newsroom'])
/** The longest agency name in words, so trailing-agency checks stay bounded. */
const AGENCY_MAX_WORDS = Math.max(...NEWS_AGENCIES.map((a) => a.split(' ').length))

/**
 * Label phrases that end the names in a byline ("Jane Doe Updated 10:35",
 * "Jane Doe Mis à jour le …"), keyed by their first word. "Today" labels are
 * left out: "Hoy" is also a family name. "Stand" only counts with a colon.
 */
const CUT_LABELS = new Map<string, string[][]>()
for (const phrase of [...DATE_LABELS.published, ...DATE_LABELS.updated]) {
  const words = foldWord(phrase).split(' ')
  const first = words[0] ?? ''
  if (first === 'stand') continue
  const list = CUT_LABELS.get(first) ?? []
  list.push(words)
  CUT_LABELS.set(first, list)
}

// ---------------------------------------------------------------------------
// Regexes (linear: single character classes, no nested quantifiers).

const WS_RE = /\s+/g
/** White space that `WS_RE` would change: two in a row, or any but a plain space. */
const ODD_SPACE_RE = /[^\S ]| {2}/
const GLUED_PUNCTUATION_RE = /([,;|•·])(?=\p{L})/gu
const CAMEL_RE = /(?<=\p{Ll})(?=\p{Lu})/u
const PART_SPLIT_RE = / ?[,;|/()[\]{}&+·•] ?| [-–—] /
const DIGIT_RE = /\d/
const LETTER_RE = /\p{L}/u
const INITIAL_OR_TITLE_RE = /(?:^|\s)(?:\p{Lu}\.)+$|(?:^|\s)(?:jr|sr|st)\.$/iu
const NAME_FORBIDDEN_RE = /[\d!?;:,…"“”„«»()[\]{}<>|/\\@#%&*=+_~^$]/u
const NAME_WORD_RE = /^(?:\p{Lu}\.){1,4}$|^(?:Jr|Sr|St)\.$|^(?:(?:al|el|ad|as|at|an|d|l)[-'’])?\p{Lu}[\p{L}\p{M}'’-]*$/u
const CREDIT_FORBIDDEN_RE = /[!?;:"“”„«»()[\]{}<>|\\@#%*=+_~^$]|\. /u
const UPPER_START_RE = /^\p{Lu}/u
const LOWER_START_RE = /^\p{Ll}/u
const TIME_TAIL_RE = /^\d{1,2}[:.h]\d{2}(?!\d)/
const RELATIVE_TAIL_RE = /^\+?\d{1,3} ?(?:\p{L}{1,9}\.? )?(?:ago|read|more)(?!\p{L})/iu
const NUMERIC_DATE_TAIL_RE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2}/

// ---------------------------------------------------------------------------
// Helpers.

/** One space between words, a space after glued list punctuation, no markdown emphasis at the ends. */
function tidy(s: string): string {
  // Every short block is tidied, and most have only single spaces: replacing
  // each of them by itself made a new string for nothing.
  let t = (ODD_SPACE_RE.test(s) ? s.replace(WS_RE, ' ') : s).replace(GLUED_PUNCTUATION_RE, '$1 ').trim()
  let start = 0
  while (start < t.length && '*_#>'.includes(t[start] ?? '')) start++
  let end = t.length
  while (end > start && '*_'.includes(t[end - 1] ?? '')) end--
  t = t.slice(start, end).trim()
  return t
}

/** Characters trimmed from the ends of a name piece (a dot only when it ends no initial). */
const EDGE_PUNCTUATION = ' ,;:!?"\'“”„«»*_-–—.'

/** Trim list punctuation from both ends, keeping the dot of a final initial ("John F.") or "Jr.". */
function trimPunctuation(s: string): string {
  let start = 0
  let end = s.length
  while (start < end && EDGE_PUNCTUATION.includes(s[start] ?? '')) start++
  while (end > start && EDGE_PUNCTUATION.includes(s[end - 1] ?? '')) {
    // Only a dot right after a letter can end an initial, so the test runs at most once.
    if (s[end - 1] === '.' && LETTER_RE.test(s[end - 2] ?? '') && INITIAL_OR_TITLE_RE.test(s.slice(start, end))) break
    end--
  }
  return s.slice(start, end)
}

interface PrefixMatch {
  prefix: string
  rest: string
  lang: string
}

/** The byline prefix at the start of `line` (already tidied), with no judgement on what follows. */
/** The prefixes by their first word, in `PREFIXES` order: one lookup per line instead of a scan. */
const PREFIXES_BY_FIRST_WORD: ReadonlyMap<string, readonly (typeof PREFIXES)[number][]> = (() => {
  const map = new Map<string, (typeof PREFIXES)[number][]>()
  for (const p of PREFIXES) {
    const first = p.phrase.split(' ')[0] as string
    const list = map.get(first)
    if (list) list.push(p)
    else map.set(first, [p])
  }
  return map
})()
const FIRST_WORD_END = /[ :]/

/**
 * Whether the first word of `line`, once tidied, may open a byline prefix:
 * `matchPrefix(tidy(line))` is null otherwise. The byline detector asks this
 * of every short block, and tidying all of them cost more than the answer.
 * Tidying leaves a first word that starts with a letter where it was, so it
 * is read from the line as given, after any white space and `*_#>` marks,
 * up to the first white space or colon. A loop over the characters, not
 * regexes: the match array and the copies of the line were a fifth of the
 * byline detector's time.
 */
function mayStartWithPrefix(line: string): boolean {
  let start = 0
  while (start < line.length && isLeadingJunk(line.charCodeAt(start))) start++
  const first = line.charCodeAt(start)
  const second = line.charCodeAt(start + 1)
  // Two ASCII characters of a word lower-case to the first two of the
  // lower-cased word, and most words start with a pair no first word starts
  // with ("Th"): no copy of the word then, and no reading to its end.
  const asciiWord = first < 0x80 && second < 0x80 && !isRawWordEnd(first) && !isRawWordEnd(second)
  if (asciiWord && FIRST_WORD_PAIRS[asciiPair(first, second)] === 0) return false
  let end = start
  while (end < line.length && !isRawWordEnd(line.charCodeAt(end))) {
    end++
    // Lower-casing never shortens a word: a longer one is no first word.
    if (end - start > LONGEST_FIRST_WORD) return false
  }
  return PREFIXES_BY_FIRST_WORD.has(line.slice(start, end).toLowerCase())
}

/** Two ASCII code units as one number, lower-cased. */
function asciiPair(first: number, second: number): number {
  return (asciiLower(first) << 7) | asciiLower(second)
}

/** An ASCII code unit lower-cased. */
function asciiLower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
}

/** The length of the longest first word of a prefix. */
const LONGEST_FIRST_WORD = Math.max(...[...PREFIXES_BY_FIRST_WORD.keys()].map((word) => word.length))

/**
 * The first two characters of every first word of a prefix, when both are
 * ASCII (see `asciiPair`), as a table of 1s by pair: nearly every short
 * block's pair is read here, and a table read measured faster than a set.
 */
const FIRST_WORD_PAIRS: Uint8Array = (() => {
  const table = new Uint8Array(1 << 14)
  for (const word of PREFIXES_BY_FIRST_WORD.keys()) {
    const [first, second] = [word.charCodeAt(0), word.charCodeAt(1)]
    if (word.length >= 2 && first < 0x80 && second < 0x80) table[asciiPair(first, second)] = 1
  }
  return table
})()

/** `[\s*_#>]` (non-Unicode `\s`: no astral character is white space). */
function isLeadingJunk(code: number): boolean {
  return code === 0x2a || code === 0x5f || code === 0x23 || code === 0x3e || isSpaceCode(code)
}

/** `[\s:]`. */
function isRawWordEnd(code: number): boolean {
  return code === 0x3a || isSpaceCode(code)
}

/** `\s`, one UTF-16 code unit (surrogates have no flags). */
function isSpaceCode(code: number): boolean {
  return ((BMP_FLAGS[code] as number) & SPACE) !== 0
}

function matchPrefix(line: string): PrefixMatch | null {
  const end = line.search(FIRST_WORD_END)
  const candidates = PREFIXES_BY_FIRST_WORD.get((end === -1 ? line : line.slice(0, end)).toLowerCase()) ?? []
  for (const p of candidates) {
    if (line.slice(0, p.phrase.length).toLowerCase() !== p.phrase) continue
    const after = line[p.phrase.length]
    if (after !== undefined && after !== ' ' && after !== ':') continue
    let i = p.phrase.length
    while (line[i] === ' ') i++
    let prefixEnd = p.phrase.length
    if (line[i] === ':') {
      i++
      prefixEnd = i
      while (line[i] === ' ') i++
    } else if (p.colon) {
      continue
    }
    return {prefix: line.slice(0, prefixEnd), rest: line.slice(i), lang: p.lang}
  }
  return null
}

function isCutLabelAt(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? ''
  const word = foldWord(trimPunctuation(token))
  if (word === 'stand') return token.endsWith(':')
  const phrases = CUT_LABELS.get(word)
  if (phrases === undefined) return false
  return phrases.some((words) =>
    words.every((w, k) => k === 0 || foldWord(trimPunctuation(tokens[index + k] ?? '')) === w)
  )
}

/** Whether a token is left over from a date that was cut off ("on", "Sept.", "Wed,", "|"). */
function isDateLeftover(token: string): boolean {
  const word = trimPunctuation(token)
  if (word === '') return true
  return FILLERS.has(foldWord(word)) || monthOf(word) !== null || weekdayOf(word) !== null
}

function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(foldWord(trimPunctuation(word)))
}

function isRoleHead(word: string): boolean {
  return ROLE_HEAD_WORDS.has(foldWord(trimPunctuation(word)))
}

/**
 * The span of a piece left once a job title at either end is dropped, as
 * `[start, end)` word indices; a run of role words counts only if it holds a
 * head word.
 */
function withoutRoles(words: readonly string[]): [number, number] {
  let end = words.length
  while (end > 0 && isRoleWord(words[end - 1] ?? '')) end--
  if (!words.slice(end).some(isRoleHead)) end = words.length
  let start = 0
  while (start < end && isRoleWord(words[start] ?? '')) start++
  if (!words.slice(0, start).some(isRoleHead)) start = 0
  return [start, end]
}

/**
 * Whether a word is in a folded word list. One-letter words ("e", "i", "y",
 * "é", "w") only count in lower case: a capital is an initial ("John E Smith").
 */
function isListWord(word: string, list: ReadonlySet<string>): boolean {
  return list.has(foldWord(word)) && (word.length > 1 || word === word.toLowerCase())
}

/** Split a piece on list conjunctions ("and", "und", "et", "y", "i", "и"…). */
function splitOnConjunctions(piece: string): string[] {
  const out: string[] = []
  let current: string[] = []
  for (const word of piece.split(' ')) {
    if (isListWord(word, CONJUNCTIONS)) {
      out.push(current.join(' '))
      current = []
    } else {
      current.push(word)
    }
  }
  out.push(current.join(' '))
  return out
}

type PieceKind = 'person' | 'agency' | 'skip' | 'prose'

interface Piece {
  kind: PieceKind
  text: string
}

/** "Phys.org", "Dailymail.com": a credit written as a domain name. */
function isDomain(text: string): boolean {
  if (text.includes(' ')) return false
  const dot = text.lastIndexOf('.')
  const tld = text.slice(dot + 1)
  return dot > 0 && tld.length >= 2 && tld.length <= 6 && tld.toLowerCase() !== tld.toUpperCase()
}

/** An organisation's name as printed: capitalised, short, no sentence inside ("University of Tokyo", "WBEZ"). */
function looksLikeCredit(text: string): boolean {
  return UPPER_START_RE.test(text) && !CREDIT_FORBIDDEN_RE.test(text) && text.split(' ').length <= 6
}

function isOrganisation(words: readonly string[]): boolean {
  return words.some((w) => ORGANISATION.has(foldWord(trimPunctuation(w))))
}

/** How many words at the end of `words` name a known agency ("Jane Doe Fox News" → 2), or 0. */
function trailingAgencyLength(words: readonly string[]): number {
  for (let n = Math.min(AGENCY_MAX_WORDS, words.length - 1); n >= 1; n--) {
    const tail = words.slice(words.length - n).map((w) => trimPunctuation(w)).join(' ')
    if (AGENCIES.has(foldWord(tail))) return n
  }
  return 0
}

/**
 * Sort one piece of a name list. `first` is true for the first piece: later
 * pieces that end in a job title ("…, Healthcare Reporter") are titles
 * whatever words qualify them.
 */
function classify(raw: string, first: boolean): Piece {
  const text = trimPunctuation(raw)
  if (text === '') return {kind: 'skip', text}
  const folded = foldWord(text)
  if (GENERIC.has(folded)) return {kind: 'skip', text}
  if (AGENCIES.has(folded) || isDomain(text)) return {kind: 'agency', text}
  let words = text.split(' ')
  const ender = words.findIndex((w, i) => i > 0 && isListWord(w, ENDERS))
  if (ender > 0) words = words.slice(0, ender)
  if (!first && isRoleHead(words[words.length - 1] ?? '')) return {kind: 'skip', text: ''}
  const [start, end] = withoutRoles(words)
  const kept = words.slice(start, end)
  if (kept.length === 0) return {kind: 'skip', text: ''}
  const dropped = [...words.slice(0, start), ...words.slice(end)]
  const name = trimPunctuation(kept.join(' '))
  const foldedName = foldWord(name)
  if (name === '' || GENERIC.has(foldedName)) return {kind: 'skip', text: name}
  if (AGENCIES.has(foldedName)) return {kind: 'agency', text: name}
  const agencyWords = trailingAgencyLength(kept)
  if (agencyWords > 0) {
    const person = trimPunctuation(kept.slice(0, kept.length - agencyWords).join(' '))
    if (looksLikeName(person)) return {kind: 'person', text: person}
  }
  if (looksLikeCredit(name)) {
    // People are credited in full; a lone word after the first credit is an outlet ("…, InfoWorld", "| WBEZ").
    if (isOrganisation(kept) || (!first && kept.length === 1)) return {kind: 'agency', text: name}
    if (dropped.some((w) => COLLECTIVE_HEADS.has(foldWord(trimPunctuation(w))))) return {kind: 'agency', text: name}
  }
  return looksLikeName(name) ? {kind: 'person', text: name} : {kind: 'prose', text: name}
}

/**
 * Split words glued by scraping where the right part is a job title, a label
 * or an agency ("NetburnStaff", "BatyPublished:"), keeping names such as
 * "McDonald" and outlets such as "InfoWorld".
 */
function unglue(token: string): string {
  const parts = token.split(CAMEL_RE)
  if (parts.length === 1) return token
  let out = parts[0] ?? ''
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? ''
    const word = foldWord(trimPunctuation(part))
    const splits = ROLE_HEAD_WORDS.has(word) || CUT_LABELS.has(word) || AGENCIES.has(word)
    out += splits ? ` ${part}` : part
  }
  return out
}

interface Analysis {
  persons: string[]
  agencies: string[]
  /** Every piece was accounted for (names, agencies, titles, a date or time). */
  clean: boolean
}

/** Read a name list (prefix already removed). */
function analyze(list: string): Analysis {
  let s = list
  let clean = true
  let cut = false
  const firstDate = findDates(s)[0]
  if (firstDate !== undefined) {
    s = s.slice(0, firstDate.start)
    cut = true
  }
  const digit = s.search(DIGIT_RE)
  if (digit >= 0) {
    const tail = s.slice(digit > 0 && s[digit - 1] === '+' ? digit - 1 : digit)
    if (!TIME_TAIL_RE.test(tail) && !RELATIVE_TAIL_RE.test(tail) && !NUMERIC_DATE_TAIL_RE.test(tail)) clean = false
    s = s.slice(0, digit)
    cut = true
  }
  const tokens = s
    .split(' ')
    .filter((t) => t !== '' && !t.includes('@') && !t.startsWith('http') && !t.startsWith('www.'))
    .map(unglue)
    .join(' ')
    .split(' ')
  const kept: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (isCutLabelAt(tokens, i)) {
      cut = true
      break
    }
    kept.push(tokens[i] ?? '')
  }
  if (cut) {
    while (kept.length > 0 && isDateLeftover(kept[kept.length - 1] ?? '')) kept.pop()
  }
  const persons: string[] = []
  const agencies: string[] = []
  let index = 0
  for (const chunk of kept.join(' ').split(PART_SPLIT_RE)) {
    for (const piece of splitOnConjunctions(chunk)) {
      const {kind, text} = classify(piece, index === 0)
      if (text !== '') index++
      if (kind === 'person') persons.push(text)
      else if (kind === 'agency') agencies.push(text)
      else if (kind === 'prose') clean = false
    }
  }
  return {persons, agencies, clean}
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const name of names) {
    const key = foldWord(name)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(name)
  }
  return out
}

// ---------------------------------------------------------------------------
// Public API.

/** Longer than this after the prefix, a line is prose, not a byline. */
const MAX_BYLINE_LENGTH = 400

/**
 * Whether `s` reads as one person's name: one to five words, each
 * capitalised (Latin or Cyrillic) or a name particle (van, von, de, da, di,
 * del, la, le, bin, al-…), no digits or sentence punctuation, and not a
 * navigation word ("Home", "News", "Read more") or a weekday.
 */
export function looksLikeName(s: string): boolean {
  const t = s.trim()
  if (t === '' || t.length > 80 || NAME_FORBIDDEN_RE.test(t)) return false
  // Counting the words first spares folding the longer lines, which are no name either way.
  const words = t.split(WS_RE)
  if (words.length > 5 || HEADINGS.has(foldWord(t))) return false
  let capitalised = 0
  // A bare capital ("B") stands in a name as a middle initial, never as the whole of it.
  let bareLettersOnly = true
  let lastIsParticle = false
  for (const word of words) {
    const folded = foldWord(word)
    if (PARTICLES.has(folded) && word === word.toLowerCase()) {
      lastIsParticle = true
      continue
    }
    lastIsParticle = false
    if (NON_NAME.has(folded) || (word.length > 3 && weekdayOf(word) !== null)) return false
    if (!NAME_WORD_RE.test(word)) return false
    capitalised++
    if (word.length > 1) bareLettersOnly = false
  }
  return capitalised > 0 && !bareLettersOnly && !lastIsParticle
}

/**
 * The byline prefix at the start of `line` ("By", "Written by", "Von",
 * "Par", "Por", "Di", "Door", "Przez", "Autor:", "Auteur :", "Автор",
 * "Yazar:", "Text:"…) and the rest, or null when the line does not start
 * with one or the rest is not a list of names: "By 2030, the city…",
 * "Von der Leyen sagte…", "Par ailleurs…", "Por favor", "Di Maio said" and
 * "Author of three books" are prose. Single-word person names are refused
 * ("By Design"); agencies alone are accepted ("Von dpa").
 */
export function splitBylinePrefix(line: string): BylineSplit | null {
  return readSplit(line)?.split ?? null
}

/** A byline split off a line, and the reading of its name list (`rest`). */
interface ReadSplit {
  split: BylineSplit
  analysis: Analysis
}

/** `splitBylinePrefix`, with the reading of the name list that decided it. */
function readSplit(line: string): ReadSplit | null {
  if (!mayStartWithPrefix(line)) return null
  const t = tidy(line)
  const p = matchPrefix(t)
  if (p === null || p.rest === '' || p.rest.length > MAX_BYLINE_LENGTH) return null
  const a = analyze(p.rest)
  if (!a.clean) return null
  if (a.persons.length > 0) {
    if (!UPPER_START_RE.test(p.rest)) return null
    // A byline names people in full, first name first: "By Design", "Por La Cultura" are not bylines.
    const partial = (name: string): boolean => !name.includes(' ') || ARTICLES.has(foldWord(name.split(' ')[0] ?? ''))
    if (a.persons.some(partial)) return null
  } else if (a.agencies.length === 0) {
    return null
  }
  return {split: {prefix: p.prefix, rest: p.rest, lang: p.lang}, analysis: a}
}

/**
 * The people (or, when no person is named, the organisations) credited by a
 * byline or author footer as printed, cleaned and de-duplicated in order:
 * "By Jane Doe, John Roe & Ann Poe" → ["Jane Doe", "John Roe", "Ann Poe"];
 * "Jane Doe | Reuters" → ["Jane Doe"]; "dpa" → ["dpa"]. Prefixes, job titles,
 * "For <outlet>", handles, e-mails, links and trailing dates and times are
 * dropped.
 */
export function cleanAuthors(raw: string): string[] {
  return credited(analyze(namesOf(raw)))
}

/** A byline split off a line, and the people (or organisations) it credits. */
export interface Byline extends BylineSplit {
  /** `cleanAuthors` of the line as printed. */
  authors: string[]
}

/**
 * `splitBylinePrefix(line)` and, when it finds a byline, `cleanAuthors(raw)`
 * with it (`raw` is the line as printed, `line` it made ready for the
 * split). Both nearly always read the same name list (on the eval pages,
 * all but one of some 1,600 bylines), and `analyze`, a pure function of
 * that list, then reads it once instead of twice.
 */
export function readByline(line: string, raw = line): Byline | null {
  const found = readSplit(line)
  if (found === null) return null
  const names = namesOf(raw)
  const analysis = names === found.split.rest ? found.analysis : analyze(names)
  return {...found.split, authors: credited(analysis)}
}

/** The name list of a credit line (`cleanAuthors`' argument): the line tidied, without a byline prefix. */
function namesOf(raw: string): string {
  const t = tidy(raw)
  const p = matchPrefix(t)
  if (p === null || p.rest === '') return t
  const restWords = p.rest.split(' ')
  const firstRest = foldWord(restWords[0] ?? '')
  // "Von der Leyen", "Di Maio": the prefix word is itself part of a name.
  const prefixIsParticle = PARTICLES.has(foldWord(p.prefix))
  const particleFollows = PARTICLES.has(firstRest) && LOWER_START_RE.test(p.rest)
  const lonelyWord = prefixIsParticle && restWords.length === 1 && UPPER_START_RE.test(p.rest)
  return particleFollows || lonelyWord ? t : p.rest
}

/** The people a reading credits, or its organisations when it names no person, each once. */
function credited(a: Analysis): string[] {
  return dedupe(a.persons.length > 0 ? a.persons : a.agencies)
}

/** Separators a page glues to the front of a word ("·Senior Reporter"). */
const LEADING_MARKS_RE = /^[\p{P}\p{S}]+/u

/**
 * Whether `line` is a job title and nothing else ("Senior Editor",
 * "·Senior Reporter", "Contributing Reporter"): role words only, one of
 * them a head word. Such a line under a name marks the name as the author's.
 */
export function isJobTitle(line: string): boolean {
  // Word by word, stopping at the sixth word or the first that is no role
  // word: the line asked about is often a paragraph, whose every word was
  // cleaned before the count refused it.
  let count = 0
  let head = false
  for (const token of tidy(line).split(' ')) {
    const word = trimPunctuation(token.replace(LEADING_MARKS_RE, ''))
    if (word === '') continue
    count++
    if (count > 5 || !isRoleWord(word)) return false
    head ||= isRoleHead(word)
  }
  return count > 0 && head
}
