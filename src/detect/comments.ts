/**
 * Comment sections and comment forms. A comments heading ("Comments",
 * "12 Comments", "Leave a Reply", "Kommentare") after most of the page's
 * prose opens the comment section, which runs to the end of the page or to
 * the next section a detector knows (related, subscribe). boilerpipe uses the
 * same kind of end-of-text markers.
 */
import {flagsAt, LETTER, SPACE} from '../char-class.js'
import {containsPhrase, matchesWhole} from '../phrase-match.js'
import type {Block, Finding} from '../types.js'
import {blockFinding, blockLines, type Detector} from './context.js'

const COUNT_HEADING =
  /^\d+ *(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties|komentarz[ey]?|комментари[йяев]*|коментар(?:ів|і)?|yorum)$/iu
// A comment's signature: "Jane says: November 19, 2019 at 7:06 am",
// "Jane on September 17, 2018 at 6:34 am said:". Strong evidence wherever it stands.
const SIGNATURE =
  /(?<![\p{L}\p{N}])(?:says|said|wrote|sagt|schreibt|écrit|dice|escribió|scrive|diz|schreef|pisze|пишет|написал): +(?:on +)?(?:\p{L}{3,9}\.? +\d{1,2}(?:st|nd|rd|th)?,? +\d{4}|\d{1,2}\.? +\p{L}{3,9}\.? +\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})|\b\d{4},? +(?:at|um|à|a las|alle|às|om|o) +\d{1,2}[:.]\d{2} *(?:[ap]\.?m\.?)? *(?:said|says|wrote|schrieb|a écrit|escribió|scrisse|escreveu|schreef|napisał|написал):/iu
/**
 * Every verb `SIGNATURE` puts right before a colon, with its flags: a
 * match of `SIGNATURE` ends in one of them and the colon (keep both in
 * step). Each matches as many code units as it has, as `SIGNATURE`'s
 * verbs do (case folding under `iu` maps no BMP letter to an astral one).
 */
const SIGNATURE_VERB =
  /(?:says|said|wrote|sagt|schreibt|écrit|dice|escribió|scrive|diz|schreef|pisze|пишет|написал|schrieb|scrisse|escreveu|napisał)$/iu
/** The longest `SIGNATURE_VERB`, in code units. */
const LONGEST_SIGNATURE_VERB = 8
// Markers of a comment section that never stand in article prose.
const SECTION_MARKER =
  /\b(?:\d+ (?:Comments|Responses|Replies)\b|Comments are closed|Leave a (?:Reply|Comment)|Post a Comment|Add (?:a|your) comment|Join the (?:conversation|discussion))/u
// The fine print of a comment form, in the languages unspun knows.
const FORM_NOTICE =
  /\b(?:e-?mail address will not be published|e-mail-adresse wird nicht veröffentlicht|adresse (?:e-?mail|de messagerie) ne sera pas publiée|correo electrónico no será publicada|indirizzo (?:e-?mail|email) non sarà pubblicato|e-mail não será publicado|e-mailadres wordt niet gepubliceerd|adres e-?mail nie zostanie opublikowany|uses akismet to reduce spam|verwendet akismet|required fields are marked|erforderliche felder sind)/iu
/**
 * Pieces of words every `FORM_NOTICE` alternative holds, lower-cased:
 * "publ" and "pubbl" ("ub[bl]"), "öffentlich", "akismet", "required",
 * "erforderliche". None has an "s", which `FORM_NOTICE` also finds as a
 * long s ("ſ", which lower-cases to itself); every other letter a match
 * holds lower-cases to the letter it matched, so the notice's text,
 * lower-cased, holds one of them wherever the notice matches (keep both in
 * step). Pieces that start with rare letters ("q", "k") let the scan
 * skip ahead: the whole words took a third longer.
 */
const FORM_NOTICE_WORDS = /ub[bl]|fentl|aki|quir|forde/
// "[ 167 comments ]", "(12 Kommentare)": the brackets are link decoration.
const BRACKETS = /^[[(\s]+|(?<![\])\s])[\])\s]+$/g
const FORM_FIELD = /^(?:name|e-?mail|website|your (?:name|email|comment)|comment|post comment|submit|cancel reply|required fields are marked|save my name, email, and website in this browser for the next time i comment\.?)\*?$/iu

