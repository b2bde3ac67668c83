/**
 * Finding dates in scraped article text, in the formats news pages print in
 * English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
 * Russian, Ukrainian and Turkish.
 *
 * How it stays linear: one anchor regex walks the text once and stops only
 * at a plausible year (1990–2100, or the two-digit year of a dotted
 * "13.9.23"). Every date this module accepts has such a year, so a bare
 * "September 13" or "13:09" never costs more than the scan. Around each
 * anchor the parsers look at bounded windows (a few dozen characters to the
 * left or right) with regexes that are anchored to the window's edge and
 * have no nested quantifiers. Word lists live in `src/data/`.
 */
import {WEEKDAY_NAMES} from './data/date-weekdays.js'
import {
  DATE_LABEL_CONNECTORS,
  DATE_LABELS,
  TIME_CONNECTORS,
  TIME_SUFFIXES,
  YEAR_SUFFIXES,
  type DateLabelKind
} from './data/date-words.js'
import {TIME_ZONES} from './data/date-zones.js'
import {MONTH_NAMES} from './data/months.js'

/** One date found in a text. */
export interface DateMatch {
  /** Offset of the first character of the date (weekday and time included). */
  start: number
  /** Offset just past the date. */
  end: number
  /** `text.slice(start, end)`. */
  text: string
  /**
   * `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` (plus `:SS` and an offset or `Z`
   * when the page gave them) when a time of day is part of the match.
   */
  iso: string
  /** How sure: 1 for ISO dates and month names with a year, lower for numeric dates whose order is a guess. */
  confidence: number
  /** The label word right before the date, normalized, or null. */
  label: DateLabelKind | null
}

/** Options of `findDates`. */
export interface FindDatesOptions {
  /**
   * The page's language as an ISO 639-1 or 639-3 code ("en", "deu"). Only
   * numeric dates with slashes or dashes read it: English (and unknown)
   * pages put the month first in "09/13/2023", others the day.
   */
  lang?: string
}

// ---------------------------------------------------------------------------
// Word lookups, built once from the data tables.

const COMBINING_RE = /\p{M}/gu
const DOTLESS_I_RE = /ı/g
const APOSTROPHE_RE = /[’ʼ]/g

/**
 * Fold a word for dictionary lookups: lower case, diacritics dropped,
 * Turkish dotless i as i, typographic apostrophes as ASCII. Both the data and
 * the text go through it, so "AĞUSTOS", "Ağustos" and "agustos" meet.
 */
export function foldWord(word: string): string {
  // Most words are ASCII, where lower case is the whole fold (NFD changes
  // no ASCII character, and the marks, "ı" and "’" are not ASCII): the
  // normalization and the three regexes cost several times the lower-casing.
  if (isAscii(word)) return word.toLowerCase()
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_RE, '')
    .replace(DOTLESS_I_RE, 'i')
    .replace(APOSTROPHE_RE, "'")
}

/** Whether every code unit of `word` is below U+0080. */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return false
  return true
}

function buildIndexLookup(table: Readonly<Record<string, readonly (readonly string[])[]>>): Map<string, number> {
  const lookup = new Map<string, number>()
  for (const forms of Object.values(table)) {
    forms.forEach((list, index) => {
      for (const form of list) lookup.set(foldWord(form), index + 1)
    })
  }
  return lookup
}

const MONTHS = buildIndexLookup(MONTH_NAMES)
const MONTHS_BY_LANG = new Map<string, Map<string, number>>(
  Object.entries(MONTH_NAMES).map(([lang, forms]) => [lang, buildIndexLookup({[lang]: forms})])
)
const WEEKDAYS = buildIndexLookup(WEEKDAY_NAMES)

const LABELS = new Map<string, DateLabelKind>()
for (const [kind, phrases] of Object.entries(DATE_LABELS) as [DateLabelKind, readonly string[]][]) {
  for (const phrase of phrases) LABELS.set(foldWord(phrase), kind)
}
const LABEL_CONNECTORS = new Set(DATE_LABEL_CONNECTORS.map(foldWord))

/** The month number (1–12) a month name or abbreviation stands for in any supported language, or null. */
export function monthOf(word: string): number | null {
  return MONTHS.get(foldWord(word)) ?? null
}

/** The weekday number (1 = Monday … 7 = Sunday) a weekday name stands for in any supported language, or null. */
export function weekdayOf(word: string): number | null {
  return WEEKDAYS.get(foldWord(word)) ?? null
}

