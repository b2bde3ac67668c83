/**
 * The key two copies of one line share, compared CCNet-style: lower case,
 * digits folded to 0, punctuation dropped. Computed once per block (see
 * `BlockFeatures.key`).
 */
import {BMP_FLAGS, flagsAt, LETTER, NUMBER, widthAt} from './char-class.js'

/**
 * The key two copies of one line share: the line lower-cased, every number
 * character (`\p{N}`) made `0`, every run of other characters that are not
 * letters (`\p{L}`) made one space, trimmed. One pass over a character table
 * (every block of every page gets a key, so this was a twentieth of the time
 * as three regex passes).
 */
export function lineKey(text: string): string {
  const lower = text.toLowerCase()
  let key = ''
  // Start of the run of letters being read, or -1.
  let run = -1
  // Characters that are neither letters nor numbers were skipped since the last kept one.
  let gap = false
  let i = 0
  while (i < lower.length) {
    const code = lower.charCodeAt(i)
    // The table inline, and the rare surrogate pair by code point (hot loop).
    const flags = code >= 0xd800 && code <= 0xdbff ? flagsAt(lower, i) : (BMP_FLAGS[code] as number)
    if (flags & LETTER) {
      if (run < 0) {
        if (gap && key !== '') key += ' '
        gap = false
        run = i
      }
    } else {
      if (run >= 0) {
        key += lower.slice(run, i)
        run = -1
      }
      if (flags & NUMBER) {
        if (gap && key !== '') key += ' '
        gap = false
        key += '0'
      } else gap = true
    }
    i += code >= 0xd800 && code <= 0xdbff ? widthAt(lower, i) : 1
  }
  return run >= 0 ? key + lower.slice(run) : key
}
