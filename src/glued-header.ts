/**
 * Pages flattened onto one line glue the article's header to its first
 * sentence: "… Search Menu Harbour ferry returns after two-year break By Tom
 * Baker June 18, 2024 The harbour ferry between …". Sentence splitting sees
 * no seam there (no full stop), and the menu seam (`splitGlued`) takes the
 * headline's function words for the start of the prose ("… Suche Bahn
 * stellt neue | Nachtzüge nach Wien vor Von Lena Hoffmann 21. Mai 2024 Die
 * Bahn hat …"). A full date standing on its own (no comma after it, no
 * lower-case word governing it) is such a seam; so is a byline right before
 * it, and a sentence-case headline after a run of menu words. This cuts the
 * span there, so that the menu, the headline, the byline and the date become
 * blocks of their own, which the detectors then recognise.
 */
import {BMP_FLAGS, flagsAt, LETTER, NUMBER, UPPER} from './char-class.js'
import {findDates, type DateMatch} from './dates.js'
import {isStopwordAt} from './features.js'
import {eachWord, trimEnd} from './glued.js'
import {readByline} from './names.js'
import type {Span} from './types.js'

/** A byline before a header date has at most this many words (prefix included). */
const BYLINE_WORDS = 8
/** A date's label is at most this many words. */
const LABEL_WORDS = 4
/** A menu run before a sentence-case headline has at least this many words… */
const MIN_MENU_WORDS = 3
/** …and the headline at least this many. */
const MIN_HEADLINE_WORDS = 3

/** Cut `text.slice(span.start, span.end)` around a header date (and the byline before it), if any. */
export function splitHeader(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end)
  const dates = findDates(slice)
  if (dates.length === 0) return [span]
  const words = wordSpans(slice)
  const cuts: number[] = []
  let from = 0
  for (let i = 0; i < dates.length; ) {
    // Dates printed one after another ("Published … | Updated …") are read as one.
    const date = dates[i] as DateMatch
    let last = date
    for (i++; i < dates.length && onlySeparators(slice, last.end, (dates[i] as DateMatch).start); i++) last = dates[i] as DateMatch
    if (date.start < from) continue
    const next = headerDateEnd(slice, date, last, words)
    if (next < 0) continue
    // The piece before the date: its label, a byline before that, a headline before that.
    const dateStart = date.label === null ? date.start : labelStart(slice, words, date, from)
    let head = dateStart
    const byline = bylineStart(slice, words, from, dateStart)
    if (byline >= 0) head = byline
    // A place before the date ("Wien, 14. Dezember 2021 – …") goes with it.
    else if (endsWithComma(slice, from, head)) head = from
    if (head > from) {
      const headline = headlineStart(slice, words, from, head)
      if (headline > from) cuts.push(headline)
      cuts.push(head)
    }
    if (byline >= 0 && dateStart > byline) cuts.push(dateStart)
    cuts.push(next)
    from = next
  }
  if (cuts.length === 0) return [span]
  const spans: Span[] = []
  let start = 0
  for (const cut of cuts) {
    if (cut <= start) continue
    spans.push({start: span.start + start, end: span.start + trimEnd(slice, start, cut)})
    start = cut
  }
  spans.push({start: span.start + start, end: span.end})
  return spans
}

/** A word: where it starts and ends in the slice. */
interface Word {
  start: number
  end: number
}

/** The words of `text` as `splitGlued` reads them (see `eachWord`). */
function wordSpans(text: string): Word[] {
  const words: Word[] = []
  eachWord(text, (start, end) => words.push({start, end}))
  return words
}

/** Index of the first word starting at or after `offset` (words.length when none). */
function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((words[mid] as Word).start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function isUpperAt(text: string, i: number): boolean {
  return ((BMP_FLAGS[text.charCodeAt(i)] as number) & UPPER) !== 0
}

/** A word that starts with a lower-case letter: one that has a capital (no Hangul, no kana). */
function isLowerWord(text: string, word: Word): boolean {
  const first = text.charAt(word.start)
  return first !== first.toUpperCase()
}

/**
 * Where what follows a run of dates (`first` to `last`) starts, when the run
 * is a header's: set apart by a space (no comma or stop glues it to what
 * follows), not the object of a lower-case word before it ("signed June 18,
 * 2024 Boeing …", "… those nights — April 26, 2016 — they got …") unless a
 * label names it ("publiziert am"), not glued inside a word or to a time
 * before it (a page's time stamps, "…+01:00 2021-10-27T…"), and not the date
 * of an embedded post ("— Jane Doe (@jane) June 18, 2024"). Separators after
 * the run ("|", "—") go with it. -1 when it is no header's.
 */
function headerDateEnd(text: string, first: DateMatch, last: DateMatch, words: readonly Word[]): number {
  if (text.charCodeAt(last.end) !== 0x20) return -1
  if (first.start > 0 && flagsAt(text, first.start - 1) & (LETTER | NUMBER)) return -1
  if (TIME_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) return -1
  const next = words[wordAt(words, last.end)]
  if (!next) return -1
  if (HANDLE_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start))) return -1
  const after = afterSeparators(text, last.end)
  if (first.label !== null || first.start === 0) return after
  const before = words[wordAt(words, first.start) - 1]
  if (!before || !isLowerWord(text, before)) return after
  // After a lower-case word, only a date set apart by punctuation on its
  // left and followed by a capital starts something new.
  const gap = text.slice(before.end, first.start)
  return gap.trim() === '' || isLowerWord(text, next) ? -1 : after
}

