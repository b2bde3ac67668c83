#!/usr/bin/env node
/**
 * The by-hand check that the command line's memory stays flat on a huge
 * NDJSON stream: generate --mb megabytes of real pages (every innertext page
 * of ../shared/eval, cycled, each line with a new id), pipe them into
 * `unspun --jobs N -` and print its resident memory (all threads) every
 * --every megabytes fed, with the pages written so far.
 *
 * Usage: node scripts/memory-stream.mjs [--mb 1000] [--every 50] [--jobs N]
 *
 * Needs a build (`npm run build`). Cleaning runs at about a megabyte a second
 * a core, so 1 GB takes a while (about ten minutes on two idle cores).
 * test/cli-memory.test.ts is the quick automated form of this check.
 */
import {availableParallelism, loadavg} from 'node:os'
import {parseArgs} from 'node:util'
import {loadTextPages} from '../bench/eval-data.js'
import {measuredRun} from './measured-run.mjs'

const MB = 1_000_000
const {values} = parseArgs({
  options: {
    mb: {type: 'string', default: '1000'},
    every: {type: 'string', default: '50'},
    jobs: {type: 'string', default: String(availableParallelism())},
    sample: {type: 'string', default: '250'}
  }
})
const total = Number(values.mb) * MB
const every = Number(values.every) * MB

const lines = loadTextPages('innertext').map((page) => ({id: `${page.set}/${page.id}`, text: page.text}))
const fed = {bytes: 0, pages: 0}

/** NDJSON lines until `total` bytes: the pages again and again, each time under new ids. */
function* stream() {
  for (let round = 1; fed.bytes < total; round += 1) {
    for (const {id, text} of lines) {
      if (fed.bytes >= total) return
      const line = Buffer.from(JSON.stringify({id: `${round}:${id}`, text}) + '\n')
      fed.bytes += line.length
      fed.pages += 1
      yield line
    }
  }
}

console.log(`unspun --jobs ${values.jobs} - on ${values.mb} MB of NDJSON (${lines.length} pages of ../shared/eval, cycled); load average ${loadavg()[0].toFixed(2)}`)
console.log('MB fed  pages fed  RSS now  peak so far  elapsed')
const started = performance.now()
let next = every
let peak = 0
const row = (rss) =>
  `${String(Math.round(fed.bytes / MB)).padStart(6)}  ${String(fed.pages).padStart(9)}  ${String(Math.round(rss / MB)).padStart(4)} MB  ${String(Math.round(peak / MB)).padStart(8)} MB  ${formatTime(performance.now() - started)}`
const result = await measuredRun(['--jobs', values.jobs, '-'], stream(), {
  sampleMs: Number(values.sample),
  onSample: ({rss}) => {
    peak = Math.max(peak, rss)
    if (fed.bytes < next) return
    console.log(row(rss))
    while (next <= fed.bytes) next += every
  }
})
console.log(`exit code ${result.code}: ${result.outputLines} pages written in ${formatTime(result.ms)}, ${result.cpu.toFixed(0)} CPU s; peak RSS ${Math.round(result.maxRss / MB)} MB`)
console.log(`load average after: ${loadavg()[0].toFixed(2)}`)
if (result.stderr !== '') console.log(`stderr:\n${result.stderr}`)

function formatTime(ms) {
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
