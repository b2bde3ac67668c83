/**
 * Room on the heap for one input. Cleaning holds the whole page's blocks,
 * their features and their tokens at once, about 50 bytes of heap for each
 * input character (measured on real pages joined into one input: 2.4 GB for
 * 50 MB). Past what the process's heap allows, V8 would abort the whole
 * process ("JavaScript heap out of memory"), taking every other page of a
 * batch with it; a `RangeError` the caller can catch is the better end.
 */
import {getHeapStatistics} from 'node:v8'

/** Heap bytes to have free for each input character: the measured 50 and a margin. */
export const HEAP_PER_CHAR = 64

/** Inputs shorter than this are not checked: they need under 64 MB. */
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
 * Throw an `InputTooLargeError` when cleaning `length` characters would not
 * fit in the heap this process has left.
 */
export function checkHeapRoom(length: number): void {
  if (length < CHECKED_FROM) return
  const {heap_size_limit: limit, used_heap_size: used} = getHeapStatistics()
  const needed = length * HEAP_PER_CHAR
  if (needed > limit - used) throw new InputTooLargeError(length, needed, limit - used)
}
