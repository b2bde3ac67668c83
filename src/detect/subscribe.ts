/**
 * Subscribe, newsletter, sign-in and paywall lines. Prose that mentions a
 * newsletter is long and dense; these lines are short calls to action.
 */
import {containsPhrase, matchesWhole} from '../phrase-match.js'
import {blockFinding, blockFindings, blockLines, type Detector} from './context.js'

/** Find subscribe and sign-in prompts. */
export const detectSubscribe: Detector = ({doc, features, lines = blockLines(doc)}) =>
  blockFindings(doc, (block, i) => {
    const f = features[i]
    if (!f || f.words > 40) return null
    if (f.words <= 4 && matchesWhole('signIn', lines(i))) {
      return blockFinding(block, 'subscribe', 0.85, 'A sign-in link.', 'subscribe')
    }
    const hit = containsPhrase('subscribe', lines(i))
    if (!hit) return null
    const confidence = f.words <= 12 ? 0.9 : f.prose ? 0.5 : 0.7
    return blockFinding(block, 'subscribe', confidence, `A subscribe or sign-in prompt ("${hit.phrase}").`, 'subscribe')
  })
