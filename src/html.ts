/**
 * HTML input: parse the page, set aside what never renders as text, turn the
 * rest into text the way a browser's `innerText` would, and clean that text
 * with the same pipeline as `cleanArticle`. What the HTML states outright —
 * JSON-LD, `<meta>`, `<h1>`, `<time datetime>`, `<html lang>` — then
 * overrides the headline, date and authors the text heuristics found, when
 * it is present and sane.
 *
 * By default (`structure: true`) the page's structure is evidence too, each
 * part kept because it measured better on the evaluation pages: `<nav>`,
 * `<aside>`, `<footer>` and chrome landmark roles go; containers that are
 * mostly links go; elements whose class or id names chrome ("share",
 * "related", "sidebar") go unless they hold much of the page's prose; and a
 * page with a single `<article>` holding most of its prose is narrowed to it.
 */
import type {Root} from 'hast'
import {toText} from 'hast-util-to-text'
import {parseDate} from './dates.js'
import {foldSpace} from './html/hast.js'
import {parseHtml, TAG_RE} from './html/parse.js'
import {jsonLdFacts, type JsonLdFacts} from './html/json-ld.js'
import {ISO_639_1_TO_3} from './html/lang-codes.js'
import {collectMeta, type PageMeta} from './html/meta.js'
import {focusArticle, isChrome, isInvisible, isLinkList, isNamedChrome, linkStats, pageProse, prune} from './html/prune.js'
import {chooseTitle} from './html/title.js'
import {AUTHOR_META, DATE_META} from './html/vocab.js'
import {cleanAuthors} from './names.js'
import {checkOptions} from './options.js'
import {cleanArticle} from './pipeline.js'
import {unspin} from './spun/index.js'
import type {Article, CleanOptions} from './types.js'

/**
 * Options of `cleanHtml`: those of `cleanArticle` but `markup` (the text
 * taken from the parsed page is text), and one more.
 */
export interface HtmlOptions extends Omit<CleanOptions, 'markup'> {
  /**
   * Use the page's structure before the text is extracted: drop `<nav>`,
   * `<aside>`, `<footer>`, chrome landmark roles, lists of links and
   * elements named as chrome, and narrow the page to its one `<article>`
   * (default `true`). With `false`, only what never renders is dropped.
   */
  structure?: boolean
}

/**
 * The article of an HTML page. Offsets in `kept`, `removed`, `related` and
 * `spun` are offsets into `text`, the text unspun extracted from the page.
 */
export interface HtmlArticle extends Article {
  /** The page's text as unspun extracted it (innerText semantics); every offset points into it. */
  text: string
}

const URL_LIKE_RE = /^(?:https?:\/\/|www\.)|\/\//i
const DIGIT_RE = /\d/
// A host name or user handle ("example.de", "jane.doe") given where a name belongs.
const DOTTED_RE = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u
const SUBTAG_RE = /[-_]/
const ISO_639_3_RE = /^[a-z]{3}$/
const LETTER_RE = /\p{L}/u
/** A stated author name longer than this is not one name. */
const MAX_NAME_LENGTH = 80
/** …or longer than this many words. */
const MAX_NAME_WORDS = 6

/**
 * Clean one HTML page: the article's text, headline, date, authors and
 * language, with everything else set aside with its kind, offsets and reason.
 *
 * @param html The page's HTML, as a string (decode bytes with the page's charset first).
 * @param options How aggressive to be, which languages to expect, whether to look for spun text, whether to use the page's structure.
 * @returns The article, with `text`: the extracted text every offset points into.
 * @throws {TypeError} When `html` is not a string or an option is invalid.
 */
export function cleanHtml(html: string, options: HtmlOptions = {}): HtmlArticle {
  if (typeof html !== 'string') throw new TypeError(`cleanHtml: expected \`html\` to be a string, got ${describe(html)}`)
  const {structure, clean} = readOptions(options)
  const page = parsePage(html, structure)
  if (page === null) {
    const text = html.replace(TAG_RE, ' ')
    return {...cleanArticle(text, clean), text}
  }
  const article = cleanArticle(page.text, clean)
  return {...withMetadata(article, page.meta, jsonLdFacts(page.meta.jsonLd), clean), text: page.text}
}

function readOptions(options: HtmlOptions): {structure: boolean; clean: CleanOptions} {
  const settings = checkOptions(options)
  const structure = (options as HtmlOptions | null | undefined)?.structure ?? true
  if (typeof structure !== 'boolean') throw new TypeError('cleanHtml: expected `options.structure` to be a boolean')
  // The page's text is text: read as markup again, a tutorial's HTML code would go.
  const clean: CleanOptions = {preset: settings.preset, spun: settings.spun, markup: false}
  if (settings.languages !== undefined) clean.languages = settings.languages
  return {structure, clean}
}