/** Whether `text.slice(start, end)` ends with a comma, spaces after it aside. */
function endsWithComma(text: string, start: number, end: number): boolean {
  return text.charCodeAt(trimEnd(text, start, end) - 1) === 0x2c
}

/** Whether `text.slice(start, end)` holds only spaces and separators. */
function onlySeparators(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!SEPARATORS.includes(text[i] as string)) return false
  return true
}

/** Where the text after `at` starts, past spaces and separators ("|", "/", "—", "•"). */
function afterSeparators(text: string, at: number): number {
  let i = at
  while (i < text.length && SEPARATORS.includes(text[i] as string)) i++
  return i
}

/** What may stand between dates of one run, and after a header's date. */
const SEPARATORS = ' |/-–—•·'

/** A time (or a zone offset) right before a date. */
const TIME_BEFORE = /\d:\d\d *$/

/** A social handle in brackets right before a date: the credit line of an embedded post. */
const HANDLE_BEFORE = /\(@\w{1,30}\) *$/

/**
 * Where the label of a labelled date starts ("Published", "Updated on:"):
 * the nearest word before it from which the label still reads. The date's
 * start when none does within a few words.
 */
function labelStart(text: string, words: readonly Word[], date: DateMatch, from: number): number {
  const at = wordAt(words, date.start)
  for (let k = at - 1; k >= Math.max(wordAt(words, from), at - LABEL_WORDS); k--) {
    const start = (words[k] as Word).start
    const found = findDates(text.slice(start, date.end))[0]
    if (found && found.label !== null) return start
  }
  return date.start
}

/** The start of a byline ending right before `end` (a date), or -1. */
function bylineStart(text: string, words: readonly Word[], from: number, end: number): number {
  const last = wordAt(words, end)
  for (let k = Math.max(wordAt(words, from), last - BYLINE_WORDS); k < last - 1; k++) {
    const start = (words[k] as Word).start
    const line = text.slice(start, end).trim()
    const byline = readByline(upperFirst(line), line)
    if (byline && byline.authors.length > 0) return start
  }
  return -1
}

function upperFirst(text: string): string {
  const first = text.charAt(0)
  const upper = first.toUpperCase()
  return upper === first ? text : upper + text.slice(1)
}

/**
 * Where a sentence-case headline starts after a menu glued before it
 * ("… Search Menu Harbour ferry returns after two-year break"): at the
 * capital before the first lower-case word, when that word is no function
 * word (title case writes those small: "Pear Jam for the Holidays"), a run
 * of capitalised words without function words comes before it, and at
 * least half of the headline's other content words are lower case too.
 * -1 when there is no such seam.
 */
function headlineStart(text: string, words: readonly Word[], from: number, end: number): number {
  const first = wordAt(words, from)
  const last = wordAt(words, end)
  let lower = -1
  for (let k = first; k < last; k++) {
    if (isLowerWord(text, words[k] as Word)) {
      lower = k
      break
    }
  }
  const start = lower - 1
  if (lower < 0 || start - first < MIN_MENU_WORDS || last - start < MIN_HEADLINE_WORDS) return -1
  if (!isUpperAt(text, (words[start] as Word).start) || isStopword(text, words[lower] as Word)) return -1
  let content = 0
  let lowers = 0
  for (let k = lower; k < last; k++) {
    const word = words[k] as Word
    if (isStopword(text, word)) continue
    content++
    if (isLowerWord(text, word)) lowers++
  }
  if (lowers * 2 < content) return -1
  for (let k = first; k < start; k++) if (isStopword(text, words[k] as Word)) return -1
  return (words[start] as Word).start
}

function isStopword(text: string, word: Word): boolean {
  return isStopwordAt(text, word.start, word.end)
}
