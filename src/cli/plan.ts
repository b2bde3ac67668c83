/**
 * From the command line's inputs to a stream of batches: expand the inputs,
 * peek at stdin, decide whether this is one input or several (which picks the
 * default output form), and apply the rule that a single input that cannot
 * be read is a usage error.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Format} from './args.js'
import {UsageError} from './args.js'
import {describeError, expandInputs, openStdin, type FileInput, type Planned, type StdinContent} from './inputs.js'
import {cutLines} from './ndjson.js'
import type {Shape} from './output.js'
import type {Batch, Page} from './worker.js'
import type {CleanOptions} from '../types.js'

/**
 * Bytes of NDJSON a batch holds (about six pages of the eval set): enough to
 * make the cost of a message small against the cleaning, few enough that the
 * threads finish the stream's last batches close together.
 */
const LINE_BATCH_BYTES = 64 * 1024
/** Files a batch holds at most. */
const MAX_FILES_PER_BATCH = 8
/** Batches each thread gets at least, when there are enough files, so the last ones even out. */
const BATCHES_PER_THREAD = 4

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
  /** The number of threads that will clean (sizes the batches of files). */
  jobs: number
}

/** The batches to run and what is known of them up front. */
export interface Plan {
  /** More than one input, or an NDJSON stream: outputs carry ids. */
  several: boolean
  /** The number of inputs, or undefined when stdin streams NDJSON. */
  total: number | undefined
  /** The pages in input order, in batches returning `shape`. */
  batches(shape: Batch['shape']): AsyncIterable<Batch>
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
    batches: (shape) => generate(inputs, stdin, {...plan, shape, content, filesPerBatch: filesPerBatch(count, plan.jobs)})
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
  shape: Batch['shape']
  /** The content of the single input file, already read. */
  content: string | undefined
  filesPerBatch: number
}

function filesPerBatch(files: number, jobs: number): number {
  return Math.max(1, Math.min(MAX_FILES_PER_BATCH, Math.floor(files / (jobs * BATCHES_PER_THREAD))))
}

async function* generate(inputs: readonly Planned[], stdin: StdinContent | undefined, settings: Settings): AsyncGenerator<Batch> {
  const batch = (source: Batch['source']): Batch => ({source, html: settings.html, shape: settings.shape, options: settings.options})
  let pages: Page[] = []
  for (const input of inputs) {
    if (input.kind === 'stdin') {
      // Stdin's pages come after the files before it, in batches of their own.
      if (pages.length > 0) yield batch({kind: 'pages', pages})
      pages = []
      if (stdin?.kind === 'text') pages.push({id: '-', name: 'stdin', html: false, content: stdin.text})
      else if (stdin?.kind === 'ndjson') for await (const lines of cutLines(stdin.chunks, LINE_BATCH_BYTES)) yield batch(lines)
    } else {
      pages.push(input.kind === 'failed' ? {id: input.id, name: input.id, html: false, error: input.message} : filePage(input, settings.content))
    }
    if (pages.length >= settings.filesPerBatch) {
      yield batch({kind: 'pages', pages})
      pages = []
    }
  }
  if (pages.length > 0) yield batch({kind: 'pages', pages})
}

/** A file's page: its path, or its content when the single input was read already. */
function filePage(input: FileInput, content: string | undefined): Page {
  const page = {id: input.id, name: input.name, html: input.html}
  return content === undefined ? {...page, path: input.path} : {...page, content}
}
