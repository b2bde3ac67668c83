#!/usr/bin/env node
/**
 * The `unspun` command: clean one scraped page (a file, or stdin) and print
 * the article as JSON or as clean text.
 */
import {readFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {cleanArticle} from '../pipeline.js'
import type {Article, Preset} from '../types.js'

const HELP = `Usage: unspun [options] [file]

Clean scraped article text. Reads the file, or stdin when no file is given,
and prints the article.

Options:
  --json            print the article as JSON (default)
  --text            print the title and the clean body as text
  --preset NAME     precision | balanced | recall (default: balanced)
  --no-spun         skip spun-text detection
  -h, --help        show this help

Exit codes: 0 cleaned, 2 usage error or unreadable input.`

/** What went wrong, for a one-line message and exit code 2. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const {values, positionals} = parseCli(argv)
  if (values.help) {
    process.stdout.write(HELP + '\n')
    return
  }
  if (positionals.length > 1) throw new UsageError('expected at most one file')
  const file = positionals[0]
  const text = file === undefined || file === '-' ? await readStdin() : await readInput(file)
  const article = cleanArticle(text, {preset: values.preset as Preset, spun: !values['no-spun']})
  process.stdout.write(values.text ? asText(article) : JSON.stringify(article, null, 2) + '\n')
}

function parseCli(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: {type: 'boolean'},
        text: {type: 'boolean'},
        preset: {type: 'string', default: 'balanced'},
        'no-spun': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'error')}`)
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The article as plain text: title, date and authors, then the body. */
function asText(article: Article): string {
  const head = [article.title, [article.date, article.authors.join(', ')].filter(Boolean).join(' · ')].filter(Boolean)
  return [...head, '', article.body, ''].join('\n')
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`unspun: ${message}\n`)
  process.exitCode = error instanceof UsageError || error instanceof TypeError ? 2 : 1
})