// ---------------------------------------------------------------------------
// Regexes. `H` is horizontal white space: a date never spans a line break.
// Spaces are bounded ({0,3}) so every pattern has a short maximal length and
// can be run on a bounded window without missing its own context.

const H = String.raw`[^\S\r\n]`

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Longest first, so an alternation tries "a las" before "as". */
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')
}

/** A year 1990–2100, or a dotted day.month.two-digit-year. */
const ANCHOR_RE = /\d{1,2}\.\d{1,2}\.\d\d(?!\d)|(?:199\d|20\d\d|2100)(?!\d)/g

/** Year first: "2023-09-13", "2023/09/13", "2023-09-13T10:35:00.000+02:00". */
const YEAR_FIRST_RE =
  /^(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\p{L}\d_]|[./-]\d)/u

/** Numeric day and month before the year: "13.09.", "09/13/", "13-09-". */
const NUMERIC_LEFT_RE = new RegExp(String.raw`(?<![\p{L}\d.,/:]|\d-)(\d{1,2})([./-])${H}?(\d{1,2})([./-])${H}?$`, 'u')

/**
 * Day, then month name, before the year: "13 September ", "13. September ",
 * "13 de septiembre de ". The day may be glued to a lower-case word before
 * it, as text scraped from adjacent elements is ("By Jane Doe22 December 2023").
 */
const DAY_MONTH_LEFT_RE = new RegExp(
  String.raw`(?:(?<![\p{L}\d.,:])|(?<=\p{Ll}))(\d{1,2})(\.|er|st|nd|rd|th|ST|ND|RD|TH|º|ª|°)?` +
    String.raw`(?:${H}{0,3}-${H}{0,3}|${H}{1,3}(?:([dD]e|[oO]f)${H}{1,3})?)` +
    String.raw`(\p{L}{3,12})\.?` +
    String.raw`(?:${H}{0,3},${H}{0,3}|${H}{1,3}([dD]e|[dD]el)${H}{1,3}|${H}{1,3}|-)$`,
  'u'
)

/**
 * Month name, then day, before the year: "September 13, ", "Sept. 13 ",
 * "Sep 13th, ". The month may start a capital glued to a lower-case word
 * ("By Jane DoeDecember 23, 2023").
 */
const MONTH_DAY_LEFT_RE = new RegExp(
  String.raw`(?:(?<!\p{L})|(?<=\p{Ll})(?=\p{Lu}))(\p{L}{3,12})(?:\.${H}{0,3}|${H}{1,3}|-)(\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH)?` +
    String.raw`(?:${H}{0,3},${H}{0,3}|${H}{1,3}|-)$`,
  'u'
)

/** A weekday name before the date: "Wednesday, ", "Wed ", "Mi., ", "quarta-feira, ". */
const WEEKDAY_LEFT_RE = new RegExp(
  String.raw`(?<![\p{L}'’ʼ-])(\p{L}[\p{L}'’ʼ-]{1,14})\.?(?:${H}{0,3},${H}{0,3}|${H}{1,3})$`,
  'u'
)

/** A time of day before the date: "10:35 AM EDT, ", "10:35, ". */
const TIME_LEFT_RE = new RegExp(
  String.raw`(?<![\d:.])(\d{1,2}):(\d{2})(?:${H}{0,3}([aApP])\.?${H}?[mM]\.?)?(?:${H}{1,3}(\p{Lu}{2,5}))?(?:${H}{1,3}Uhr)?` +
    String.raw`${H}{0,3}(?:[,|·•–—-]${H}{0,3})?$`,
  'u'
)

/** "г.", "года", "r." after the year. */
const YEAR_SUFFIX_RE = new RegExp(String.raw`^${H}?(?:${alternation(YEAR_SUFFIXES)})(?!\p{L})`, 'iu')

/**
 * A time of day after the date: ", 10:35 Uhr", " at 10:35 a.m.", " 10.35",
 * " à 10h35", " - 10:35:12".
 */
const TIME_RIGHT_RE = new RegExp(
  String.raw`^(${H}{0,3}[,|·•/–—-])?${H}{0,3}(?:(?:${alternation(TIME_CONNECTORS)})${H}{0,3})?` +
    String.raw`(\d{1,2})(?:(:)(\d{2})(?::(\d{2}))?|([.h])(\d{2}))(?!\d|[.,:]\d|${H}?%)` +
    String.raw`(?:${H}{0,3}([ap])\.?${H}?m(?:\.|(?!\p{L})))?` +
    String.raw`(?:${H}{0,3}(?:${alternation(TIME_SUFFIXES)})(?!\p{L}))?`,
  'iu'
)

