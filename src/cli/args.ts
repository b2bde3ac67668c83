/**
 * Reading the command line into one plain options object, with every usage
 * error turned into a `UsageError` (exit code 2) before any work starts.
 */
import {parseArgs} from 'node:util'
import type {Preset} from '../types.js'

/** How articles are written: `undefined` lets the number of inputs decide. */
export type Format = 'json' | 'ndjson' | 'text'

/** Which command runs: cleaning (the default) or the visual report. */
export type Command = 'clean' | 'report'

/** Everything the command line asked for. */
export interface CliOptions {
  command: Command
  /** Input patterns as given: files, directories, globs or `-`. */
  inputs: string[]
  /** Output format asked for, or undefined for the default. */
  format: Format | undefined
  /** Treat every input as HTML (otherwise only `.html` / `.htm` files and `{html}` lines are). */
  html: boolean
  /** Directory for one output file per input. */
  outDir: string | undefined
  /** Report file (`-` for stdout). */
  reportFile: string
  /** Worker threads. */
  jobs: number
  preset: Preset
  spun: boolean
  /** Read text inputs that look like HTML or JSON as the text they hold. */
  markup: boolean
  help: boolean
  version: boolean
}

/** A mistake in how the command was called: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

const PRESETS: readonly Preset[] = ['precision', 'balanced', 'recall']
const FORMATS: readonly Format[] = ['json', 'ndjson', 'text']
const WHOLE_NUMBER = /^\d{1,4}$/

/** The text of `unspun --help`. */
export const HELP = `Usage: unspun [options] [files | dirs | globs | -]
       unspun report [options] [files | dirs | globs | -] [-o report.html]

Clean scraped article text. Reads files, every .txt/.text/.md/.html/.htm file
under a directory, files matching a glob, or stdin ("-", or no input at all).
On stdin, NDJSON lines {"id", "text"} or {"id", "html"} are cleaned one by one;
anything else is one page of text.

Options:
  --json            the article as JSON (default for one input; an array for several)
  --ndjson          one article a line, with its "id" (default for several inputs)
  --text            the title, date, authors and the clean body as text
  --html            inputs are HTML (automatic for .html and .htm files)
  --out DIR         write one file per input into DIR, named after the input
  --jobs N          worker threads (default: the number of cores)
  --preset NAME     precision | balanced | recall (default: balanced)
  --no-spun         skip spun-text detection
  --no-markup       take text inputs as text even when they look like HTML or JSON
  -o, --output FILE where \`unspun report\` writes the page (default: report.html; - for stdout)
  -h, --help        show this help
  -v, --version     show the version

Commands:
  report            one self-contained HTML page showing, for every input, the
                    removed spans by kind and the spun passages with their repairs
                    (a file named "report" is ./report)

Exit codes: 0 every input cleaned, 1 some inputs failed (one line each on
stderr; the others are still written), 2 usage error, or a single input that
cannot be read.`

/**
 * Parse `argv` (without the node and script paths).
 *
 * @param argv The arguments after the script name.
 * @param cores The default for `--jobs`.
 * @throws {UsageError} On an unknown flag, a bad value or conflicting flags.
 */
export function parseCli(argv: readonly string[], cores: number): CliOptions {
  const {values, positionals} = parseRaw(argv)
  const [first, ...rest] = positionals
  const command: Command = first === 'report' ? 'report' : 'clean'
  const inputs = command === 'report' ? rest : positionals
  const format = chooseFormat(values)
  if (command === 'report' && (format !== undefined || values.out !== undefined)) {
    throw new UsageError('`report` takes no --json, --ndjson, --text or --out; use -o FILE')
  }
  if (command === 'clean' && values.output !== undefined) throw new UsageError('-o/--output is for `unspun report`; use --out DIR to write files')
  return {
    command,
    inputs,
    format,
    html: values.html === true,
    outDir: nonEmpty(values.out, '--out'),
    reportFile: nonEmpty(values.output, '--output') ?? 'report.html',
    jobs: values.jobs === undefined ? Math.max(1, cores) : parseJobs(values.jobs),
    preset: parsePreset(values.preset),
    spun: values['no-spun'] !== true,
    markup: values['no-markup'] !== true,
    help: values.help === true,
    version: values.version === true
  }
}

function parseRaw(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: {type: 'boolean'},
        ndjson: {type: 'boolean'},
        text: {type: 'boolean'},
        html: {type: 'boolean'},
        out: {type: 'string'},
        output: {type: 'string', short: 'o'},
        jobs: {type: 'string'},
        preset: {type: 'string'},
        'no-spun': {type: 'boolean'},
        'no-markup': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    // parseArgs explains itself in one sentence; only its trailing hints go.
    throw new UsageError(firstSentence((error as Error).message))
  }
}

function chooseFormat(values: Partial<Record<Format, boolean | undefined>>): Format | undefined {
  const asked = FORMATS.filter((name) => values[name] === true)
  if (asked.length > 1) throw new UsageError(`choose one of ${asked.map((name) => `--${name}`).join(', ')}`)
  return asked[0]
}

function parseJobs(value: string): number {
  const jobs = WHOLE_NUMBER.test(value) ? Number(value) : Number.NaN
  if (!(jobs >= 1)) throw new UsageError(`--jobs expects a whole number of at least 1, got ${JSON.stringify(value)}`)
  return jobs
}

function parsePreset(value: string | undefined): Preset {
  if (value === undefined) return 'balanced'
  const preset = PRESETS.find((name) => name === value)
  if (preset === undefined) throw new UsageError(`--preset expects one of ${PRESETS.join(', ')}, got ${JSON.stringify(value)}`)
  return preset
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value === '') throw new UsageError(`${flag} expects a path`)
  return value
}

function firstSentence(message: string): string {
  const line = message.split('\n', 1)[0] ?? message
  const cut = line.indexOf('. ')
  return cut === -1 ? line : line.slice(0, cut + 1)
}
