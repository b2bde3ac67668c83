#!/usr/bin/env node
// Measures the spun-text module against the built package (run `npx tsc -p tsconfig.json` first):
//   - on test/fixtures/spun-dev.jsonl, per split: precision and recall of "the line has a finding",
//     and the share of spun lines repaired exactly (unspin(text) === original);
//   - on the gold article bodies of the eval sets (aeb ground truth, naeb articles): findings per
//     100 bodies (every one is a false positive: the bodies are real articles) and MB/s of findSpun.
// Usage: node scripts/spun-eval.mjs [--shared ../shared] [--splits train,test] [--misses] [--gold-findings]
//   --misses lists wrong lines of the listed splits; keep `test` out of --splits while tuning.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : fallback
}
const shared = path.resolve(opt('--shared', path.resolve(root, '../shared')))
const splits = opt('--splits', 'train,test').split(',')
const showMisses = args.includes('--misses')
const showGold = args.includes('--gold-findings')

const {findSpun, unspin} = await import(path.join(root, 'dist/spun/index.js'))

const lines = fs
  .readFileSync(path.join(root, 'test/fixtures/spun-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l))

for (const split of splits) {
  const set = lines.filter((l) => (l.split ?? 'train') === split)
  let tp = 0, fp = 0, fn = 0, tn = 0, exact = 0
  const misses = []
  for (const line of set) {
    const found = findSpun(line.text).length > 0
    if (line.spun) {
      if (found) tp++
      else { fn++; misses.push(`  missed: ${line.text}`) }
      if (unspin(line.text) === line.original) exact++
      else if (found) misses.push(`  inexact: ${unspin(line.text)}\n      want: ${line.original}`)
    } else if (found) { fp++; misses.push(`  false positive: ${line.text} -> ${JSON.stringify(findSpun(line.text).map((f) => f.text))}`) }
    else tn++
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  console.log(
    `${split}: ${set.length} lines (${tp + fn} spun, ${fp + tn} clean)  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  ` +
      `exact repair ${exact}/${tp + fn} = ${((exact / Math.max(1, tp + fn))).toFixed(3)}`
  )
  if (showMisses) console.log(misses.join('\n'))
}

const aeb = JSON.parse(fs.readFileSync(path.join(shared, 'eval/aeb/ground-truth.json'), 'utf8'))
const naeb = JSON.parse(fs.readFileSync(path.join(shared, 'eval/naeb/articles.json'), 'utf8'))
const bodies = [
  ...Object.entries(aeb).map(([id, a]) => ['aeb/' + id, a.articleBody ?? '']),
  ...Object.entries(naeb).map(([id, a]) => ['naeb/' + id, a.articleBody ?? ''])
]
let bytes = 0
for (const [, b] of bodies) bytes += Buffer.byteLength(b)
findSpun('warm up the tables')
let findings = 0
const pages = new Set()
const hits = []
const t0 = performance.now()
for (const [id, b] of bodies) {
  const f = findSpun(b)
  findings += f.length
  if (f.length > 0) pages.add(id)
  for (const x of f) hits.push(`  ${id}: "${x.text}" -> "${x.original}" (${x.confidence}) ${x.evidence}`)
}
const seconds = (performance.now() - t0) / 1000
// Speed: best of three more passes, so one-off JIT warm-up does not count.
let best = seconds
for (let r = 0; r < 3; r++) {
  const t = performance.now()
  for (const [, b] of bodies) findSpun(b)
  best = Math.min(best, (performance.now() - t) / 1000)
}
console.log(
  `gold bodies: ${bodies.length} (aeb ${Object.keys(aeb).length}, naeb ${Object.keys(naeb).length}), ${(bytes / 1e6).toFixed(2)} MB; ` +
    `${findings} findings on ${pages.size} bodies = ${((100 * findings) / bodies.length).toFixed(2)} per 100 bodies; ` +
    `findSpun ${(bytes / 1e6 / best).toFixed(1)} MB/s`
)
if (showGold) console.log(hits.join('\n'))