/**
 * A zone after a time: " BST", " ET", "Z", " +02:00", " GMT+2". A capital may
 * follow (pages glue "CET" to the next label: "15.21 CETLast modified").
 */
const ZONE_RIGHT_RE = new RegExp(
  String.raw`^${H}{0,3}((?:GMT|UTC)${H}?[+-]\d{1,2}(?::?\d{2})?|\p{Lu}{2,5}|Z|[+-]\d{2}:?\d{2})(?!\p{Ll}|\d)`,
  'u'
)

const OFFSET_RE = /([+-])(\d{1,2})(?::?(\d{2}))?$/
const LETTER_RE = /\p{L}/u
const WORD_CHAR_RE = /[\p{L}'’ʼ]/u
const LABEL_GAP_RE = /[\s:|,·•–—(\[-]/u

// ---------------------------------------------------------------------------
// Small value helpers.

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/** ISO 639-3 codes (what franc answers) of the languages the data covers. */
const THREE_LETTER: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', ita: 'it', por: 'pt',
  nld: 'nl', dut: 'nl', pol: 'pl', rus: 'ru', ukr: 'uk', tur: 'tr'
}

/** "en-GB", "eng", "EN" → "en"; undefined, "" and "und" → null. */
function baseLang(lang: string | undefined): string | null {
  if (lang === undefined) return null
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? ''
  if (code === '' || code === 'und') return null
  return THREE_LETTER[code] ?? code
}

/** The month number of `word` in one language's names only. */
function monthIn(lang: string, word: string): number | null {
  return MONTHS_BY_LANG.get(lang)?.get(foldWord(word)) ?? null
}

/**
 * Month names printed before the day ("September 13, 2023") are English
 * usage, also found on Latin American pages with full Spanish names. Short
 * foreign abbreviations there ("Set 2, 2023", "Gen 3, 2023") are more often
 * ordinary words, so only English forms, the page's own language and full
 * names of five letters or more count.
 */
function monthBeforeDay(word: string, lang: string | null): number | null {
  const folded = foldWord(word)
  const english = MONTHS_BY_LANG.get('en')?.get(folded)
  if (english !== undefined) return english
  if (lang !== null) {
    const own = MONTHS_BY_LANG.get(lang)?.get(folded)
    if (own !== undefined) return own
  }
  return folded.length >= 5 ? (MONTHS.get(folded) ?? null) : null
}

/**
 * A month name after the day, checked against the languages the words around
 * it belong to: an English ordinal ("2nd", "13th of") wants an English month,
 * French "1er" a French one, and "de" a Spanish or Portuguese one. This keeps
 * "(2nd Gen, 2023)" from reading the Italian "gen" (January).
 */
function monthAfterDay(word: string, suffix: string | undefined, connector: string | undefined): number | null {
  const s = suffix?.toLowerCase()
  const c = connector?.toLowerCase()
  if (s === 'st' || s === 'nd' || s === 'rd' || s === 'th' || c === 'of') return monthIn('en', word)
  if (s === 'er') return monthIn('fr', word)
  if (c === 'de' || c === 'del') return monthIn('es', word) ?? monthIn('pt', word)
  return monthOf(word)
}

/** English, or no language given: numeric dates read month first. */
function readsMonthFirst(lang: string | null): boolean {
  return lang === null || lang === 'en'
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_RE.test(ch)
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

/** "+0200", "+2", "GMT+02:00" → "+02:00"; "Z", "GMT", "UTC" → "Z"; else the zone table. */
function zoneOffset(zone: string): string | null {
  const upper = zone.toUpperCase()
  const offset = OFFSET_RE.exec(zone)
  if (offset !== null) {
    const hours = Number(offset[2])
    const minutes = offset[3] === undefined ? 0 : Number(offset[3])
    if (hours > 14 || minutes > 59) return null
    return `${offset[1]}${pad2(hours)}:${pad2(minutes)}`
  }
  const known = TIME_ZONES[upper]
  return known === undefined || upper !== zone ? null : known
}

// ---------------------------------------------------------------------------
// The parsers. Each returns the date's core span and value, or null.

interface Core {
  start: number
  end: number
  year: number
  month: number
  day: number
  confidence: number
  /** A time already read as part of the core (ISO "T10:35"). */
  time: string | null
  /** Whether the core may be followed by a year suffix and a separate time. */
  open: boolean
}

const LEFT_WINDOW = 48

function parseYearFirst(text: string, at: number): Core | null {
  const prev = text[at - 1]
  if (isLetter(prev) || isDigit(prev) || ((prev === '.' || prev === '/') && isDigit(text[at - 2]))) return null
  // The regex needs a separator right after the year: most years have none,
  // and are spared the copy of the text after them.
  const sep = text[at + 4]
  if (sep !== '-' && sep !== '/' && sep !== '.') return null
  const m = YEAR_FIRST_RE.exec(text.slice(at, at + 48))
  if (m === null || m[2] !== m[4]) return null
  const year = Number(m[1])
  const month = Number(m[3])
  const day = Number(m[5])
  if (!validDate(year, month, day)) return null
  let time: string | null = null
  if (m[6] !== undefined && m[7] !== undefined) {
    const hours = Number(m[6])
    const minutes = Number(m[7])
    if (hours > 23 || minutes > 59 || (m[8] !== undefined && Number(m[8]) > 59)) return null
    time = `${m[6]}:${m[7]}${m[8] === undefined ? '' : `:${m[8]}`}`
    if (m[9] !== undefined) {
      const offset = zoneOffset(m[9])
      if (offset === null) return null
      time += offset
    }
  }
  return {
    start: at,
    end: at + m[0].length,
    year,
    month,
    day,
    confidence: m[2] === '-' ? 1 : 0.9,
    time,
    open: time === null
  }
}

function parseNumericLeft(window: string, base: number, yearStart: number, year: number, monthFirst: boolean): Core | null {
  const m = NUMERIC_LEFT_RE.exec(window)
  if (m === null || m[2] !== m[4]) return null
  const sep = m[2]
  if (sep !== '.' && m[0].includes(' ')) return null
  const a = Number(m[1])
  const b = Number(m[3])
  let day = a
  let month = b
  let confidence = 0.9
  if (sep !== '.') {
    if (monthFirst ? a <= 12 : b > 12 && a <= 12) {
      month = a
      day = b
    }
    if (!validDate(year, month, day) && validDate(year, day, month)) {
      const swap = day
      day = month
      month = swap
    }
    confidence = a <= 12 && b <= 12 && a !== b ? 0.6 : 0.8
  }
  if (!validDate(year, month, day)) return null
  return {start: base + m.index, end: yearStart + 4, year, month, day, confidence, time: null, open: true}
}

function parseDayMonthLeft(window: string, base: number, yearStart: number, year: number): Core | null {
  const m = DAY_MONTH_LEFT_RE.exec(window)
  if (m === null || m[4] === undefined) return null
  const month = monthAfterDay(m[4], m[2], m[3] ?? m[5])
  const day = Number(m[1])
  if (month === null || !validDate(year, month, day)) return null
  return {start: base + m.index, end: yearStart + 4, year, month, day, confidence: 1, time: null, open: true}
}

function parseMonthDayLeft(window: string, base: number, yearStart: number, year: number, lang: string | null): Core | null {
  const m = MONTH_DAY_LEFT_RE.exec(window)
  if (m === null || m[1] === undefined) return null
  // A short word glued before the month is matched with it ("DoeDec",
  // "updatedSep"): the month then starts at the word's last capital.
  let word = m[1]
  let month = monthBeforeDay(word, lang)
  if (month === null) {
    const glued = lastGluedCapital(word)
    word = word.slice(glued)
    month = glued > 0 ? monthBeforeDay(word, lang) : null
  }
  const day = Number(m[2])
  if (month === null || !validDate(year, month, day)) return null
  const start = base + m.index + (m[1].length - word.length)
  return {start, end: yearStart + 4, year, month, day, confidence: 1, time: null, open: true}
}

/** Index of the last capital that follows a lower-case letter in `word`, or 0. */
function lastGluedCapital(word: string): number {
  for (let i = word.length - 1; i > 0; i--) {
    const ch = word[i] as string
    const before = word[i - 1] as string
    if (ch !== ch.toLowerCase() && before !== before.toUpperCase()) return i
  }
  return 0
}

/**
 * Whether what follows a four-digit year lets it end a date ("2023," yes;
 * "2023a", "2023.5" no). A time glued after the comma is no decimal:
 * "Dec 17, 2023,03:53am EST".
 */
function yearEndsCleanly(text: string, end: number): boolean {
  const next = text[end]
  if (isLetter(next)) return YEAR_SUFFIX_RE.test(text.slice(end, end + 12))
  if (!((next === '.' || next === ',') && isDigit(text[end + 1]))) return true
  return next === ',' && GLUED_TIME_RE.test(text.slice(end, end + 7))
}

/** ",03:53" right after a year. */
const GLUED_TIME_RE = /^,\d{1,2}:\d\d/

function parseAtYear(text: string, at: number, minStart: number, lang: string | null): Core | null {
  const yearFirst = parseYearFirst(text, at)
  if (yearFirst !== null) return yearFirst
  const prev = text[at - 1]
  if (isLetter(prev) || isDigit(prev) || !yearEndsCleanly(text, at + 4)) return null
  const base = Math.max(minStart, at - LEFT_WINDOW)
  // Each of the three patterns holds a day in digits before the year: a
  // year with no digit before it in the window ("in 2023", "© 2023") is
  // spared three regexes tried at every position of the window.
  if (!hasDigitBetween(text, base, at)) return null
  const year = fourDigits(text, at)
  const window = text.slice(base, at)
  return (
    parseNumericLeft(window, base, at, year, readsMonthFirst(lang)) ??
    parseDayMonthLeft(window, base, at, year) ??
    parseMonthDayLeft(window, base, at, year, lang)
  )
}

/** Whether `text` has an ASCII digit (`\d`) in `[from, to)`. */
function hasDigitBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x30 && code <= 0x39) return true
  }
  return false
}

