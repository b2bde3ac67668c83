// Clean every .txt and .html file of a folder into NDJSON: one JSON object
// per line on stdout, in file-name order. Problems go to stderr, and the exit
// code is 1 when any file failed.
//
//   node examples/batch-folder.js [folder] > articles.ndjson   (default: examples/pages)
//
// In your own code the import is
//   import {cleanArticle, cleanHtml} from 'unspun'
// Here the example imports the package's build (run `npm run build` first).
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {cleanArticle, cleanHtml} from '../dist/index.js'

const folder = process.argv[2] ?? fileURLToPath(new URL('pages/', import.meta.url))
const cleaners = {'.txt': cleanArticle, '.html': cleanHtml, '.htm': cleanHtml}

let failed = false
const names = (await readdir(folder)).filter((name) => Object.hasOwn(cleaners, path.extname(name).toLowerCase())).sort()
for (const name of names) {
  try {
    const input = await readFile(path.join(folder, name), 'utf8')
    const article = cleaners[path.extname(name).toLowerCase()](input)
    const removed = {}
    for (const span of article.removed) removed[span.kind] = (removed[span.kind] ?? 0) + 1
    const record = {
      file: name,
      title: article.title,
      date: article.date,
      authors: article.authors,
      language: article.language,
      paragraphs: article.paragraphs.length,
      spun: article.spun.length,
      removed,
      body: article.body
    }
    process.stdout.write(JSON.stringify(record) + '\n')
  } catch (error) {
    failed = true
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
if (failed) process.exitCode = 1
