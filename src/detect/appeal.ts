/**
 * What a site says to its readers around the article: calls to action
 * ("Sign up for our newsletter", "Unterstützen Sie uns"), invitations to
 * comment ("Let us know in the comments") and disclosures ("This post
 * contains affiliate links", "licensed under Creative Commons").
 *
 * Articles use these words now and then, so every finding here is weak
 * (below the removal threshold): the decider acts on it only at the edges
 * of the article, where these notes gather.
 */
import {containsPhrase} from '../phrase-match.js'
import type {PhraseField} from '../data/phrases.js'
import type {RemovedKind} from '../types.js'
import {blockFinding, blockFindings, blockLines, type Detector} from './context.js'

/** The rule id of every finding here (the title and the extent look for it). */
export const APPEAL_RULE = 'appeal'
/** Longer blocks are article prose, whatever they mention. */
export const MAX_APPEAL_WORDS = 120
/** The confidence of every appeal finding: a hint, not a verdict. */
export const APPEAL_CONFIDENCE = 0.5

/** Each weak list, the kind it reports and why. */
const LISTS: ReadonlyArray<{field: PhraseField; kind: RemovedKind; reason: string}> = [
  {field: 'appeal', kind: 'subscribe', reason: 'A call to action'},
  {field: 'commentInvite', kind: 'comments', reason: 'An invitation to comment'},
  {field: 'disclosure', kind: 'copyright', reason: 'A disclosure or licence note'}
]

/** Find calls to action, comment invitations and disclosures (weak findings). */
export const detectAppeal: Detector = ({doc, features, lines = blockLines(doc)}) =>
  blockFindings(doc, (block, i) => {
    const f = features[i]
    if (!f || f.words > MAX_APPEAL_WORDS) return null
    const line = lines(i)
    // No token of half the blocks begins an entry of any list: they hold
    // none, and no list need be asked (see `PreparedLine.firstFields`).
    if (line.firstFields === 0) return null
    for (const {field, kind, reason} of LISTS) {
      // A disclosure states; a question naming a licence asks about it ("Was ist Creative Commons?").
      if (field === 'disclosure' && block.text.endsWith('?')) continue
      const hit = containsPhrase(field, line)
      if (hit) return blockFinding(block, kind, APPEAL_CONFIDENCE, `${reason} ("${hit.phrase}").`, APPEAL_RULE)
    }
    return null
  })
