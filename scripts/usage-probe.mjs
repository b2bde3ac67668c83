/**
 * Preloaded into a measured `unspun` process (`node --import`, see
 * measured-run.mjs): writes one JSON line to file descriptor 3 at exit — the
 * CPU seconds and peak resident memory of the whole process, worker threads
 * included — and, when UNSPUN_PROBE_MS is set, one with the resident memory
 * every that many milliseconds.
 *
 * The process reports on itself because Node has no portable way to read
 * a child's CPU time or memory from outside.
 */
import {writeSync} from 'node:fs'
import {isMainThread} from 'node:worker_threads'

const REPORT_FD = 3

/** One line on the report descriptor. */
function report(kind) {
  const usage = process.resourceUsage()
  const line = {
    kind,
    ms: performance.now(),
    rss: process.memoryUsage.rss(),
    // resourceUsage gives maxRSS in kilobytes and CPU times in microseconds.
    maxRss: usage.maxRSS * 1024,
    cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6
  }
  writeSync(REPORT_FD, JSON.stringify(line) + '\n')
}

// Worker threads inherit the preload; the main thread speaks for the process.
if (isMainThread) {
  const every = Number(process.env.UNSPUN_PROBE_MS ?? 0)
  if (every > 0) setInterval(() => report('sample'), every).unref()
  process.on('exit', () => report('exit'))
}
