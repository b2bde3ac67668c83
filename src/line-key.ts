/**
 * The key two copies of one line share, compared CCNet-style: lower case,
 * digits folded to 0, punctuation dropped. Computed once per block (see
 * `BlockFeatures.key`).
 */
const NOT_WORD = /[^\p{L}\p{N}]+/gu
const DIGIT = /\p{N}/gu

/** The key two copies of one line share. */
export function lineKey(text: string): string {
  return text.toLowerCase().replace(DIGIT, '0').replace(NOT_WORD, ' ').trim()
}