/** `Number(text.slice(at, at + 4))` for the four ASCII digits at `at` (a year anchor), without the copy. */
function fourDigits(text: string, at: number): number {
  let value = 0
  for (let i = at; i < at + 4; i++) value = value * 10 + text.charCodeAt(i) - 0x30
  return value
}

/** "13.9.23": only with dots, with a two-digit day or month, and nothing number-like around it. */
function parseTwoDigitYear(text: string, at: number, token: string): Core | null {
  const prev = text[at - 1]
  const end = at + token.length
  const next = text[end]
  if (isLetter(prev) || isDigit(prev) || prev === '.' || prev === ',' || isLetter(next)) return null
  if ((next === '.' || next === ',') && isDigit(text[end + 1])) return null
  const [d = '', m = '', y = ''] = token.split('.')
  if (d.length < 2 && m.length < 2) return null
  const yy = Number(y)
  const year = yy >= 90 ? 1900 + yy : 2000 + yy
  const day = Number(d)
  const month = Number(m)
  if (!validDate(year, month, day)) return null
  return {start: at, end, year, month, day, confidence: 0.5, time: null, open: true}
}

// ---------------------------------------------------------------------------
// Widening a core over what travels with it.

interface Time {
  end: number
  value: string
}

function to24(hours: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hours <= 23 ? hours : null
  if (hours < 1 || hours > 12) return null
  const pm = meridiem.toLowerCase() === 'p'
  return (hours % 12) + (pm ? 12 : 0)
}

