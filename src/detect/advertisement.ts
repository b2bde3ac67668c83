/**
 * Advertisement markers: a whole line that only says "Advertisement",
 * "Anzeige", "Publicité", "Story continues below advertisement", ….
 */
import {matchesWhole} from '../phrase-match.js'
import {blockFinding, type Detector} from './context.js'

/** Find advertisement marker lines. */
export const detectAdvertisement: Detector = ({doc}) =>
  doc.blocks
    .filter((block) => block.text.length <= 80 && matchesWhole('advertisement', block.text) !== null)
    .map((block) =>
      blockFinding(block, 'advertisement', 0.95, 'A line that only marks an advertisement.', 'advertisement')
    )
