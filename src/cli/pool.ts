/**
 * Running batches of pages: in a piscina pool of worker threads, or in the
 * main thread for one job; and feeding them through a bounded window so that
 * a huge input stream is read only as fast as the workers clean it
 * (backpressure), with the results handed on in input order.
 */
import {Piscina} from 'piscina'
import type {Batch, Failed, PageResult} from './worker.js'

/**
 * Each worker's young generation in MB, twice V8's default for a worker (48).
 * Cleaning allocates fast and keeps little, so a larger nursery halves the
 * number of scavenges (about 140 to 75 a worker on the eval stream) at a cost
 * of at most 48 MB more a worker. Scavenges run on helper threads too: with
 * one job they use the idle core, but with a worker on every core they take
 * time from the other workers, so they cost a parallel run the most.
 */
const YOUNG_GENERATION_MB = 96

/** Runs batches. */
export interface Runner {
  run(batch: Batch): Promise<PageResult[]>
  close(): Promise<void>
}

/**
 * A runner with `jobs` worker threads, or the main thread itself when
 * `jobs` is 1 (no thread start-up cost for a single page).
 *
 * @param jobs The number of worker threads.
 */
export async function createRunner(jobs: number): Promise<Runner> {
  if (jobs <= 1) {
    // Loaded only here: with worker threads, the main thread never cleans,
    // and loading the pipeline would delay the workers' start.
    const {default: processBatch} = await import('./worker.js')
    return {run: processBatch, close: async () => {}}
  }
  const pool = new Piscina<Batch, PageResult[]>({
    filename: new URL('worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    // Workers live as long as the run; there is no idle time to reclaim.
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB}
  })
  return {run: (batch) => pool.run(batch), close: () => pool.destroy()}
}

/**
 * A batch's results; never rejects, so no failure goes unhandled while it
 * waits its turn. When the whole batch fails (its worker died), each of its
 * pages fails with the reason, or, for NDJSON, its lines together.
 *
 * @param runner Where the batch runs.
 * @param batch The batch.
 */
export async function settle(runner: Runner, batch: Batch): Promise<PageResult[]> {
  try {
    return await runner.run(batch)
  } catch (error) {
    return failAll(batch, error instanceof Error ? error.message : String(error))
  }
}

function failAll(batch: Batch, error: string): Failed[] {
  const {source} = batch
  if (source.kind === 'pages') return source.pages.map((page) => ({id: page.id, error}))
  const last = source.firstLine + source.lineCount - 1
  return [{id: last > source.firstLine ? `lines ${source.firstLine}-${last}` : `line ${source.firstLine}`, error}]
}

/**
 * Start `work` on each item with at most `window` unfinished or waiting, and
 * hand the results to `onResult` in input order. Reading `items` pauses while
 * the window is full, which pauses the stream behind it.
 *
 * @param items The work, possibly streamed.
 * @param work Starts one item; must not reject (a rejection waiting its turn would go unhandled).
 * @param window How many items may be started and not yet handed on.
 * @param onResult Called in input order; awaited, so slow output slows input too.
 */
export async function runOrdered<T, R>(items: AsyncIterable<T>, work: (item: T) => Promise<R>, window: number, onResult: (result: R) => Promise<void>): Promise<void> {
  const pending: Array<Promise<R>> = []
  for await (const item of items) {
    pending.push(work(item))
    while (pending.length >= window) await onResult(await (pending.shift() as Promise<R>))
  }
  while (pending.length > 0) await onResult(await (pending.shift() as Promise<R>))
}
