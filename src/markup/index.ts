/**
 * Stage 0: markup around the text. Scrapers sometimes hand over the page's
 * HTML, or a JSON record, where text was expected. Such input is read as the
 * text it holds: the markup is set aside (reported in `removed`, kind
 * `markup`), references and escapes read as their characters, and every
 * offset still points into the input as given.
 *
 * Plain text with a stray tag (an ad snippet, an "allowed tags" line, code
 * with `<stdin>`) is not HTML: it stays as it is.
 */
import {htmlEdits, isHtml} from './html.js'
import {isJsonDocument, jsonEdits} from './json.js'
import type {Markup} from '../types.js'

export {isHtml} from './html.js'

/** The markup around the text of `input`, or null when it is plain text. */
export function findMarkup(input: string): Markup | null {
  if (isJsonDocument(input)) return {format: 'json', edits: jsonEdits(input)}
  if (isHtml(input)) return {format: 'html', edits: htmlEdits(input)}
  return null
}
