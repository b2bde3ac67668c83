#!/usr/bin/env node
/**
 * How the command line scales with worker threads: pipe the 990 pages of
 * ../shared/eval/trafilatura/inputs.innertext.jsonl (NDJSON {id, text}) into
 * `unspun --jobs N -` and time the whole run, output included.
 *
 * Usage: node scripts/cli-scaling.mjs [--jobs 1,2] [--runs 3] [--input FILE] [--cli dist/cli/main.js] [--bare]
 *
 * Needs a build (`npm run build`). The job counts take turns, run after run,
 * so a burst of load elsewhere hits them alike. Prints every run (wall time,
 * CPU seconds of all its threads, peak memory, and — on Linux — how many
 * cores other processes kept busy meanwhile), then each job count's best and
 * median, and the speed-up over the first job count by both. Other processes
 * slow a parallel run more than a serial one: only runs where they used
 * next to nothing (say under 0.1 cores) measure the scaling.
 *
 * `--bare` also times, in each run, one process cleaning every page in
 * memory against two processes at once cleaning half each, with nothing to
 * read, order or write: what two cleaners gain on this machine by themselves,
 * sharing its caches, its memory and the cores that V8 also compiles and
 * collects garbage on. The command's own scaling can be compared with it.
 */
import {spawn} from 'node:child_process'
import {createReadStream, readFileSync} from 'node:fs'
import {availableParallelism, loadavg} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {measuredRun} from './measured-run.mjs'

const {values} = parseArgs({
  options: {
    jobs: {type: 'string', default: '1,2'},
    runs: {type: 'string', default: '3'},
    input: {type: 'string', default: fileURLToPath(new URL('../../shared/eval/trafilatura/inputs.innertext.jsonl', import.meta.url))},
    cli: {type: 'string'},
    bare: {type: 'boolean', default: false}
  }
})

const jobCounts = values.jobs.split(',').map(Number)
const runs = Number(values.runs)
const cli = values.cli === undefined ? undefined : path.resolve(values.cli)
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ')
const seconds = (ms) => (ms / 1000).toFixed(2)

console.log(`${availableParallelism()} cores, Node ${process.version}; ${path.relative(process.cwd(), values.input)} through ${cli ?? 'dist/cli/main.js'}`)
console.log(`load average before: ${load()}`)
const measured = new Map(jobCounts.map((jobs) => [jobs, []]))
/** Per run, how much faster two processes cleaning half the pages each were than one cleaning all. */
const bareGains = []
for (let run = 1; run <= runs; run += 1) {
  const cells = []
  for (const jobs of jobCounts) {
    const busyBefore = machineBusySeconds()
    const ownBefore = process.cpuUsage()
    const result = await measuredRun(['--jobs', String(jobs), '-'], createReadStream(values.input), {cli})
    if (result.code !== 0) throw new Error(`unspun --jobs ${jobs} exited with ${result.code}: ${result.stderr}`)
    measured.get(jobs).push(result)
    const own = process.cpuUsage(ownBefore)
    // What the machine's CPUs did beyond this run and this script, in cores.
    const others = (machineBusySeconds() - busyBefore - result.cpu - (own.user + own.system) / 1e6) / (result.ms / 1000)
    const elsewhere = Number.isNaN(others) ? '' : `, others ${Math.max(0, others).toFixed(2)} cores`
    cells.push(`jobs=${jobs} ${seconds(result.ms)} s, ${result.cpu.toFixed(1)} CPU s, ${(result.maxRss / 1e6).toFixed(0)} MB${elsewhere}`)
  }
  if (values.bare) {
    const one = await timedShares(1)
    const two = await timedShares(2)
    bareGains.push(one / two)
    cells.push(`bare: 1 process ${seconds(one)} s, 2 processes ${seconds(two)} s (${(one / two).toFixed(2)}×)`)
  }
  console.log(`run ${run}: ${cells.join(' | ')}`)
}
console.log(`load average after: ${load()}`)

const summary = jobCounts.map((jobs) => {
  const results = measured.get(jobs)
  const times = results.map((result) => result.ms).sort((a, b) => a - b)
  const cpus = results.map((result) => result.cpu).sort((a, b) => a - b)
  return {jobs, pages: results[0].outputLines, best: times[0], median: middle(times), cpu: middle(cpus)}
})
const [base] = summary
for (const {jobs, pages, best, median, cpu} of summary) {
  console.log(
    `jobs=${jobs}: best ${seconds(best)} s, median ${seconds(median)} s for ${pages} pages (${((pages * 1000) / best).toFixed(1)} pages/s), ` +
      `median ${cpu.toFixed(1)} CPU s; speed-up over jobs=${base.jobs}: ${(base.best / best).toFixed(2)}× best, ${(base.median / median).toFixed(2)}× median`
  )
}

if (bareGains.length > 0) {
  const sorted = [...bareGains].sort((a, b) => a - b)
  console.log(
    `bare cleaners (two processes cleaning half the pages each in memory, no I/O, against one): best ${sorted.at(-1).toFixed(2)}×, median ${middle(sorted).toFixed(2)}×`
  )
}

/**
 * Wall milliseconds for `parts` processes at once, each cleaning its share of
 * the input in memory (scripts/clean-share.mjs).
 */
async function timedShares(parts) {
  const share = fileURLToPath(new URL('clean-share.mjs', import.meta.url))
  const start = performance.now()
  await Promise.all(
    Array.from({length: parts}, (_, part) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [share, values.input, String(parts), String(part)], {stdio: 'inherit'})
        child.on('error', reject)
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`clean-share.mjs exited with ${code}`))))
      })
    )
  )
  return performance.now() - start
}

/** CPU seconds all cores have spent busy since boot (Linux), or NaN. */
function machineBusySeconds() {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).map(Number)
    // user nice system idle iowait irq softirq steal: idle and iowait are not busy; ticks are 1/100 s.
    const [user, nice, system, , , irq, softirq, steal] = ticks
    return (user + nice + system + irq + softirq + steal) / 100
  } catch {
    return Number.NaN
  }
}

/** The median of sorted numbers. */
function middle(sorted) {
  const half = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2
}
