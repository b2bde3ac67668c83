/**
 * Sentence spans with retext's Latin-script parser.
 *
 * Used where the text's own shape gives no blocks (a whole page on one line)
 * and by detectors that count sentences. Parsing is per slice, never the whole
 * page: parse-latin runs at about 1 MB/s, so callers hand it only what needs it.
 */
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import type {Span} from './types.js'

// Frozen once: a frozen processor cannot be configured further, so sharing it is safe.
const latin = unified().use(retextLatin).freeze()

interface PositionedNode {
  type: string
  children?: PositionedNode[]
  position?: {start: {offset?: number}; end: {offset?: number}}
}

/**
 * Spans of the sentences in `text.slice(start, end)`, as offsets into `text`.
 * Whitespace between sentences belongs to no span.
 */
export function sentenceSpans(text: string, start = 0, end = text.length): Span[] {
  // parse-latin slows down quadratically on very long input: parse in chunks
  // cut at white space (a sentence that straddles a cut is cut too).
  const spans: Span[] = []
  let from = start
  while (from < end) {
    let to = Math.min(end, from + CHUNK)
    if (to < end) {
      const space = text.lastIndexOf(' ', to)
      if (space > from + CHUNK / 2) to = space
    }
    spans.push(...chunkSpans(text, from, to))
    from = to
  }
  return spans
}

/** Characters parsed at once. */
export const CHUNK = 16_384

function chunkSpans(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end)
  if (slice.trim() === '') return []
  const tree = latin.parse(slice) as unknown as PositionedNode
  const spans: Span[] = []
  for (const paragraph of tree.children ?? []) {
    for (const node of paragraph.children ?? []) {
      if (node.type !== 'SentenceNode') continue
      const s = node.position?.start.offset
      const e = node.position?.end.offset
      if (s === undefined || e === undefined || e <= s) continue
      spans.push({start: start + s, end: start + e})
    }
  }
  return spans
}
