/**
 * Reading the article's headline, date and authors from the page's JSON-LD
 * (`<script type="application/ld+json">`), the structured data most news
 * sites publish for search engines.
 *
 * Pages put the article node at the top, in an array, or inside `@graph`,
 * and often name the author by reference (`{"@id": "…#person"}`) to another
 * node of the graph; all of these are followed. Broken JSON is skipped, never
 * thrown.
 */
import {ARTICLE_TYPES, PAGE_TYPES} from './vocab.js'

/** What the JSON-LD of a page says about its article. */
export interface JsonLdFacts {
  headline: string | null
  datePublished: string | null
  /** Author names as given (not yet cleaned), in order. */
  authors: string[]
}

type JsonObject = Record<string, unknown>

/** Visiting more nodes than this stops the walk: real pages have a few dozen. */
const MAX_NODES = 5000

// Wrappers some pages leave around the JSON: HTML comments and CDATA guards.
const OPENERS = ['<!--', '//<![CDATA[', '<![CDATA[']
const CLOSERS = ['-->', '//]]>', ']]>']
// Raw control characters are invalid inside JSON strings but common in the
// wild; outside strings they are white space anyway.
const CONTROL_RE = /[\u0000-\u001f]+/g

/** Facts from the texts of every JSON-LD script of a page. */
export function jsonLdFacts(scripts: readonly string[]): JsonLdFacts {
  const nodes = scripts.flatMap((script) => typedNodes(parseJson(script)))
  const byId = new Map<string, JsonObject>()
  for (const node of nodes) {
    const id = node['@id']
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node)
  }
  const article = nodes.find((node) => hasType(node, ARTICLE_TYPES))
  const page = nodes.find((node) => hasType(node, PAGE_TYPES))
  const main = article ?? nodes.find((node) => typeof node['headline'] === 'string') ?? page
  if (main === undefined) return {headline: null, datePublished: null, authors: []}
  const headline = firstString(main['headline']) ?? (article === main ? firstString(main['name']) : null)
  const datePublished = firstString(main['datePublished']) ?? (page === undefined ? null : firstString(page['datePublished']))
  const authors = names(main['author'] ?? main['creator'], byId)
  return {headline, datePublished, authors}
}

function parseJson(script: string): unknown {
  const text = unwrap(script).replace(CONTROL_RE, ' ')
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

/** The script's text without a leading comment or CDATA opener and trailing closer. */
function unwrap(script: string): string {
  let text = script.trim()
  const opener = OPENERS.find((o) => text.startsWith(o))
  if (opener !== undefined) text = text.slice(opener.length).trim()
  const closer = CLOSERS.find((c) => text.endsWith(c))
  if (closer !== undefined) text = text.slice(0, -closer.length).trim()
  return text
}

/** Every object with an `@type`, breadth first: top-level nodes before nested ones. */
function typedNodes(value: unknown): JsonObject[] {
  const found: JsonObject[] = []
  const queue: unknown[] = [value]
  for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
    const current = queue[i]
    if (Array.isArray(current)) {
      for (const item of current) queue.push(item)
      continue
    }
    if (!isObject(current)) continue
    if (current['@type'] !== undefined) found.push(current)
    for (const key of Object.keys(current)) {
      const child = current[key]
      if (typeof child === 'object' && child !== null) queue.push(child)
    }
  }
  return found
}

function hasType(node: JsonObject, types: readonly string[]): boolean {
  const type = node['@type']
  const list = Array.isArray(type) ? type : [type]
  return list.some((t) => typeof t === 'string' && types.includes(t.toLowerCase()))
}

/** Names from a string, a `{name}` object, an `{@id}` reference or an array of these. */
function names(value: unknown, byId: ReadonlyMap<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : [value]
  const out: string[] = []
  for (const item of list) {
    if (typeof item === 'string') out.push(item)
    else if (isObject(item)) {
      const target = typeof item['name'] === 'string' ? item : byId.get(String(item['@id'])) ?? item
      const name = firstString(target['name'])
      if (name !== null) out.push(name)
    }
  }
  return out.map((name) => name.trim()).filter((name) => name !== '')
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (Array.isArray(value)) return firstString(value[0])
  return null
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
