/**
 * One HTML parser for the whole package: `cleanHtml` and the markup step of
 * `cleanArticle` (HTML passed as text) read pages the same way.
 */
import type {Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'

/**
 * A tag, for the last resort when a page is nested too deeply to parse: `<`
 * to the next `>`. `[^<>]` keeps it linear on runs of `<`.
 */
export const TAG_RE = /<[^<>]*>/g

/** A parser made once: frozen processors are never changed by use. */
const PARSER = unified().use(rehypeParse).freeze()

/**
 * The hast tree of `html`, with source positions.
 *
 * @throws {RangeError} When the page is nested too deeply for the parser (the call stack overflows).
 */
export function parseHtml(html: string): Root {
  return PARSER.parse(html) as Root
}
