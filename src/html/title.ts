/**
 * Choosing the headline among what the page states: the JSON-LD headline,
 * `og:title` and kin, the `<h1>`, and last the `<title>` with its site-name
 * part cut off.
 */
import {decodeReferences} from './entities.js'
import {foldSpace} from './hast.js'
import type {PageMeta} from './meta.js'
import {SITE_NAME_META, TITLE_META} from './vocab.js'

/** A headline longer than this is a paragraph that was marked up as one. */
export const MAX_TITLE_LENGTH = 300
/** A `<title>` part of at most this many words can be a site or section name. */
const MAX_SITE_WORDS = 4

// A separator between a headline and the site's name: a bar, dash, dot or
// guillemet with a space on both sides ("Headline | Site", "Headline – Site").
// Titles are space-folded first, so one space is all there is.
const SEPARATOR_RE = / (?:[|\-–—·•»~]|::|\/\/) /g
const LETTER_RE = /\p{L}/u
const URL_RE = /^(?:https?:\/\/|www\.)/i
const ELLIPSIS_RE = /(?:…|\.{3})$/
const FOLD_RE = /[\s\p{P}]+/gu
const AT_RE = /^@/

/**
 * The headline, or null when the page states none that is sane.
 *
 * @param meta What the page states.
 * @param headline The JSON-LD headline, when there is one.
 */
export function chooseTitle(meta: PageMeta, headline: string | null): string | null {
  const sites = siteNames(meta)
  const stated = [headline, ...TITLE_META.map((key) => meta.meta.get(key) ?? null), meta.meta.get('itemprop:headline') ?? null]
    .filter((c): c is string => c !== null)
    .map((c) => stripSiteName(foldSpace(decodeReferences(c)), sites))
  const tag = meta.title === null ? null : stripSiteName(foldSpace(meta.title), sites)
  // The visible headline is the `<h1>`, but many sites put their logo or name
  // in one: it is trusted first only inside the article, or when the
  // metadata repeats it.
  const h1 = meta.h1[0]
  const h1Text = h1 === undefined ? null : stripSiteName(h1.text, sites)
  const stems = [...stated, ...(tag === null ? [] : [tag])].map(fold)
  const h1First = h1Text !== null && h1 !== undefined && (h1.inMain || stems.some((s) => s.includes(fold(h1Text))))
  const candidates = h1First ? [h1Text, ...stated] : [...stated, ...(h1Text === null ? [] : [h1Text])]
  if (tag !== null) candidates.push(stripTitleTag(tag))
  const sane = candidates.filter((c) => isSane(c, sites))
  const first = sane[0]
  if (first === undefined) return null
  // A headline cut short for search engines ("… the"): a fuller candidate
  // that starts the same way is the real one.
  if (ELLIPSIS_RE.test(first)) {
    const stem = fold(first.replace(ELLIPSIS_RE, ''))
    const fuller = sane.find((c) => c.length > first.length && fold(c).startsWith(stem))
    if (fuller !== undefined) return fuller
  }
  return first
}

function siteNames(meta: PageMeta): string[] {
  return SITE_NAME_META.map((key) => meta.meta.get(key))
    .filter((name): name is string => name !== undefined && name.trim() !== '')
    .map((name) => fold(name.replace(AT_RE, '')))
}

/** `text` (space-folded) without a leading or trailing known site name and its separator. */
export function stripSiteName(text: string, sites: readonly string[]): string {
  const parts = splitSeparators(text)
  if (parts.length < 2) return text
  const first = parts[0] as Part
  const second = parts[1] as Part
  const last = parts[parts.length - 1] as Part
  const beforeLast = parts[parts.length - 2] as Part
  if (sites.includes(fold(last.text))) return text.slice(0, beforeLast.end)
  if (sites.includes(fold(first.text))) return text.slice(second.start)
  return text
}

/** A `<title>` (space-folded) without short trailing parts ("Headline | Section | Site" → "Headline"). */
export function stripTitleTag(text: string): string {
  let current = text
  for (let i = 0; i < 2; i++) {
    const parts = splitSeparators(current)
    const last = parts[parts.length - 1]
    const beforeLast = parts[parts.length - 2]
    if (last === undefined || beforeLast === undefined) break
    const head = current.slice(0, beforeLast.end)
    if (words(last.text) > MAX_SITE_WORDS || words(head) < words(last.text)) break
    current = head
  }
  return current
}

/** A part of a title between separators, with its span; separators lie between one part's `end` and the next one's `start`. */
interface Part {
  text: string
  start: number
  end: number
}

function splitSeparators(text: string): Part[] {
  const parts: Part[] = []
  let start = 0
  for (const match of text.matchAll(SEPARATOR_RE)) {
    const index = match.index ?? 0
    parts.push({text: text.slice(start, index), start, end: index})
    start = index + match[0].length
  }
  parts.push({text: text.slice(start), start, end: text.length})
  return parts
}

function isSane(title: string, sites: readonly string[]): boolean {
  return (
    title.length >= 3 &&
    title.length <= MAX_TITLE_LENGTH &&
    LETTER_RE.test(title) &&
    !URL_RE.test(title) &&
    !sites.includes(fold(title))
  )
}

function words(text: string): number {
  return text.split(' ').filter((w) => w !== '').length
}

/** Case, punctuation and spacing folded, for comparing titles. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(FOLD_RE, ' ').trim()
}
