/**
 * Collecting what a page states about itself — `<title>`, `<meta>`, `<h1>`,
 * `<time datetime>`, microdata `itemprop`, JSON-LD scripts and
 * `<html lang>` — in one walk over the tree.
 */
import type {Element, Root} from 'hast'
import {foldSpace, plainText, prop, tokens, walkElements} from './hast.js'
import {classWords} from './prune.js'
import {BYLINE_CLASS_WORDS} from './vocab.js'

/** The raw metadata of a page, before any choice is made. */
export interface PageMeta {
  /** The text of the first `<title>` outside `<svg>`. */
  title: string | null
  /** The `<h1>` elements, those inside `<article>` or `<main>` first. */
  h1: Heading[]
  /** `<meta>` contents by lowercased `property`, `name` or `itemprop` (first wins), and microdata as `itemprop:<name>`. */
  meta: ReadonlyMap<string, string>
  /** `datetime` of `<time>` elements, those inside `<article>` or `<main>` first. */
  times: string[]
  /** Short texts of elements that mark an author: `rel="author"`, a class or id with "author" or "byline". */
  bylines: string[]
  /** Texts of `<script type="application/ld+json">`. */
  jsonLd: string[]
  /** `<html lang>` (or `xml:lang`), as written. */
  lang: string | null
}

/** One `<h1>`. */
export interface Heading {
  text: string
  /** Inside `<article>`, `<main>` or role=main. */
  inMain: boolean
}

/** Microdata properties read from elements other than `<meta>`. */
const ITEMPROPS = new Set(['headline', 'datepublished', 'author'])
/** Class and id words of an author's name or byline. */
const BYLINE_WORDS = new Set(BYLINE_CLASS_WORDS)
/** Bylines kept; the first that holds a name wins. */
const MAX_BYLINES = 5
/** A byline longer than this is an author box with a biography. */
const MAX_BYLINE_TEXT = 100
/** An `itemprop` text longer than this is a container, not a value. */
const MAX_ITEMPROP_TEXT = 200

/** Collect a page's metadata. */
export function collectMeta(tree: Root): PageMeta {
  let title: string | null = null
  let lang: string | null = null
  const h1: Heading[] = []
  const times: Array<{value: string; inMain: boolean}> = []
  const meta = new Map<string, string>()
  const jsonLd: string[] = []
  const bylines: string[] = []
  // Each microdata property is read from its first element only, even when
  // that one is too long to be a value: nested containers are not re-read.
  const tried = new Set<string>()
  walkElements(tree, (element, ancestors) => {
    const name = element.tagName
    if (name === 'svg' || name === 'math') return false
    if (name === 'html') lang = prop(element, 'lang') ?? prop(element, 'xmlLang')
    else if (name === 'title' && title === null) title = plainText(element)
    else if (name === 'meta') readMeta(element, meta)
    else if (name === 'script') {
      if ((prop(element, 'type') ?? '').trim().toLowerCase() === 'application/ld+json') jsonLd.push(rawText(element))
      return false
    } else if (name === 'h1') h1.push({text: plainText(element), inMain: inMain(ancestors)})
    else if (name === 'time') {
      const value = prop(element, 'dateTime')
      if (value !== null && value.trim() !== '') times.push({value: value.trim(), inMain: inMain(ancestors)})
    }
    if (name !== 'meta') readItemprop(element, meta, tried)
    if (bylines.length < MAX_BYLINES && marksAuthor(element)) {
      const text = plainText(element)
      if (text !== '' && text.length <= MAX_BYLINE_TEXT) bylines.push(text)
    }
    return true
  })
  return {
    title,
    h1: mainFirst(h1).filter((x) => x.text !== ''),
    meta,
    times: mainFirst(times).map((x) => x.value),
    bylines,
    jsonLd,
    lang
  }
}

function marksAuthor(element: Element): boolean {
  if (element.tagName === 'a' && tokens(element, 'rel').includes('author')) return true
  return classWords(element).some((word) => BYLINE_WORDS.has(word))
}

function readMeta(element: Element, meta: Map<string, string>): void {
  const content = prop(element, 'content')
  if (content === null || content.trim() === '') return
  for (const key of [prop(element, 'property'), prop(element, 'name'), prop(element, 'itemProp')]) {
    if (key === null) continue
    for (const one of key.toLowerCase().split(' ')) {
      if (one !== '' && !meta.has(one)) meta.set(one, foldSpace(content))
    }
  }
}

function readItemprop(element: Element, meta: Map<string, string>, tried: Set<string>): void {
  for (const key of tokens(element, 'itemProp')) {
    if (!ITEMPROPS.has(key) || tried.has(key)) continue
    tried.add(key)
    const value = prop(element, 'content') ?? prop(element, 'dateTime') ?? itempropText(element)
    if (value !== null && value.trim() !== '') meta.set(`itemprop:${key}`, foldSpace(value))
  }
}

/** An element's text, or its nested `itemprop="name"`, when short enough to be one value. */
function itempropText(element: Element): string | null {
  let named: string | null = null
  walkElements(element, (child) => {
    if (named === null && tokens(child, 'itemProp').includes('name')) named = prop(child, 'content') ?? plainText(child)
    return named === null
  })
  const text = named ?? plainText(element)
  return text.length <= MAX_ITEMPROP_TEXT ? text : null
}

function rawText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}

function inMain(ancestors: readonly Element[]): boolean {
  return ancestors.some((a) => a.tagName === 'article' || a.tagName === 'main' || prop(a, 'role') === 'main')
}

/** Stable: items inside the main content first, then the rest, each in page order. */
function mainFirst<T extends {inMain: boolean}>(items: readonly T[]): T[] {
  return [...items.filter((x) => x.inMain), ...items.filter((x) => !x.inMain)]
}
