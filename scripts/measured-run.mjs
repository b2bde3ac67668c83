/**
 * Run the built `unspun` command in a child process on a stream, and measure
 * it: wall time, CPU seconds and peak resident memory of the whole process
 * (worker threads included), optionally its memory over time. Shared by
 * cli-scaling.mjs, memory-stream.mjs and test/cli-memory.test.ts.
 */
import {spawn} from 'node:child_process'
import {createInterface} from 'node:readline'
import {Readable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const PROBE = new URL('usage-probe.mjs', import.meta.url).href

/**
 * @typedef {object} Sample
 * @property {number} ms Milliseconds since the process started.
 * @property {number} rss Resident memory in bytes.
 *
 * @typedef {object} Measured
 * @property {number | null} code The exit code.
 * @property {number} ms Wall time from spawn to exit.
 * @property {number} cpu CPU seconds (user + system) of the process, every thread.
 * @property {number} maxRss Peak resident memory in bytes.
 * @property {number} outputLines Lines written to stdout.
 * @property {string} stderr What it wrote to stderr.
 */

/**
 * Run `unspun` with `args`, piping `input` to its stdin with backpressure.
 *
 * @param {string[]} args The command's arguments.
 * @param {AsyncIterable<Buffer | string> | Iterable<Buffer | string> | NodeJS.ReadableStream} input What stdin gets.
 * @param {{cli?: string, sampleMs?: number, onSample?: (sample: Sample) => void}} [options]
 *   `cli`: the main.js to run (default: this checkout's dist/cli/main.js);
 *   `sampleMs` and `onSample`: report the resident memory every so often.
 * @returns {Promise<Measured>}
 */
export async function measuredRun(args, input, options = {}) {
  const cli = options.cli ?? fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
  const env = {...process.env, UNSPUN_PROBE_MS: String(options.sampleMs ?? 0)}
  const start = performance.now()
  const child = spawn(process.execPath, ['--import', PROBE, cli, ...args], {cwd: root, env, stdio: ['pipe', 'pipe', 'pipe', 'pipe']})
  let outputLines = 0
  child.stdout.on('data', (chunk) => {
    // indexOf scans in native code: the measuring process must not eat the CPU it measures.
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) outputLines += 1
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text))
  let last
  createInterface({input: child.stdio[3]}).on('line', (line) => {
    const report = JSON.parse(line)
    if (report.kind === 'exit') last = report
    else options.onSample?.(report)
  })
  const exited = new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve(code))
  })
  // A child that exits early closes its stdin; the exit code tells why.
  const fed = pipeline(Readable.from(input), child.stdin).catch((error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error
  })
  const [code] = await Promise.all([exited, fed])
  const ms = performance.now() - start
  if (last === undefined) throw new Error(`unspun ${args.join(' ')} exited with ${code} without a usage report: ${stderr}`)
  return {code, ms, cpu: last.cpu, maxRss: last.maxRss, outputLines, stderr}
}
