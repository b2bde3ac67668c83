// unspun as a retext plugin: every removed span and every spun phrase becomes
// a message with its line and column, printed by vfile-reporter like any lint
// warning.
//
//   node examples/retext-report.js [file]   (default: examples/pages/kazakhstan-exiles.txt)
//
// In your own code the import is
//   import {retextUnspun} from 'unspun'
// Here the example imports the package's build (run `npm run build` first).
import {readFile} from 'node:fs/promises'
import {relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {retext} from 'retext'
import retextLatin from 'retext-latin'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {retextUnspun} from '../dist/index.js'

const path = process.argv[2] ?? fileURLToPath(new URL('pages/kazakhstan-exiles.txt', import.meta.url))
// A path relative to the working directory reads better in the report.
const file = new VFile({path: relative(process.cwd(), path), value: await readFile(path, 'utf8')})

await retext().use(retextLatin).use(retextUnspun, {preset: 'balanced'}).process(file)

// Removed spans are info messages, spun phrases are warnings.
console.log(reporter([file]))
console.log('')
console.log(`Article: ${file.data.article?.title} (${file.data.article?.paragraphs.length} paragraphs)`)
