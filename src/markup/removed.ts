/**
 * The markup set aside, as `removed` entries. A markup edit inside a removed
 * block is already held by that block's entry. An escape or reference
 * (`\n` in JSON, `&nbsp;` in HTML) is text, but one that falls outside every
 * kept and removed block (white space between paragraphs) would be
 * accounted for nowhere: it is reported as markup too. Entries that touch
 * are merged.
 */
import type {Markup, Removed, Span} from '../types.js'

/** Why markup goes, by format. */
const REASONS: Readonly<Record<Markup['format'], string>> = {
  html: 'HTML markup around the text (tags, comments, scripts and styles), not text a reader sees.',
  json: 'JSON around the text (keys, quotes, brackets, numbers, escaped line breaks), not text a reader sees.'
}

/**
 * `removed` (ascending, apart) with the markup that neither it nor `kept`
 * (the kept blocks' spans, ascending) holds, in input order.
 */
export function withMarkup(input: string, markup: Markup | null, removed: readonly Removed[], kept: readonly Span[]): Removed[] {
  if (markup === null) return [...removed]
  const found = unheldMarkup(markup, removed, kept)
  const entries = found.map((span): Removed => {
    return {kind: 'markup', start: span.start, end: span.end, text: input.slice(span.start, span.end), reason: REASONS[markup.format], rule: 'markup'}
  })
  return mergeSorted(removed, entries)
}

/** Spans of markup edits (and of escapes outside every block) that no block's span holds; touching ones merged. */
function unheldMarkup(markup: Markup, removed: readonly Span[], kept: readonly Span[]): Span[] {
  const found: Span[] = []
  const inRemoved = holderOf(removed)
  const inKept = holderOf(kept)
  for (const edit of markup.edits) {
    if (inRemoved(edit)) continue
    if (!edit.markup && inKept(edit)) continue
    const last = found[found.length - 1]
    if (last !== undefined && last.end === edit.start) last.end = edit.end
    else found.push({start: edit.start, end: edit.end})
  }
  return found
}

/**
 * A test of whether one of `spans` (ascending, apart) holds a span, for
 * spans asked in ascending order: one walk over `spans` for all of them.
 */
function holderOf(spans: readonly Span[]): (span: Span) => boolean {
  let k = 0
  return (span) => {
    while (k < spans.length && (spans[k] as Span).end <= span.start) k++
    const holder = spans[k]
    return holder !== undefined && holder.start <= span.start && span.end <= holder.end
  }
}

/** Two ascending lists as one, by start. */
function mergeSorted(a: readonly Removed[], b: readonly Removed[]): Removed[] {
  const out: Removed[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as Removed).start <= (b[j] as Removed).start) ? a[i++] : b[j++]
    out.push(next as Removed)
  }
  return out
}
