/**
 * Lines repeated within the page. Pages print menus twice (desktop and
 * mobile), teasers in several widgets and the same notice at top and bottom.
 * Lines are compared CCNet-style (lower case, digits folded, punctuation
 * dropped). Short repeated lines are chrome in every copy; a long repeated
 * block is kept once, where it first appears.
 */
import type {Finding} from '../types.js'
import {blockFinding, type Detector} from './context.js'
import {lengthShared} from '../line-key.js'

export {lineKey} from '../line-key.js'

/** Find repeated lines. */
export const detectRepeats: Detector = ({doc, features}) => {
  const seen = new Map<string, number[]>()
  const keys = doc.blocks.map((_, i) => features[i]?.key ?? '')
  // A key of a length no other key has has no copy (see `lengthShared`).
  const shared = lengthShared(keys)
  for (const [i, key] of keys.entries()) {
    if (key.length < 2 || !shared[i]) continue
    const list = seen.get(key)
    if (list) list.push(i)
    else seen.set(key, [i])
  }
  const findings: Finding[] = []
  for (const indices of seen.values()) {
    if (indices.length < 2) continue
    const first = indices[0] as number
    const short = (features[first]?.words ?? 0) <= 8
    for (const i of short ? indices : indices.slice(1)) {
      const block = doc.blocks[i]
      if (!block) continue
      findings.push(blockFinding(block, 'repeated', short ? 0.55 : 0.75, `Printed ${indices.length} times on the page.`, 'repeats'))
    }
  }
  return findings.sort((a, b) => a.start - b.start)
}
