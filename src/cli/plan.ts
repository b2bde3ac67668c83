/**
 * From the command line's inputs to a stream of jobs: expand the inputs, peek
 * at stdin, decide whether this is one input or several (which picks the
 * default output form), and apply the rule that a single input that cannot
 * be read is a usage error.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Format} from './args.js'
import {UsageError} from './args.js'
import {describeError, expandInputs, openStdin, type FileInput, type Planned, type StdinContent} from './inputs.js'
import type {Shape} from './output.js'
import type {Job} from './pool.js'
import type {Task} from './worker.js'
import type {CleanOptions} from '../types.js'

/** Where the inputs come from. */
export interface Io {
  cwd: string
  stdin: AsyncIterable<Buffer | string> & {isTTY?: boolean}
}

/** What the plan needs from the command line. */
export interface PlanOptions {
  inputs: readonly string[]
  html: boolean
  options: CleanOptions
}

/** The jobs to run and what is known of them up front. */
export interface Plan {
  /** More than one input, or an NDJSON stream: outputs carry ids. */
  several: boolean
  /** The number of inputs, or undefined when stdin streams NDJSON. */
  total: number | undefined
  /** The jobs in input order, each task returning `shape`. */
  jobs(shape: Task['shape']): AsyncIterable<Job>
}

/**
 * Plan a run.
 *
 * @param plan The inputs as given, whether they are HTML, and the cleaning options.
 * @param io The working directory and stdin.
 * @throws {UsageError} When there is no input, or a single input cannot be read.
 */
export async function planJobs(plan: PlanOptions, io: Io): Promise<Plan> {
  if (plan.inputs.length === 0 && io.stdin.isTTY === true) {
    throw new UsageError('no input: give files, directories or globs, or pipe text to stdin (see --help)')
  }
  const patterns = plan.inputs.length === 0 ? ['-'] : plan.inputs
  const inputs = await expandInputs(patterns, io.cwd)
  const [first] = inputs
  if (patterns.length === 1 && first?.kind === 'failed') throw new UsageError(`${first.id}: ${first.message}`)
  const stdin = inputs.some((input) => input.kind === 'stdin') ? await openStdin(io.stdin) : undefined
  const count = inputs.filter((input) => input.kind !== 'stdin').length + (stdin?.kind === 'text' ? 1 : 0)
  const several = stdin?.kind === 'ndjson' || count > 1
  const content = !several && first?.kind === 'file' ? await readSingle(first, io.cwd) : undefined
  return {
    several,
    total: stdin?.kind === 'ndjson' ? undefined : count,
    jobs: (shape) => generate(inputs, stdin, {...plan, shape, content})
  }
}

/**
 * The output shape for a format: `--json` over several inputs is one array,
 * `--text` over several inputs puts a header before each, and without a
 * format one input is JSON and several are NDJSON. Files under `--out` are
 * whole documents.
 *
 * @param format The format asked for, if any.
 * @param several Whether there are several inputs.
 * @param toFiles Whether `--out` was given.
 */
export function chooseShape(format: Format | undefined, several: boolean, toFiles: boolean): Shape {
  if (toFiles) return format === 'text' ? 'text' : 'json'
  if (format === 'text') return several ? 'text-item' : 'text'
  if (format === 'json') return several ? 'json-item' : 'json'
  if (format === 'ndjson') return 'ndjson'
  return several ? 'ndjson' : 'json'
}

async function readSingle(input: FileInput, cwd: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, input.path), 'utf8')
  } catch (error) {
    throw new UsageError(`${input.id}: ${describeError(error)}`)
  }
}

interface Settings extends PlanOptions {
  shape: Task['shape']
  /** The content of the single input file, already read. */
  content: string | undefined
}

async function* generate(inputs: readonly Planned[], stdin: StdinContent | undefined, settings: Settings): AsyncGenerator<Job> {
  const task = (id: string, html: boolean, source: {path?: string; content?: string}): Task => ({
    id,
    ...source,
    html: html || settings.html,
    shape: settings.shape,
    options: settings.options
  })
  for (const input of inputs) {
    if (input.kind === 'failed') yield {id: input.id, name: input.id, error: input.message}
    else if (input.kind === 'file') {
      const source = settings.content === undefined ? {path: input.path} : {content: settings.content}
      yield {id: input.id, name: input.name, task: task(input.id, input.html, source)}
    } else if (stdin?.kind === 'text') yield {id: '-', name: 'stdin', task: task('-', false, {content: stdin.text})}
    else if (stdin?.kind === 'ndjson') {
      for await (const item of stdin.items) {
        yield 'error' in item ? {id: item.id, name: item.id, error: item.error} : {id: item.id, name: item.id, task: task(item.id, item.html, {content: item.content})}
      }
    }
  }
}
