/**
 * One side of the Readability comparison, in a process of its own: either
 * Readability + linkedom on each page's HTML, or unspun's `cleanArticle` on
 * the same page's inner text. Prints one JSON line: per set, the pages
 * timed, their total time, the HTML's bytes and how many Readability threw on.
 *
 *   node bench/side-child.js readability|unspun [pagesPerSet]
 *
 * A process per side, because timed in one process, page by page in turn,
 * each slowed the other by what it left in the heap: Readability's pages
 * per second on one set moved between 8 and 46 from run to run.
 */
import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'
import {cleanArticle} from '../dist/index.js'
import {loadHtml, loadTextPages} from './eval-data.js'

const [side, limit] = process.argv.slice(2)
if (side !== 'readability' && side !== 'unspun') {
  console.error('side-child: expected `readability` or `unspun`')
  process.exit(2)
}
const perSet = Number(limit ?? Infinity)

/** Run the side on a page; true when it threw. */
function runOn(page, html) {
  if (side === 'unspun') {
    cleanArticle(page.text)
    return false
  }
  try {
    new Readability(parseHTML(html).document).parse()
    return false
  } catch {
    return true
  }
}

/** The inner-text pages that have HTML, at most `perSet` per set, each with its HTML (read and unzipped untimed). */
function* comparedPages() {
  const counts = new Map()
  for (const page of loadTextPages('innertext')) {
    if ((counts.get(page.set) ?? 0) >= perSet) continue
    const html = loadHtml(page.set, page.id)
    if (html === null) continue
    counts.set(page.set, (counts.get(page.set) ?? 0) + 1)
    yield {page, html}
  }
}

// Warm the code on the first pages (untimed), as a long-running scraper would be.
let warm = 0
for (const {page, html} of comparedPages()) {
  runOn(page, html)
  if (++warm >= 20) break
}
const sets = {}
for (const {page, html} of comparedPages()) {
  const set = (sets[page.set] ??= {pages: 0, ms: 0, htmlBytes: 0, failed: 0})
  const started = performance.now()
  const threw = runOn(page, html)
  set.ms += performance.now() - started
  set.pages++
  set.htmlBytes += Buffer.byteLength(html)
  if (threw) set.failed++
}
console.log(JSON.stringify(sets))
