/**
 * The run both commands share: plan the batches, run them in the pool with a
 * progress bar, and hand each article on in input order; failures become one
 * line each on stderr.
 */
import type {CliOptions} from './args.js'
import {planJobs, type Io, type Plan} from './plan.js'
import {createRunner, runOrdered, settle} from './pool.js'
import {createProgress, type ProgressStream} from './progress.js'
import type {Batch, Cleaned, Formatted, PageResult} from './worker.js'

/** Streams a command writes to, besides its inputs. */
export interface CommandIo extends Io {
  stdout: NodeJS.WritableStream
  stderr: ProgressStream
}

/** What a command does with the cleaned inputs. */
export interface Handler {
  /** How pages return their article. */
  shape: Batch['shape']
  /** Take one article, in input order; a rejection fails that input with its message. */
  consume(result: Formatted | Cleaned): Promise<void>
  /** Finish after the last result. */
  close?(): Promise<void>
}

/**
 * Batches each thread may have queued, running or waiting to be written:
 * enough that a slow batch at the head of the line does not leave the other
 * threads idle, few enough to keep memory flat (a batch is ~64 KB).
 */
const WINDOW_PER_THREAD = 8

/**
 * Run every input through the cleaner.
 *
 * @param options The parsed command line.
 * @param io The working directory and streams.
 * @param handlerFor The handler, chosen once the plan says how many inputs there are.
 * @returns The number of inputs that failed.
 */
export async function runJobs(options: CliOptions, io: CommandIo, handlerFor: (plan: Plan) => Handler): Promise<number> {
  const plan = await planJobs({inputs: options.inputs, html: options.html, options: {preset: options.preset, spun: options.spun, markup: options.markup}, jobs: options.jobs}, io)
  // One input runs in the main thread: starting workers would cost more than it saves.
  const runner = await createRunner(plan.several ? options.jobs : 1)
  const progress = createProgress(io.stderr, plan.total)
  const handler = handlerFor(plan)
  let failed = 0
  const fail = (id: string, message: string): void => {
    failed += 1
    progress.note(`unspun: ${id}: ${message}`)
  }
  const work = async (batch: Batch): Promise<PageResult[]> => {
    const results = await settle(runner, batch)
    progress.tick(results.length)
    return results
  }
  const hand = async (results: PageResult[]): Promise<void> => {
    for (const result of results) {
      if ('error' in result) fail(result.id, result.error)
      else await handler.consume(result).catch((error: Error) => fail(result.id, error.message))
    }
  }
  try {
    await runOrdered(plan.batches(handler.shape), work, Math.max(2, options.jobs * WINDOW_PER_THREAD), hand)
    await handler.close?.()
  } finally {
    progress.finish()
    await runner.close()
  }
  return failed
}