function readZone(text: string, at: number): Time | null {
  const m = ZONE_RIGHT_RE.exec(text.slice(at, at + 24))
  if (m === null || m[1] === undefined) return null
  const offset = zoneOffset(m[1])
  return offset === null ? null : {end: at + m[0].length, value: offset}
}

function readTimeRight(text: string, at: number): Time | null {
  const m = TIME_RIGHT_RE.exec(text.slice(at, at + 72))
  if (m === null) return null
  const colon = m[3] !== undefined
  if (!colon && m[1] !== undefined && m[1].includes(',')) return null
  const hours = to24(Number(m[2]), m[8])
  const minutes = Number(colon ? m[4] : m[7])
  if (hours === null || minutes > 59 || (m[5] !== undefined && Number(m[5]) > 59)) return null
  let value = `${pad2(hours)}:${pad2(minutes)}${m[5] === undefined ? '' : `:${m[5]}`}`
  let end = at + m[0].length
  const zone = readZone(text, end)
  if (zone !== null) {
    value += zone.value
    end = zone.end
  }
  return {end, value}
}

function readTimeLeft(text: string, at: number, minStart: number): {start: number; value: string} | null {
  const base = Math.max(minStart, at - 56)
  const m = TIME_LEFT_RE.exec(text.slice(base, at))
  if (m === null) return null
  const hours = to24(Number(m[1]), m[3])
  const minutes = Number(m[2])
  if (hours === null || minutes > 59) return null
  let value = `${pad2(hours)}:${pad2(minutes)}`
  if (m[4] !== undefined) {
    const offset = zoneOffset(m[4])
    if (offset === null) return null
    value += offset
  }
  return {start: base + m.index, value}
}

