/**
 * The stages in order: markup (HTML or JSON passed as text) → normalize → segment → detect → decide → (headline,
 * the author's name line beside it and dates, anchored on the first
 * decision; menus again without the headline) → decide again → assemble.
 */
import {assemble} from './assemble.js'
import {decide, PRESETS} from './decide.js'
import {blockDates, chooseDates} from './detect/dateline.js'
import {blockLines} from './detect/context.js'
import {addHeadline, detectAll} from './detect/index.js'
import {detectNameLine} from './detect/name-line.js'
import {detectTitle} from './detect/title.js'
import {blockLowers, documentFeatures} from './features.js'
import {checkBlockRoom, checkHeapRoom} from './heap-room.js'
import {findMarkup} from './markup/index.js'
import {normalize} from './normalize.js'
import {checkOptions} from './options.js'
import {segment} from './segment.js'
import type {Article, CleanOptions} from './types.js'

/**
 * Clean scraped article text: find the article, its headline, date, authors
 * and language, and set aside everything else with its kind, offsets and
 * reason.
 *
 * @param text The text a scraper got from a page.
 * @param options How aggressive to be, which languages to expect, whether to look for spun text.
 * @throws {TypeError} When `text` is not a string or an option is invalid.
 * @throws {InputTooLargeError} (a `RangeError`) When the input would not fit in the heap the process has left.
 */
export function cleanArticle(text: string, options: CleanOptions = {}): Article {
  if (typeof text !== 'string') throw new TypeError(`cleanArticle: expected \`text\` to be a string, got ${describe(text)}`)
  const settings = checkOptions(options)
  checkHeapRoom(text)
  const doc = segment(text, normalize(text, settings.markup ? findMarkup(text) : null))
  checkBlockRoom(doc)
  // The line keys and the phrase lookups start from the same lower-cased texts.
  const lowers = blockLowers(doc)
  const base = {doc, features: documentFeatures(doc, lowers), lines: blockLines(doc, lowers), lowers}
  // Dates are found once: the date-line detector and the date choice both read them.
  const context = {...base, dates: blockDates(base)}
  const {removeAt} = PRESETS[settings.preset]
  const findings = detectAll(context, removeAt)
  const first = decide(doc, context.features, findings, settings.preset)
  const title = detectTitle(context, first.run.start, findings)
  const nameLine = detectNameLine(context, title.index >= 0 ? title.index : first.run.start, findings)
  const all = addHeadline(context, findings, [...title.findings, ...nameLine], removeAt)
  const decision = decide(doc, context.features, all, settings.preset)
  const dates = chooseDates(context.dates, title.index, decision.run.start)
  return assemble(doc, {decision, findings: all, title, dates, options: settings})
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'an array' : typeof value
}
