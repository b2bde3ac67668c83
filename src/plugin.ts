/**
 * unspun as a unified plugin: `retext().use(retextLatin).use(retextUnspun)`.
 *
 * The plugin reads the file's text (not the tree: unspun has its own
 * segmentation), cleans it with `cleanArticle`, keeps the article on
 * `file.data.article`, and reports one message per removed span and per spun
 * passage, with positions in the file, so that `vfile-reporter` and editors
 * show them like any lint message.
 *
 * Removed spans are *info* messages (`fatal` unset): setting chrome aside is
 * what unspun is for, not a problem in the text. Spun passages are
 * *warnings* (`fatal: false`): the text says something other than what was
 * written, so `vfile-reporter` counts only spun passages as warnings.
 */
import type {Node, Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {checkOptions} from './options.js'
import {cleanArticle} from './pipeline.js'
import type {Article, CleanOptions, Removed, RemovedKind, SpunFinding} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The article `retextUnspun` found in the file. */
    article: Article
  }
}

/** Options of `retextUnspun`: those of `cleanArticle`, and which removed kinds not to report. */
export type Options = CleanOptions & {
  /** Kinds of removed spans to leave out of the messages (default: none); they stay in `file.data.article.removed`. */
  ignore?: readonly RemovedKind[]
}

/** Where the README explains the messages. */
export const REMOVED_URL = 'https://github.com/unspun/unspun#removed-kinds'
/** Where the README explains spun text. */
export const SPUN_URL = 'https://github.com/unspun/unspun#findspuntext-options'
/** The `source` of every message. */
export const SOURCE = 'unspun'

// Every kind once; `satisfies` makes the compiler check the list is complete.
const KINDS = Object.keys({
  'page-date': true,
  title: true,
  'duplicate-title': true,
  dateline: true,
  byline: true,
  'author-footer': true,
  related: true,
  navigation: true,
  share: true,
  subscribe: true,
  cookie: true,
  advertisement: true,
  copyright: true,
  comments: true,
  counter: true,
  caption: true,
  repeated: true,
  boilerplate: true,
  markup: true,
  whitespace: true
} satisfies Record<RemovedKind, true>)

/**
 * Clean the file's text and report what was set aside and what looks spun.
 *
 * @param options Options of `cleanArticle`, and `ignore`: removed kinds not to report.
 * @returns The transformer; it never changes the tree.
 * @throws {TypeError} When an option is invalid (at `.use()` time, not per file).
 */
export function retextUnspun(options?: Options | null): (tree: Node, file: VFile) => undefined {
  const settings = readOptions(options)
  return (_tree, file) => {
    const value = String(file)
    const article = cleanArticle(value, settings.clean)
    file.data.article = article
    const toPoint = pointFinder(value)
    const removed = article.removed.filter((span) => !settings.ignore.has(span.kind))
    const events: Array<{start: number; report: () => void}> = [
      ...removed.map((span) => ({start: span.start, report: () => reportRemoved(file, span, toPoint)})),
      ...article.spun.map((span) => ({start: span.start, report: () => reportSpun(file, span, toPoint)}))
    ]
    for (const event of events.sort((a, b) => a.start - b.start)) event.report()
    return undefined
  }
}

function readOptions(options: Options | null | undefined): {clean: CleanOptions; ignore: ReadonlySet<RemovedKind>} {
  const settings = checkOptions(options)
  const ignore = options?.ignore ?? []
  if (!Array.isArray(ignore) || !ignore.every((kind) => KINDS.includes(kind))) {
    throw new TypeError(`retextUnspun: expected \`options.ignore\` to be an array of removed kinds (${KINDS.join(', ')})`)
  }
  const clean: CleanOptions = {preset: settings.preset, spun: settings.spun, markup: settings.markup}
  if (settings.languages !== undefined) clean.languages = settings.languages
  return {clean, ignore: new Set(ignore)}
}

function reportRemoved(file: VFile, span: Removed, toPoint: (offset: number) => Point): void {
  const message = file.info(span.reason, {place: place(span, toPoint), ruleId: span.kind, source: SOURCE})
  message.actual = span.text
  message.expected = []
  message.url = REMOVED_URL
  message.note = `Set aside as \`${span.kind}\` by the \`${span.rule}\` rule; it is not part of the article's body.`
}

function reportSpun(file: VFile, span: SpunFinding, toPoint: (offset: number) => Point): void {
  const reason =
    span.original === null
      ? `Unexpected spun phrase \`${span.text}\``
      : `Unexpected spun phrase \`${span.text}\`, expected \`${span.original}\``
  const message = file.message(reason, {place: place(span, toPoint), ruleId: 'spun', source: SOURCE})
  message.actual = span.text
  message.expected = span.original === null ? [] : [span.original]
  message.url = SPUN_URL
  message.note = `${span.evidence} (confidence ${span.confidence}).`
}

function place(span: {start: number; end: number}, toPoint: (offset: number) => Point): Position {
  return {start: toPoint(span.start), end: toPoint(span.end)}
}

/**
 * A function from offsets to `{line, column, offset}` (both 1-based) over
 * `value`. Line starts are found in one pass; each lookup is a binary
 * search. CR, LF and CRLF each end a line, as in `vfile-location`.
 */
export function pointFinder(value: string): (offset: number) => Point {
  const starts = [0]
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 10 || (code === 13 && value.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, value.length))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if ((starts[middle] as number) <= clamped) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: clamped - (starts[low] as number) + 1, offset: clamped}
  }
}