function readWeekdayLeft(text: string, at: number, minStart: number): number | null {
  const base = Math.max(minStart, at - 32)
  const m = WEEKDAY_LEFT_RE.exec(text.slice(base, at))
  if (m === null || m[1] === undefined) return null
  const word = m[1]
  if (weekdayOf(word) === null) return null
  // Two- and three-letter weekdays ("So", "Do", "Wed") are ordinary words in
  // lower case; printed before a date they are capitalised.
  if (word.length <= 3 && word[0] === word[0]?.toLowerCase()) return null
  return base + m.index
}

/**
 * Read back from a date over punctuation and connectors ("Published on",
 * "Stand:", "Publié le") and name the label the last one to three words form.
 */
function readLabel(text: string, at: number, minStart: number): DateLabelKind | null {
  let i = at
  const floor = Math.max(minStart, at - 64)
  while (i > floor && LABEL_GAP_RE.test(text[i - 1] ?? '')) i--
  const words: string[] = []
  let connectors = 0
  while (i > floor && words.length < 3) {
    let j = i
    while (j > floor && WORD_CHAR_RE.test(text[j - 1] ?? '')) j--
    if (j === i) break
    const word = foldWord(text.slice(j, i))
    if (words.length === 0 && connectors < 2 && LABEL_CONNECTORS.has(word)) connectors++
    else words.unshift(word)
    i = j
    let k = i
    while (k > floor && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--
    if (k === i && words.length > 0) break
    i = k
  }
  for (let n = words.length; n >= 1; n--) {
    const label = LABELS.get(words.slice(words.length - n).join(' '))
    if (label !== undefined) return label
  }
  return null
}

function finish(text: string, core: Core, minStart: number): DateMatch {
  let end = core.end
  let time = core.time
  if (core.open) {
    const suffix = YEAR_SUFFIX_RE.exec(text.slice(end, end + 12))
    if (suffix !== null) end += suffix[0].length
    const right = readTimeRight(text, end)
    if (right !== null) {
      end = right.end
      time = right.value
    }
  }
  let start = core.start
  const weekday = readWeekdayLeft(text, start, minStart)
  if (weekday !== null) start = weekday
  if (time === null) {
    const left = readTimeLeft(text, start, minStart)
    if (left !== null) {
      start = left.start
      time = left.value
    }
  }
  const day = isoDay(core.year, core.month, core.day)
  return {
    start,
    end,
    text: text.slice(start, end),
    iso: time === null ? day : `${day}T${time}`,
    confidence: core.confidence,
    label: readLabel(text, start, minStart)
  }
}

// ---------------------------------------------------------------------------
// Public API.

/**
 * Every date in `text`, sorted by start and non-overlapping. A date needs a
 * day, a month and a year from 1990 to 2100; month-and-year alone ("November
 * 2019"), bare years and bare times are not dates. A weekday before the date,
 * a time after (or before) it and its zone widen the match.
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMatch[] {
  const lang = baseLang(options.lang)
  const found: DateMatch[] = []
  let lastEnd = 0
  // An exec loop, not `text.matchAll`: matchAll copies the regex for every
  // text, and most texts searched are short lines with no year at all, where
  // the copy and its iterator cost more than the search. Nothing the loop
  // calls runs `ANCHOR_RE`, so its `lastIndex` is the loop's own.
  ANCHOR_RE.lastIndex = 0
  for (let anchor = ANCHOR_RE.exec(text); anchor !== null; anchor = ANCHOR_RE.exec(text)) {
    const at = anchor.index
    if (at < lastEnd) continue
    const token = anchor[0]
    const core = token.length === 4 ? parseAtYear(text, at, lastEnd, lang) : parseTwoDigitYear(text, at, token)
    if (core === null || core.start < lastEnd) continue
    const match = finish(text, core, lastEnd)
    found.push(match)
    lastEnd = match.end
  }
  return found
}

/** Whether `s.slice(from)` holds only spaces and closing punctuation. */
function onlyPunctuationAfter(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const ch = s[i]
    if (ch !== '.' && ch !== ',' && ch !== ';' && ch !== ' ') return false
  }
  return true
}

/**
 * The ISO value of a string that is one date (a label such as "Published:"
 * before it and punctuation after it are allowed), else null.
 */
export function parseDate(s: string): string | null {
  const t = s.trim()
  const matches = findDates(t)
  const only = matches[0]
  if (matches.length !== 1 || only === undefined || !onlyPunctuationAfter(t, only.end)) return null
  if (only.start !== 0 && only.label === null) return null
  return only.iso
}
