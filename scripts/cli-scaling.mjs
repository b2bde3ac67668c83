#!/usr/bin/env node
/**
 * How the command line scales with worker threads: pipe the 990 pages of
 * ../shared/eval/trafilatura/inputs.innertext.jsonl (NDJSON {id, text}) into
 * `unspun --jobs N -` and time the whole run, output included.
 *
 * Usage: node scripts/cli-scaling.mjs [--jobs 1,2] [--runs 2] [--input FILE]
 * Needs a build (`npm run build`). Prints one line per job count (the best of
 * the runs) and the speed-up of each over the first.
 */
import {spawn} from 'node:child_process'
import {createReadStream, readFileSync} from 'node:fs'
import {availableParallelism, loadavg} from 'node:os'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = fileURLToPath(new URL('..', import.meta.url))
const {values} = parseArgs({
  options: {
    jobs: {type: 'string', default: '1,2'},
    runs: {type: 'string', default: '2'},
    input: {type: 'string', default: fileURLToPath(new URL('../../shared/eval/trafilatura/inputs.innertext.jsonl', import.meta.url))}
  }
})

const jobCounts = values.jobs.split(',').map(Number)
const runs = Number(values.runs)
const results = []
// Other processes on the machine skew a scaling figure; say how busy it was.
console.log(`${availableParallelism()} cores; load average before: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
const best = new Map(jobCounts.map((jobs) => [jobs, {ms: Number.POSITIVE_INFINITY, lines: 0, cpu: Number.NaN}]))
// Rounds alternate the job counts, so a burst of load elsewhere hits them alike.
for (let run = 0; run < runs; run += 1) {
  for (const jobs of jobCounts) {
    const measured = await timeRun(jobs)
    const previous = best.get(jobs)
    if (measured.ms < previous.ms) best.set(jobs, measured)
  }
}
for (const jobs of jobCounts) results.push({jobs, ...best.get(jobs)})
console.log(`load average after: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
const base = results[0]
for (const {jobs, ms, lines, cpu} of results) {
  const speedUp = base.ms / ms
  console.log(
    `jobs=${jobs}: ${(ms / 1000).toFixed(2)} s for ${lines} pages (${((lines * 1000) / ms).toFixed(1)} pages/s, ${cpu.toFixed(1)} CPU s), ` +
      `${speedUp.toFixed(2)}× the jobs=${base.jobs} speed`
  )
}

/** utime + stime of a process in seconds, or undefined when /proc cannot tell. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // Fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}

/** One run: wall time from spawn to exit, and the number of NDJSON lines written. */
function timeRun(jobs) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, ['dist/cli/main.js', '--jobs', String(jobs), '-'], {cwd: root, stdio: ['pipe', 'pipe', 'inherit']})
    let lines = 0
    // CPU seconds of all the child's threads, sampled from /proc (Linux) until it exits.
    let cpu = Number.NaN
    const sampler = setInterval(() => {
      cpu = cpuSeconds(child.pid) ?? cpu
    }, 50)
    child.stdout.on('data', (chunk) => {
      // indexOf scans in C++: the measuring process must not eat the CPU it measures.
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines += 1
    })
    createReadStream(values.input).pipe(child.stdin)
    child.on('error', reject)
    child.on('exit', () => clearInterval(sampler))
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`unspun --jobs ${jobs} exited with ${code}`))
      else resolve({ms: performance.now() - start, lines, cpu})
    })
  })
}