/** Find comment headings, forms and the comment section they open. */
export const detectComments: Detector = ({doc, features, lines = blockLines(doc)}) => {
  const findings: Finding[] = []
  const proseChars = features.reduce((sum, f) => sum + (f.prose ? f.chars : 0), 0)
  let proseSoFar = 0
  let proseBlocks = 0
  let open = false
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i] as Block
    const f = features[i]
    if (!f) continue
    // Only a short block can be a heading: strip brackets there alone, and
    // look up the prepared line when there were none.
    const bare = f.words <= 8 ? withoutBrackets(block.text) : ''
    const heading =
      f.words <= 8 && (COUNT_HEADING.test(bare) || matchesWhole('comments', bare === block.text ? lines(i) : bare) !== null)
    if (heading) {
      findings.push(blockFinding(block, 'comments', 0.9, 'A comment-section heading.', 'comments'))
      // Only a heading after most of the prose opens a section: a "Comments"
      // link in the top menu must not swallow the article.
      // Long threads can outweigh the article, so a few paragraphs before suffice.
      open = proseSoFar >= proseChars * 0.6 || (proseBlocks >= 3 && proseSoFar >= 600)
      continue
    }
    if (f.words <= 40 && FORM_NOTICE_WORDS.test(lines(i).whole) && FORM_NOTICE.test(block.text)) {
      findings.push(blockFinding(block, 'comments', 0.85, 'The fine print of a comment form.', 'comments'))
      continue
    }
    if (f.words <= 14 && (FORM_FIELD.test(block.text) || (f.words <= 8 && containsPhrase('comments', lines(i))))) {
      findings.push(blockFinding(block, 'comments', 0.8, 'Part of a comment form.', 'comments'))
      continue
    }
    // Every signature has a colon after a word, and every marker one of a
    // few words: looking for those first spares prose the costly regexes.
    const text = block.text
    if (!open && proseSoFar > 0 && ((colonAfterVerb(text) && SIGNATURE.test(text)) || (mayMarkSection(text) && SECTION_MARKER.test(text)))) {
      // A signed comment (or a comment-section marker) after the article's prose began.
      findings.push(blockFinding(block, 'comments', 0.75, 'A signed reader comment or a comment-section marker.', 'comments'))
      open = true
      continue
    }
    if (open) findings.push(blockFinding(block, 'comments', 0.7, 'Inside the comment section.', 'comments'))
    if (f.prose) {
      proseSoFar += f.chars
      proseBlocks++
    }
  }
  return findings
}

/**
 * `text.replace(BRACKETS, '')`. The regex removes nothing unless the line
 * starts with "[", "(" or a space or ends with "]", ")" or a space: looking
 * at the two ends first spares most lines a regex tried at every position.
 */
function withoutBrackets(text: string): string {
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(text.length - 1)
  const edged = first === 0x5b || first === 0x28 || last === 0x5d || last === 0x29 || isSpaceAt(text, 0) || isSpaceAt(text, text.length - 1)
  return edged ? text.replace(BRACKETS, '') : text
}

/** `\s` at `i`. */
function isSpaceAt(text: string, i: number): boolean {
  return (flagsAt(text, i) & SPACE) !== 0
}

/**
 * Whether `text` has a colon right after one of the verbs `SIGNATURE` puts
 * before its colon ("says:", "schrieb:"). Colons after other letters are
 * common in prose ("He said this: …"), and the regex tried at every
 * position of such a paragraph cost more than the rest of the detector.
 * Only colons right after a letter (or half of a surrogate pair, taken as
 * maybe one) are looked at: times ("10:30") never count.
 */
function colonAfterVerb(text: string): boolean {
  for (let at = text.indexOf(':', 1); at > 0; at = text.indexOf(':', at + 1)) {
    const before = text.charCodeAt(at - 1)
    const letter = (before >= 0xdc00 && before <= 0xdfff) || (flagsAt(text, at - 1) & LETTER) !== 0
    if (letter && SIGNATURE_VERB.test(text.slice(Math.max(0, at - LONGEST_SIGNATURE_VERB), at))) return true
  }
  return false
}

/**
 * Whether `text` holds a word every `SECTION_MARKER` alternative holds
 * (the regex is case-sensitive): "mment" ("Comments", "Post a Comment",
 * "Add a comment"), "Repl" ("Replies", "Leave a Reply"), "Responses" or
 * "Join the " (keep both in step). "mment", not "omment": a search stops
 * at each first letter, and "m" is a third as common as "o" in prose.
 */
function mayMarkSection(text: string): boolean {
  return text.includes('mment') || text.includes('Repl') || text.includes('Responses') || text.includes('Join the ')
}
