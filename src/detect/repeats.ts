/**
 * Lines repeated within the page. Pages print menus twice (desktop and
 * mobile), teasers in several widgets and the same notice at top and bottom.
 * Lines are compared CCNet-style (lower case, digits folded, punctuation
 * dropped). Short repeated lines are chrome in every copy; a long repeated
 * block is kept once, where it first appears.
 */
import type {Block, Finding} from '../types.js'
import {blockFinding, type Detector} from './context.js'
import {lengthShared} from '../line-key.js'

export {lineKey} from '../line-key.js'

/** Find repeated lines. */
export const detectRepeats: Detector = ({doc, features}) => {
  const keys = doc.blocks.map((_, i) => features[i]?.key ?? '')
  const firsts = firstCopies(keys)
  // How many times the line first printed at each block is printed.
  const counts = new Uint32Array(keys.length)
  for (const first of firsts) if (first >= 0) counts[first] = (counts[first] as number) + 1
  const findings: Finding[] = []
  for (let i = 0; i < keys.length; i++) {
    const first = firsts[i] as number
    const count = first >= 0 ? (counts[first] as number) : 0
    if (count < 2) continue
    const short = (features[first]?.words ?? 0) <= 8
    if (!short && i === first) continue
    const block = doc.blocks[i] as Block
    findings.push(blockFinding(block, 'repeated', short ? 0.55 : 0.75, `Printed ${count} times on the page.`, 'repeats'))
  }
  // Found in block order, which is the order of their starts: no sort needed.
  return findings
}

/**
 * For each key, the index of its first copy, or -1 for a key that can have
 * no copy: shorter than two characters, or of a length no other key has
 * (see `lengthShared`). One map from key to first index, and no list of
 * indices for every key: most keys are printed once.
 */
function firstCopies(keys: readonly string[]): Int32Array {
  const shared = lengthShared(keys)
  const firstOf = new Map<string, number>()
  const firsts = new Int32Array(keys.length).fill(-1)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    if (key.length < 2 || !shared[i]) continue
    const first = firstOf.get(key)
    if (first === undefined) firstOf.set(key, i)
    firsts[i] = first ?? i
  }
  return firsts
}
