// Clean one page of scraped text and print the article.
//
//   node examples/clean-page.js [file]      (default: examples/pages/kazakhstan-exiles.txt)
//
// In your own code, after `npm install unspun`, the import is
//   import {cleanArticle} from 'unspun'
// Here the example imports the package's build (run `npm run build` first).
import {readFile} from 'node:fs/promises'
import {cleanArticle} from '../dist/index.js'

const file = process.argv[2] ?? new URL('pages/kazakhstan-exiles.txt', import.meta.url)
const text = await readFile(file, 'utf8')
const article = cleanArticle(text)

console.log(`Title:    ${article.title ?? '(none)'}`)
if (article.repairedTitle) console.log(`Repaired: ${article.repairedTitle}`)
console.log(`Date:     ${article.date ?? '(none)'}${article.pageDate ? `  (page chrome says ${article.pageDate})` : ''}`)
console.log(`Authors:  ${article.authors.join(', ') || '(none)'}`)
console.log(`Language: ${article.language}`)
console.log('')
console.log(article.body)
console.log('')

// What was set aside, by kind: every character of the input is either in a
// kept paragraph or in one of these spans.
const byKind = new Map()
for (const removed of article.removed) {
  const entry = byKind.get(removed.kind) ?? {spans: 0, characters: 0}
  entry.spans++
  entry.characters += removed.end - removed.start
  byKind.set(removed.kind, entry)
}
console.log('Removed:')
for (const [kind, {spans, characters}] of byKind) {
  console.log(`  ${kind.padEnd(16)} ${String(spans).padStart(3)} span${spans === 1 ? ' ' : 's'} ${String(characters).padStart(6)} characters`)
}

// Related items whose headlines an article spinner rewrote, and their repair.
for (const item of article.related.filter((item) => item.spun)) {
  console.log(`Spun related headline: ${item.title}`)
  console.log(`              repaired: ${item.repairedTitle}`)
}
