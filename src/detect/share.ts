/**
 * Share and social lines: "Share", "Facebook Twitter Email", "Teilen | Drucken".
 */
import {isShareLine} from '../phrase-match.js'
import {blockFinding, blockFindings, blockLines, type Detector} from './context.js'

/** Find share and social-network lines. */
export const detectShare: Detector = ({doc, features, lines = blockLines(doc)}) =>
  blockFindings(doc, (block, i) => {
    const f = features[i]
    if (!f || f.words > 12 || !isShareLine(lines(i))) return null
    return blockFinding(block, 'share', 0.9, 'A share or social-network line.', 'share')
  })
