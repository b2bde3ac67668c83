/**
 * One point of the scaling benchmark, in a fresh process so its peak memory
 * is its own: build an input of about `bytes` bytes by joining real page
 * texts (the innertext pages of every set, cycled, blank lines between them),
 * clean it and print one JSON line.
 *
 *   node --expose-gc bench/scale-child.js 1000000
 *   node --expose-gc bench/scale-child.js 1000000 --big-stack
 *
 * `--big-stack` runs the measurement in a worker thread with a 512 MB stack:
 * a way to still time a size on which the default stack overflows (the
 * overflow itself is reported by the run without the flag).
 *
 * Small inputs are cleaned repeatedly (median of the runs) so timer
 * resolution does not dominate; every size first warms the JIT on 100 KB.
 */
import {fileURLToPath} from 'node:url'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import {cleanArticle} from '../dist/index.js'
import {loadTextPages} from './eval-data.js'

const MIN_TOTAL_MS = 300
const MIN_RUNS = 3

/** About `bytes` bytes of real page text (cut by characters in proportion). */
function buildInput(pages, bytes) {
  const parts = []
  let size = 0
  for (let i = 0; size < bytes; i = (i + 1) % pages.length) {
    parts.push(pages[i].text)
    size += pages[i].bytes + 2
  }
  const text = parts.join('\n\n')
  // UTF-8 pages are mostly one byte a character, so this lands close to `bytes`.
  const chars = Math.max(1, Math.round((text.length * bytes) / size))
  return text.slice(0, chars)
}

/** Build the input, clean it, and describe the run. */
function measure(target) {
  const pages = loadTextPages('innertext')
  const warm = buildInput(pages, 100_000)
  for (let i = 0; i < 3; i++) cleanArticle(warm)
  const input = buildInput(pages, target)
  pages.length = 0
  globalThis.gc?.()
  const before = process.memoryUsage()
  const times = []
  let error = null
  let article = null
  try {
    let total = 0
    do {
      const started = performance.now()
      article = cleanArticle(input)
      const ms = performance.now() - started
      times.push(ms)
      total += ms
    } while (target < 1_000_000 && (total < MIN_TOTAL_MS || times.length < MIN_RUNS))
  } catch (caught) {
    // Name the frame that failed, so a report can say where to fix it.
    const frame = /\bat (.+)/.exec(caught.stack?.split('\n')[1] ?? '')?.[1] ?? 'unknown frame'
    error = `${caught.name}: ${caught.message} (at ${frame.replace(/file:\/\/.*\/dist\//, 'dist/')})`
  }
  const after = process.memoryUsage()
  times.sort((a, b) => a - b)
  return {
    bytes: Buffer.byteLength(input),
    chars: input.length,
    runs: times.length,
    ms: times.length > 0 ? times[times.length >> 1] : null,
    error,
    shape: article?.shape ?? null,
    blocks: article ? article.paragraphs.length + article.removed.length : null,
    rssBeforeClean: before.rss,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed
  }
}

if (!isMainThread) {
  parentPort.postMessage(measure(workerData.target))
} else {
  const target = Number(process.argv[2])
  if (!Number.isSafeInteger(target) || target < 1) throw new TypeError(`scale-child: expected a byte count, got ${process.argv[2]}`)
  const finish = (result) => {
    // Peak resident memory of the whole process (threads included), in bytes.
    console.log(JSON.stringify({...result, peakRss: process.resourceUsage().maxRSS * 1024}))
  }
  if (process.argv.includes('--big-stack')) {
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: {target},
      resourceLimits: {stackSizeMb: 512, maxOldGenerationSizeMb: 32_768}
    })
    worker.once('message', (result) => finish({...result, bigStack: true}))
    worker.once('error', (error) => finish({bytes: target, ms: null, error: `worker: ${error.message}`, bigStack: true}))
  } else {
    finish(measure(target))
  }
}
