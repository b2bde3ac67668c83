/**
 * Photo captions and credits: "Photo: Reuters", "(Photo Credit: PTI)",
 * "… Credit: Jane Doe, University of Tokyo", "Getty Images", "Buy Photo",
 * "1 of 12". Gold article bodies leave captions out; so does unspun.
 */
import {containsPhrase, matchesWhole, startsWithPhrase} from '../phrase-match.js'
import {blockFinding, blockFindings, blockLines, type Detector} from './context.js'

/** Words that introduce a credit when a colon or a slash follows ("Credit: …", "Foto: dpa"). */
const CREDIT_KEYWORDS = ['Credit', 'Credits', 'Photo', 'Photograph', 'Image', 'Picture', 'Foto', 'Bild', 'Fotos', 'Quelle', 'Crédit', 'Imagen', 'Fonte', 'Fot', 'Фото', 'Fotoğraf']
/** Words of which each of `CREDIT_NAMES` holds one. */
const CREDIT_NAME_WORDS = ['Photo', 'Getty', 'Shutterstock']
/** Credits that need no colon; each holds one of `CREDIT_NAME_WORDS` (see `mayHoldCredit`). */
const CREDIT_NAMES = String.raw`\bPhoto Credit\b|\(AP Photo\b|\bvia Getty Images\b|\bGetty Images\b|\bShutterstock\b`
// A credit keyword: "Credit: …", "Photo: …", "(AP Photo/…)", "Foto: dpa". It may
// be glued to the caption before it ("…treatmentCredit: EPA").
const CREDIT = new RegExp(String.raw`(?:(?:(?<![\p{L}\p{N}])|(?<=\p{Ll}))(?:${CREDIT_KEYWORDS.join('|')})(?![\p{L}\p{N}]) *[:/]|${CREDIT_NAMES})`, 'u')
/** A credit runs at most this far to the end of the block. */
const MAX_CREDIT = 120

/**
 * The block ends in a credit: a credit keyword after the last sentence mark,
 * with at most `MAX_CREDIT` characters after it. Searching only the tail
 * keeps this linear.
 */
export function endsInCredit(text: string): boolean {
  const from = hintedTail(text)
  if (from < 0) return false
  const tail = text.slice(from)
  if (!mayHoldCredit(tail)) return false
  const match = CREDIT.exec(tail)
  if (!match) return false
  const rest = tail.slice(match.index + match[0].length).replace(/\)$/u, '')
  return rest.length <= MAX_CREDIT
}

/** The hints: ":", "/" and `CREDIT_NAME_WORDS` (see `hintedTail`). */
const HINTS = [':', '/', ...CREDIT_NAME_WORDS]

/** For each code unit below U+0080, the hints that start with it, if any. */
const HINTS_BY_START: readonly (readonly string[] | undefined)[] = (() => {
  const table: string[][] = []
  for (const hint of HINTS) (table[hint.charCodeAt(0)] ??= []).push(hint)
  return Array.from({length: 0x80}, (_, code) => table[code])
})()

/**
 * Where the tail after the last sentence mark (".", "!", "?") of `text`
 * starts, or -1 when the tail holds none of `HINTS`, one of which every
 * tail `CREDIT` can match holds (see `mayHoldCredit`). One pass back from
 * the end finds both, and turns away most blocks with no copy of the tail
 * and no regex.
 */
function hintedTail(text: string): number {
  let hinted = false
  let i = text.length - 1
  for (; i >= 0; i--) {
    const code = text.charCodeAt(i)
    if (code === 0x2e || code === 0x21 || code === 0x3f) break
    if (!hinted && code < 0x80) hinted = startsHint(text, i, HINTS_BY_START[code])
  }
  return hinted ? i + 1 : -1
}

/** Whether one of `hints` starts at `i`. */
function startsHint(text: string, i: number, hints: readonly string[] | undefined): boolean {
  if (hints === undefined) return false
  for (const hint of hints) if (text.startsWith(hint, i)) return true
  return false
}

/**
 * Whether `CREDIT` can match `tail`, which holds a hint (see
 * `hintedTail`): the regex is case-sensitive, and each alternative holds
 * one of `CREDIT_NAME_WORDS`, or one of `CREDIT_KEYWORDS` with ":" or "/"
 * after it. Looking for those first spares most tails a regex with
 * look-behinds tried at every position: a colon or slash alone let a tail
 * in fifteen times as often, and those tails were most of the detector's
 * time.
 */
function mayHoldCredit(tail: string): boolean {
  if (CREDIT_NAME_WORDS.some((word) => tail.includes(word))) return true
  // Without a name word, the tail's hint is ":" or "/".
  return CREDIT_KEYWORDS.some((keyword) => tail.includes(keyword))
}
const CONTROL = /^(?:buy photo|enlarge this image|hide caption|toggle caption|show caption|view gallery|view slideshow|wait \d+ seconds?|\d+ of \d+|\d+\/\d+|image \d+ of \d+|photo \d+ of \d+)$/iu

/** Find captions, credits and gallery controls. */
export const detectCaption: Detector = ({doc, features, lines = blockLines(doc)}) =>
  blockFindings(doc, (block, i) => {
    const f = features[i]
    if (!f || f.words > 80) return null
    const text = block.text
    if (CONTROL.test(text) || (f.words <= 6 && matchesWhole('captionControls', lines(i)))) {
      return blockFinding(block, 'caption', 0.9, 'A photo or gallery control.', 'caption')
    }
    if (f.words <= 12 && matchesWhole('caption', lines(i))) {
      return blockFinding(block, 'caption', 0.85, 'A photo credit.', 'caption')
    }
    if (endsInCredit(text)) {
      return blockFinding(block, 'caption', f.words <= 40 ? 0.85 : 0.7, 'A photo caption ending in a credit.', 'caption')
    }
    if (f.words <= 16 && !f.terminal && startsWithPhrase('captionStarts', lines(i))) {
      return blockFinding(block, 'caption', 0.7, 'A line that starts like a photo credit.', 'caption')
    }
    const hit = f.words <= 10 ? containsPhrase('caption', lines(i)) : null
    if (hit) return blockFinding(block, 'caption', 0.75, `A photo credit ("${hit.phrase}").`, 'caption')
    return null
  })
