/**
 * Room on the heap for one input. Cleaning holds the whole page's blocks,
 * their features and their prepared lines at once, and a block costs far
 * more than a character: about 1 KB for each block and 12 bytes for each
 * character (measured on real pages joined into 20 million characters,
 * 366,000 blocks, 620 MB; on 5 million characters of three-character lines,
 * 1.67 million blocks, about 1.8 GB). Past what the process's heap allows,
 * V8 would abort the whole process ("JavaScript heap out of memory"),
 * taking every other page of a batch with it; a `RangeError` the caller can
 * catch is the better end. The room is checked twice: before segmenting,
 * from the input's lines, and after, from its blocks, before the costly
 * stages.
 */
import {getHeapStatistics} from 'node:v8'
import type {Doc} from './types.js'

/** Heap bytes cleaning needs for each block once segmented: the measured 1 KB and a margin. */
export const HEAP_PER_BLOCK = 1400
/** Heap bytes cleaning needs for each character besides its blocks': the measured 12 and a margin. */
export const HEAP_PER_CHAR = 16
/** Heap bytes segmenting needs for each line of the input (about 250 measured). */
export const SEGMENT_PER_LINE = 300

/** Inputs shorter than this are not checked: they need a few hundred MB at most. */
const CHECKED_FROM = 1_000_000

/** Thrown when an input is too large for the heap this process may use. */
export class InputTooLargeError extends RangeError {
  /** Stable code, for callers that test it rather than the class. */
  readonly code = 'UNSPUN_INPUT_TOO_LARGE'
  /** Characters in the input. */
  readonly length: number
  /** Heap bytes cleaning it would need, about. */
  readonly needed: number
  /** Heap bytes the process has left. */
  readonly available: number

  constructor(length: number, needed: number, available: number) {
    const mb = (bytes: number): string => `${Math.ceil(bytes / 1e6)} MB`
    super(
      `cleanArticle: an input of ${(length / 1e6).toFixed(1)} million characters needs about ${mb(needed)} of heap, ` +
        `and this process has ${mb(available)} left; split the input, or raise node's --max-old-space-size`
    )
    this.name = 'InputTooLargeError'
    this.length = length
    this.needed = needed
    this.available = available
  }
}

/**
 * Throw an `InputTooLargeError` when segmenting `text` would not fit in the
 * heap this process has left: its characters, and its lines, which become
 * blocks (a page on one line is cut into sentences, which the characters'
 * share covers).
 */
export function checkHeapRoom(text: string): void {
  if (text.length < CHECKED_FROM) return
  ensureRoom(text.length, text.length * HEAP_PER_CHAR + countLines(text) * SEGMENT_PER_LINE)
}

/** Throw an `InputTooLargeError` when cleaning the segmented `doc` would not fit in the heap left. */
export function checkBlockRoom(doc: Doc): void {
  if (doc.input.length < CHECKED_FROM) return
  ensureRoom(doc.input.length, doc.blocks.length * HEAP_PER_BLOCK + doc.text.length * HEAP_PER_CHAR)
}

function ensureRoom(length: number, needed: number): void {
  const {heap_size_limit: limit, used_heap_size: used} = getHeapStatistics()
  if (needed > limit - used) throw new InputTooLargeError(length, needed, limit - used)
}

/** Lines of `text` (LF, CRLF or CR ends), counted without copying it. */
function countLines(text: string): number {
  return Math.max(count(text, '\n'), count(text, '\r')) + 1
}

function count(text: string, char: string): number {
  let n = 0
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++
  return n
}
