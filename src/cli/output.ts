/**
 * How a cleaned article is written: the formatting is pure (and runs in the
 * worker threads, so the main thread only copies bytes to stdout); the
 * sinks write to stdout, with stream backpressure, or to one file per input.
 */
import {once} from 'node:events'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Article} from '../types.js'

/**
 * The written form of one article:
 * `json` a whole document, `json-item` an element of a JSON array (with `id`),
 * `ndjson` one line with `id`, `text` plain text, `text-item` plain text under
 * a `==> id <==` header (as `head` does for several files).
 */
export type Shape = 'json' | 'json-item' | 'ndjson' | 'text' | 'text-item'

const UNSAFE_NAME_CHARACTER = /[^\w.-]/g
const MAX_NAME_LENGTH = 120

/**
 * Format one article.
 *
 * @param article The clean article.
 * @param id The input's id: its path, or the NDJSON line's `id`.
 * @param shape The written form.
 */
export function formatArticle(article: Article, id: string, shape: Shape): string {
  switch (shape) {
    case 'json':
      return JSON.stringify(article, null, 2) + '\n'
    case 'json-item':
      return JSON.stringify({id, ...article}, null, 2)
    case 'ndjson':
      return JSON.stringify({id, ...article}) + '\n'
    case 'text':
      return asText(article)
    case 'text-item':
      return `==> ${id} <==\n${asText(article)}\n`
  }
}

/**
 * The article as plain text: the title, a line with the date and authors,
 * a blank line, then the body.
 *
 * @param article The clean article.
 */
export function asText(article: Article): string {
  const meta = [article.date, article.authors.join(', ')].filter(Boolean).join(' · ')
  const head = [article.title, meta].filter(Boolean)
  return [...head, '', article.body, ''].join('\n')
}

/** Where formatted articles go, in order. */
export interface Sink {
  /** Write one formatted article; `name` names its file under `--out`. */
  write(output: Uint8Array, name: string): Promise<void>
  /** Finish (close a JSON array). */
  close(): Promise<void>
}

/**
 * A sink writing to a stream, waiting for `drain` when the stream is full so
 * a slow reader slows the workers instead of filling memory. `json-item`
 * outputs are wrapped in one JSON array.
 *
 * @param stream Usually process.stdout.
 * @param shape The shape the outputs were formatted in.
 */
export function streamSink(stream: NodeJS.WritableStream, shape: Shape): Sink {
  const array = shape === 'json-item'
  let count = 0
  return {
    async write(output) {
      if (array) await put(stream, count === 0 ? '[\n' : ',\n')
      count += 1
      await put(stream, output)
    },
    async close() {
      if (array) await put(stream, count === 0 ? '[]\n' : '\n]\n')
    }
  }
}

/**
 * A sink writing one file per input into `directory`, named after the input
 * (`pages/a.txt` → `a.json`); a name used twice gets `-2`, `-3`, ….
 *
 * @param directory The output directory, created when missing.
 * @param extension `.json` or `.txt`.
 */
export function directorySink(directory: string, extension: string): Sink {
  const used = new Set<string>()
  return {
    async write(output, name) {
      const file = uniqueName(safeName(name), extension, used)
      used.add(file)
      const target = path.join(directory, file)
      await mkdir(path.dirname(target), {recursive: true})
      await writeFile(target, output)
    },
    async close() {}
  }
}

/**
 * A file name for an NDJSON id or a relative input path: every character
 * other than letters, digits, `.`, `-`, `_` and `/` becomes `_`.
 */
function safeName(name: string): string {
  const parts = name.split('/').map((part) => part.replace(UNSAFE_NAME_CHARACTER, '_').slice(0, MAX_NAME_LENGTH))
  const kept = parts.filter((part) => part !== '' && part !== '.' && part !== '..')
  return kept.length === 0 ? 'input' : kept.join('/')
}

function uniqueName(name: string, extension: string, used: ReadonlySet<string>): string {
  let file = name + extension
  for (let suffix = 2; used.has(file); suffix += 1) file = `${name}-${suffix}${extension}`
  return file
}

async function put(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain')
}
