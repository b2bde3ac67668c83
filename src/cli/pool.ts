/**
 * Running tasks: in a piscina pool of worker threads, or in the main thread
 * for one job; and feeding them through a bounded window so that a huge input
 * stream is read only as fast as the workers clean it (backpressure), with
 * the results handed on in input order.
 */
import {Piscina} from 'piscina'
import type {Task, TaskResult} from './worker.js'

/** Runs tasks. */
export interface Runner {
  run(task: Task): Promise<TaskResult>
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
    const {default: processTask} = await import('./worker.js')
    return {run: processTask, close: async () => {}}
  }
  const pool = new Piscina<Task, TaskResult>({
    filename: new URL('worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    // Workers live as long as the run; there is no idle time to reclaim.
    idleTimeout: Number.POSITIVE_INFINITY
  })
  return {run: (task) => pool.run(task), close: () => pool.destroy()}
}

/** One unit of work in input order: a task, or an input already known to have failed. */
export interface Job {
  id: string
  /** The output file name under `--out`. */
  name: string
  task?: Task
  /** Why the input cannot be cleaned, when it is known before running. */
  error?: string
}

/** A finished job. */
export type Outcome = {job: Job; ok: true; result: TaskResult} | {job: Job; ok: false; message: string}

/**
 * Run jobs with at most `window` in flight and hand each outcome to
 * `onOutcome` in input order. Reading from `jobs` pauses while the window is
 * full, which pauses the stream behind it.
 *
 * @param jobs The jobs, possibly streamed.
 * @param runner Where tasks run.
 * @param window How many tasks may be queued or running at once.
 * @param onOutcome Called in input order; awaited, so slow output slows input too.
 * @param onSettled Called as each task finishes, in any order (for progress).
 */
export async function runOrdered(
  jobs: AsyncIterable<Job>,
  runner: Runner,
  window: number,
  onOutcome: (outcome: Outcome) => Promise<void>,
  onSettled: () => void = () => {}
): Promise<void> {
  const pending: Array<Promise<Outcome>> = []
  for await (const job of jobs) {
    pending.push(settle(job, runner).finally(onSettled))
    while (pending.length >= window) await onOutcome(await (pending.shift() as Promise<Outcome>))
  }
  while (pending.length > 0) await onOutcome(await (pending.shift() as Promise<Outcome>))
}

/** A job's outcome; never rejects, so no failure goes unhandled while it waits its turn. */
async function settle(job: Job, runner: Runner): Promise<Outcome> {
  if (job.error !== undefined || job.task === undefined) return {job, ok: false, message: job.error ?? 'nothing to clean'}
  try {
    return {job, ok: true, result: await runner.run(job.task)}
  } catch (error) {
    return {job, ok: false, message: error instanceof Error ? error.message : String(error)}
  }
}
