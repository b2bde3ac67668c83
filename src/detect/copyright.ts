/**
 * Copyright and legal lines: "© 2024 Example Media", "All rights reserved",
 * and short link lines such as "Privacy Policy" or "Impressum".
 */
import {containsPhrase, matchesWhole} from '../phrase-match.js'
import {blockFinding, blockFindings, blockLines, type Detector} from './context.js'

// "Copyright 2024 …" or "Copyright © …"; prose about copyright law does not count.
const COPYRIGHT_SIGN = /©|\(c\) ?(?:19|20)\d\d|^copyright\b|\bcopyright (?:\(c\)|(?:19|20)\d\d)/iu

/**
 * "©", "(c)" or "copyright": the lower-cased text (`whole`, see
 * `PreparedLine`) holds one wherever `COPYRIGHT_SIGN` matches. "©" and the
 * brackets lower-case to themselves and only "c" and "C" to "c"; `whole`
 * also folds quotes, white space and the marks at its ends, none of which
 * these hold. One scan of `whole` for the three, instead of four
 * `includes` (two of them over the text as printed, for "(c)" and "(C)"),
 * measured a fifth faster over the eval pages' blocks.
 */
const COPYRIGHT_HINT = /©|\(c\)|copyright/

/**
 * `COPYRIGHT_SIGN.test(text)`, with `whole` the text lower-cased (see
 * `PreparedLine`). The sign cannot match without one of `COPYRIGHT_HINT`,
 * and looking for those first spares most blocks the costly regex. A bare
 * "(" let in a block in twenty, most of them prose with an aside.
 */
function copyrightSign(text: string, whole: string): boolean {
  return COPYRIGHT_HINT.test(whole) && COPYRIGHT_SIGN.test(text)
}

/** Find copyright notices and legal link lines. */
export const detectCopyright: Detector = ({doc, features, lines = blockLines(doc)}) =>
  blockFindings(doc, (block, i) => {
    const f = features[i]
    if (!f || f.words > 60) return null
    if (copyrightSign(block.text, lines(i).whole) || containsPhrase('copyright', lines(i))) {
      return blockFinding(block, 'copyright', f.words <= 30 ? 0.9 : 0.7, 'A copyright notice.', 'copyright')
    }
    if (f.words <= 6 && matchesWhole('legal', lines(i))) {
      return blockFinding(block, 'copyright', 0.85, 'A link to legal pages (privacy, terms, imprint).', 'copyright')
    }
    return null
  })
