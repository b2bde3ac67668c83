#!/usr/bin/env node
/**
 * The `unspun` command: clean scraped pages — files, directories, globs or
 * stdin (text or NDJSON) — in worker threads, and write the articles as JSON,
 * NDJSON, text or one file per input; or, with `unspun report`, a visual
 * HTML report.
 */
import {readFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {HELP, parseCli, UsageError, type CliOptions} from './args.js'
import {directorySink, streamSink} from './output.js'
import {chooseShape} from './plan.js'
import {runReport} from './report.js'
import {runJobs, type CommandIo} from './run.js'
import type {Formatted} from './worker.js'

async function main(argv: string[], io: CommandIo): Promise<number> {
  const options = parseCli(argv, availableParallelism())
  if (options.help) return say(io, HELP)
  if (options.version) return say(io, await version())
  return options.command === 'report' ? runReport(options, io) : runClean(options, io)
}

/** Clean every input and write the articles; 1 when some inputs failed. */
async function runClean(options: CliOptions, io: CommandIo): Promise<number> {
  const failed = await runJobs(options, io, (plan) => {
    // One input gives a document, several give ids: the plan knows which.
    const shape = chooseShape(options.format, plan.several, options.outDir !== undefined)
    const sink = options.outDir === undefined ? streamSink(io.stdout, shape) : directorySink(options.outDir, shape === 'text' ? '.txt' : '.json')
    return {shape, consume: (result) => sink.write((result as Formatted).output, result.name), close: () => sink.close()}
  })
  return failed > 0 ? 1 : 0
}

function say(io: CommandIo, text: string): number {
  io.stdout.write(text + '\n')
  return 0
}

/** The version from package.json, two levels up from dist/cli/. */
async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

// A closed pipe (`unspun … | head`) ends the run quietly, as with other tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

main(process.argv.slice(2), {cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`unspun: ${message}\n`)
    process.exitCode = error instanceof UsageError ? 2 : 1
  }
)