/** The page's metadata and text, or null when the page is too deeply nested to parse. */
function parsePage(html: string, structure: boolean): {meta: PageMeta; text: string} | null {
  try {
    const tree = parseHtml(html)
    return {meta: collectMeta(tree), text: toText(visibleTree(tree, structure))}
  } catch (error) {
    if (error instanceof RangeError) return null
    throw error
  }
}

/** The tree without what never renders and, with `structure`, without page chrome. */
export function visibleTree(tree: Root, structure: boolean): Root {
  const visible = prune(tree, (element) => isInvisible(element) || (structure && isChrome(element)))
  if (!structure) return visible
  const stats = linkStats(visible)
  const prose = pageProse(visible, stats)
  return prune(focusArticle(visible, stats, prose), (element) => isLinkList(element, stats) || isNamedChrome(element, stats, prose))
}

/** The article with the headline, date, authors and language the page states. */
export function withMetadata(article: Article, meta: PageMeta, facts: JsonLdFacts, options: CleanOptions): Article {
  const out: Article = {...article}
  const title = chooseTitle(meta, facts.headline)
  if (title !== null && title !== article.title) {
    out.title = title
    delete out.repairedTitle
    if (options.spun !== false) {
      const repaired = unspin(title)
      if (repaired !== title) out.repairedTitle = repaired
    }
  }
  const date = statedDate(meta, facts)
  if (date !== null) out.date = date
  const stated = statedAuthors(meta, facts)
  const authors = stated.length > 0 || article.authors.length > 0 ? stated : bylineAuthors(meta)
  if (authors.length > 0) {
    out.authors = authors
    out.author = authors[0] ?? null
  }
  if (article.language === 'und') {
    const language = pageLanguage(meta.lang)
    if (language !== null && (options.languages === undefined || options.languages.includes(language))) out.language = language
  }
  return out
}

/** The first stated date that parses: JSON-LD, then `<meta>`, microdata, `<time>`. */
function statedDate(meta: PageMeta, facts: JsonLdFacts): string | null {
  const stated = [facts.datePublished, ...DATE_META.map((key) => meta.meta.get(key) ?? null), meta.meta.get('itemprop:datepublished') ?? null, ...meta.times]
  for (const value of stated) {
    if (value === null) continue
    const date = parseDate(value)
    if (date !== null) return date
  }
  return null
}

/** Authors from JSON-LD, else the first author `<meta>` that names someone, else microdata. */
function statedAuthors(meta: PageMeta, facts: JsonLdFacts): string[] {
  const fromJsonLd = dedupe(facts.authors.flatMap(namesOf))
  if (fromJsonLd.length > 0) return fromJsonLd
  const stated = [...AUTHOR_META.map((key) => meta.meta.get(key)), meta.meta.get('itemprop:author')]
  for (const value of stated) {
    const names = value === undefined ? [] : dedupe(namesOf(value))
    if (names.length > 0) return names
  }
  return []
}

/**
 * Names in the page's byline elements. They are looser than metadata
 * ("Posted by", "Name", commenters), so only names unspun's own cleaner
 * accepts count, and they come after the bylines the text pipeline found.
 */
function bylineAuthors(meta: PageMeta): string[] {
  for (const value of meta.bylines) {
    const names = dedupe(cleanAuthors(value))
    if (names.length > 0) return names
  }
  return []
}

/** Names in one stated author value: cleaned when unspun's cleaner knows them, else as given when they look like one name. */
function namesOf(raw: string): string[] {
  const value = foldSpace(raw)
  if (value === '' || URL_LIKE_RE.test(value) || DOTTED_RE.test(value)) return []
  const cleaned = cleanAuthors(value)
  if (cleaned.length > 0) return cleaned
  const words = value.split(' ').length
  const plausible = value.length <= MAX_NAME_LENGTH && words <= MAX_NAME_WORDS && LETTER_RE.test(value) && !DIGIT_RE.test(value)
  return plausible ? [value] : []
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>()
  return names.filter((name) => {
    const key = name.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** ISO 639-3 code of `<html lang>` ("en-US" → "eng"), or null. */
export function pageLanguage(lang: string | null): string | null {
  if (lang === null) return null
  const primary = lang.trim().toLowerCase().split(SUBTAG_RE)[0] ?? ''
  if (primary.length === 2) return ISO_639_1_TO_3[primary] ?? null
  return ISO_639_3_RE.test(primary) ? primary : null
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'an array' : typeof value
}
