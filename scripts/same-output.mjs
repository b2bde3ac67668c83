/**
 * Differential fuzz: two builds of unspun must give the same article for
 * every input. `snapshot.mjs` proves a speed-up leaves the eval pages as
 * they were; this tries the odd inputs a real page seldom holds: lines of
 * real pages cut, re-cased and spliced with the characters fast paths
 * special-case (Σ, İ, ß, lone surrogates, colons, "(c)", dates), plus
 * random graphemes.
 *
 *   cp -r dist /tmp/before            # the build to compare against
 *   npm run build && node scripts/same-output.mjs /tmp/before dist 20000
 *
 * Arguments: the two dist directories, and the number of cases (default
 * 10,000). A difference fails with fast-check's shrunk counterexample and
 * its seed; a build that throws counts as output (the error's name).
 */
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {loadTextPages} from '../bench/eval-data.js'

const [before, after, cases = '10000'] = process.argv.slice(2)
const runs = Number(cases)
if (!before || !after || !Number.isSafeInteger(runs) || runs < 1) {
  console.error('usage: node scripts/same-output.mjs BEFORE_DIST AFTER_DIST [CASES]')
  process.exit(2)
}

const load = async (dist) => (await import(pathToFileURL(resolve(dist, 'index.js')).href)).cleanArticle
const cleanBefore = await load(before)
const cleanAfter = await load(after)

const lines = loadTextPages().flatMap((page) => page.text.split('\n').filter((line) => line.trim() !== ''))

/** What fast paths look out for: case changes that alter lengths, surrogates, marks detectors key on. */
const SPLICES = ['Σ', 'İ', 'ı', 'ß', 'ǅ', 'ﬁ', 'Ⅻ', '٣', '\u0301', '\u00a0', '\ud83d\ude00', '\ud800', '\udc00', ':', '|', ' — ', '  ', '\t', '\r',
  ' (c) ', '©', '¿', 'By ', 'Von ', 'said: ', 'says: May 3, 2021', ' 2023 ', '12:30', 'Photo: ', 'Credit', 'Read more', 'Comments', 'ΣΑΣ', 'İSTANBUL']

const realLine = fc.integer({min: 0, max: lines.length - 1}).map((i) => lines[i])
const splicedLine = fc
  .tuple(realLine, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SPLICES)), {maxLength: 4}), fc.constantFrom('as is', 'upper', 'lower'))
  .map(([line, splices, casing]) => {
    let text = casing === 'upper' ? line.toUpperCase() : casing === 'lower' ? line.toLowerCase() : line
    for (const [at, piece] of splices) {
      const cut = at % (text.length + 1)
      text = text.slice(0, cut) + piece + text.slice(cut)
    }
    return text
  })
const page = fc
  .tuple(
    fc.array(fc.oneof({weight: 3, arbitrary: realLine}, {weight: 2, arbitrary: splicedLine}, {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 60})}), {minLength: 1, maxLength: 40}),
    fc.constantFrom('\n', '\n\n', ' ', '\r\n')
  )
  .map(([parts, separator]) => parts.join(separator))

/** The article as JSON, or the name of what was thrown. */
function outcome(clean, text) {
  try {
    return JSON.stringify(clean(text))
  } catch (error) {
    return `throws ${error?.name ?? typeof error}`
  }
}

fc.assert(fc.property(page, (text) => outcome(cleanBefore, text) === outcome(cleanAfter, text)), {numRuns: runs})
console.log(`same-output: ${runs.toLocaleString('en')} inputs, the same article from both builds`)
