/**
 * Advertisement markers: a whole line that only says "Advertisement",
 * "Anzeige", "Publicité", "Story continues below advertisement", ….
 */
import {matchesWhole} from '../phrase-match.js'
import {blockFinding, blockFindings, blockLines, type Detector} from './context.js'

/** Find advertisement marker lines. */
export const detectAdvertisement: Detector = ({doc, lines = blockLines(doc)}) =>
  blockFindings(doc, (block, i) =>
    block.text.length <= 80 && matchesWhole('advertisement', lines(i)) !== null
      ? blockFinding(block, 'advertisement', 0.95, 'A line that only marks an advertisement.', 'advertisement')
      : null
  )
