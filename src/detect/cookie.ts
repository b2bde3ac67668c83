/**
 * Cookie and consent notices. "cookie" alone is not enough (recipes bake
 * cookies) and "consent" alone is not either (courts rule on consent): a long
 * line needs both a cookie word and a consent word; a short button-like line
 * ("Accept all", "Zustimmen") needs only a consent phrase.
 */
import {containsPhrase} from '../phrase-match.js'
import {blockFinding, blockFindings, blockLines, type Detector} from './context.js'

const CONSENT_CONTEXT =
  /(?<![\p{L}\p{N}])(?:accept|agree|consent|concord|aceit|polic(?:y|ies)|privacy|settings|preferences|browser|website|tracking|partners|zustimm|akzept|einwillig|datenschutz|accepter|consentement|aceptar|acconsent|aceitar|akkoord|akceptuj|соглас|згод|kabul)/iu
const COOKIE = /cookie|çerez/iu

/**
 * Whether `COOKIE` may match a text, by the text lower-cased (`lower`,
 * when the caller has it): every character the regex matches (its case
 * folding, `iu`, takes the Kelvin sign for a "k") lower-cases to the letter
 * it matched, so the lower-cased text holds "cookie" or "çerez" wherever
 * the regex matches (keep both in step). A plain search of it took three
 * quarters of the time of the case-folding regex over the text.
 */
function mayNameCookies(lower: string | undefined): boolean {
  return lower === undefined || lower.includes('cookie') || lower.includes('çerez')
}

/** Find cookie and consent notices. */
export const detectCookie: Detector = ({doc, features, lowers, lines = blockLines(doc)}) =>
  blockFindings(doc, (block, i) => {
    const f = features[i]
    if (!f || f.words > 150) return null
    if (mayNameCookies(lowers?.[i]) && COOKIE.test(block.text) && CONSENT_CONTEXT.test(block.text)) {
      return blockFinding(block, 'cookie', f.words <= 80 ? 0.9 : 0.7, 'A cookie or consent notice.', 'cookie')
    }
    const hit = f.words <= 6 ? containsPhrase('cookie', lines(i)) : null
    if (!hit) return null
    return blockFinding(block, 'cookie', 0.6, `A consent button or label ("${hit.phrase}").`, 'cookie')
  })
