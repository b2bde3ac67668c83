// The shape of a scraping script: fetch a page, check the response, clean
// the HTML, use the article.
//
//   node examples/scrape-html.js
//
// To stay offline, `fetchPage` answers with a `Response` built from the local
// file examples/pages/sample.html; in a real scraper it is `fetch(url)`.
//
// In your own code the import is
//   import {cleanHtml} from 'unspun'
// Here the example imports the package's build (run `npm run build` first).
import {readFile} from 'node:fs/promises'
import {cleanHtml} from '../dist/index.js'

/**
 * Stand-in for `fetch(url)`: the same `Response` object, from a local file.
 *
 * @param {string} url
 * @returns {Promise<Response>}
 */
async function fetchPage(url) {
  const html = await readFile(new URL('pages/sample.html', import.meta.url))
  return new Response(html, {status: 200, headers: {'content-type': 'text/html; charset=utf-8', 'x-requested-url': url}})
}

const url = 'https://courier.example/news/tidal-library'
const response = await fetchPage(url)
if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
if (!response.headers.get('content-type')?.startsWith('text/html')) throw new Error(`${url}: not HTML`)

// `response.text()` decodes the body as UTF-8. For pages in other charsets,
// read `response.arrayBuffer()` and decode with `new TextDecoder(charset)`.
const html = await response.text()
const article = cleanHtml(html)

console.log(`URL:      ${url}`)
console.log(`Title:    ${article.title}`)
console.log(`Date:     ${article.date}`)
console.log(`Authors:  ${article.authors.join(', ')}`)
console.log(`Language: ${article.language}`)
console.log(`Paragraphs: ${article.paragraphs.length}`)
console.log('')
console.log(article.body)
console.log('')
// Offsets of removed spans point into `article.text`, the text unspun
// extracted from the HTML.
for (const removed of article.removed) {
  console.log(`removed ${removed.kind}: ${JSON.stringify(article.text.slice(removed.start, removed.end))}`)
}
