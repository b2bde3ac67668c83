/**
 * The run both commands share: plan the jobs, run them in the pool with a
 * progress bar, and hand each article on in input order; failures become one
 * line each on stderr.
 */
import type {CliOptions} from './args.js'
import {planJobs, type Io, type Plan} from './plan.js'
import {createRunner, runOrdered} from './pool.js'
import {createProgress, type ProgressStream} from './progress.js'
import type {Task, TaskResult} from './worker.js'

/** Streams a command writes to, besides its inputs. */
export interface CommandIo extends Io {
  stdout: NodeJS.WritableStream
  stderr: ProgressStream
}

/** What a command does with the cleaned inputs. */
export interface Handler {
  /** How tasks return their article. */
  shape: Task['shape']
  /** Take one result, in input order; a rejection fails that input with its message. */
  consume(result: TaskResult, name: string): Promise<void>
  /** Finish after the last result. */
  close?(): Promise<void>
}

/**
 * Run every input through the cleaner.
 *
 * @param options The parsed command line.
 * @param io The working directory and streams.
 * @param handlerFor The handler, chosen once the plan says how many inputs there are.
 * @returns The number of inputs that failed.
 */
export async function runJobs(options: CliOptions, io: CommandIo, handlerFor: (plan: Plan) => Handler): Promise<number> {
  const plan = await planJobs({inputs: options.inputs, html: options.html, options: {preset: options.preset, spun: options.spun}}, io)
  // One input runs in the main thread: starting workers would cost more than it saves.
  const runner = await createRunner(plan.several ? options.jobs : 1)
  const progress = createProgress(io.stderr, plan.total)
  const handler = handlerFor(plan)
  let failed = 0
  const fail = (id: string, message: string): void => {
    failed += 1
    progress.note(`unspun: ${id}: ${message}`)
  }
  try {
    await runOrdered(
      plan.jobs(handler.shape),
      runner,
      Math.max(2, options.jobs * 16),
      async (outcome) => {
        if (!outcome.ok) return fail(outcome.job.id, outcome.message)
        await handler.consume(outcome.result, outcome.job.name).catch((error: Error) => fail(outcome.job.id, error.message))
      },
      progress.tick
    )
    await handler.close?.()
  } finally {
    progress.finish()
    await runner.close()
  }
  return failed
}
