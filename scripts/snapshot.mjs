/**
 * Output snapshot of `cleanArticle` over every eval input, to prove that a
 * change (a speed-up, say) leaves the output as it was.
 *
 *   npm run build && node scripts/snapshot.mjs write /tmp/base.snap
 *   npm run build && node scripts/snapshot.mjs compare /tmp/base.snap
 *
 * `write` stores one line per page, `set/style/id <sha1 of the article as
 * JSON>`, and next to it (`<file>.json`) the articles themselves, so that
 * `compare` can show which fields of a differing page changed. `compare`
 * lists the pages that differ (or are new or missing) and exits 1 when any do.
 *
 * Options: `--dist DIR` runs another build (default ./dist), e.g. a copy of
 * an older one.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {loadTextPages} from '../bench/eval-data.js'

const args = process.argv.slice(2)
const distAt = args.indexOf('--dist')
const dist = distAt >= 0 ? resolve(args.splice(distAt, 2)[1]) : resolve(new URL('../dist/', import.meta.url).pathname)
const [mode, file] = args
if ((mode !== 'write' && mode !== 'compare') || !file) {
  console.error('usage: node scripts/snapshot.mjs write|compare FILE [--dist DIR]')
  process.exit(2)
}

const {cleanArticle} = await import(pathToFileURL(`${dist}/index.js`).href)

/** Page key → [hash, article JSON]. */
const current = new Map()
for (const page of loadTextPages()) {
  const json = JSON.stringify(cleanArticle(page.text))
  current.set(`${page.set}/${page.style}/${page.id}`, [createHash('sha1').update(json).digest('hex'), json])
}

if (mode === 'write') {
  writeFileSync(file, [...current].map(([key, [hash]]) => `${key} ${hash}\n`).join(''))
  writeFileSync(`${file}.json`, JSON.stringify(Object.fromEntries([...current].map(([key, [, json]]) => [key, json]))))
  console.log(`snapshot: wrote ${current.size} pages to ${file}`)
} else {
  const base = new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      // Ids may hold spaces: the hash is after the last one.
      .map((line) => [line.slice(0, line.lastIndexOf(' ')), line.slice(line.lastIndexOf(' ') + 1)])
  )
  const articles = existsSync(`${file}.json`) ? JSON.parse(readFileSync(`${file}.json`, 'utf8')) : {}
  const differing = []
  for (const [key, [hash, json]] of current) {
    if (!base.has(key)) differing.push(`${key}: new page`)
    else if (base.get(key) !== hash) differing.push(`${key}: ${fieldDiff(articles[key], json)}`)
  }
  for (const key of base.keys()) if (!current.has(key)) differing.push(`${key}: missing`)
  for (const line of differing) console.log(line)
  console.log(`snapshot: ${current.size} pages, ${differing.length} differ from ${file}`)
  process.exit(differing.length > 0 ? 1 : 0)
}

/** The top-level fields that differ, with a short before → after of each. */
function fieldDiff(oldJson, newJson) {
  if (oldJson === undefined) return 'differs (no stored article to compare fields)'
  const before = JSON.parse(oldJson)
  const after = JSON.parse(newJson)
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  const parts = []
  for (const key of keys) {
    const a = JSON.stringify(before[key])
    const b = JSON.stringify(after[key])
    if (a !== b) parts.push(`${key} ${short(a)} → ${short(b)}`)
  }
  return parts.join('; ')
}

function short(s) {
  if (s === undefined) return '(absent)'
  return s.length > 80 ? `${s.slice(0, 77)}...` : s
}
