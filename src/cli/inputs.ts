/**
 * Turning the command line's inputs into a list of pages: files, directories
 * and globs are expanded up front (so the progress bar knows the total);
 * NDJSON on stdin is streamed (see ndjson.ts), so a huge stream never sits in
 * memory.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {isPageLine} from './ndjson.js'

/** One file to clean. */
export interface FileInput {
  kind: 'file'
  /** The path as shown to the user: in output lines and error messages. */
  id: string
  /** The path to read. */
  path: string
  /** The output file name under `--out`, relative, without extension. */
  name: string
  /** The file's extension says it is HTML. */
  html: boolean
}

/** Where stdin's pages go in the order of inputs. */
export interface StdinInput {
  kind: 'stdin'
}

/** An input that stands for no readable file, with why. */
export interface FailedInput {
  kind: 'failed'
  /** The input as given. */
  id: string
  message: string
}

/** An input, in the order the command line gave it. */
export type Planned = FileInput | StdinInput | FailedInput

/** What stdin held: one page of text, or an NDJSON stream, not yet read past its first chunks. */
export type StdinContent = {kind: 'text'; text: string} | {kind: 'ndjson'; chunks: AsyncIterable<Buffer>}

/** Extensions of files taken from a directory. */
const DIRECTORY_PATTERN = '**/*.{txt,text,md,markdown,html,htm}'
const HTML_EXTENSION = /\.html?$/i
const PATH_SEPARATOR = /[\\/]/

/**
 * Expand files, directories and globs, in the order given; a glob's or a
 * directory's files are sorted. A file reached twice is cleaned once. An
 * input that stands for no file is kept, as a failure, in its place.
 *
 * @param patterns The inputs as given; `-` stands for stdin.
 * @param cwd The directory relative paths start from.
 */
export async function expandInputs(patterns: readonly string[], cwd: string): Promise<Planned[]> {
  const inputs: Planned[] = []
  const seen = new Set<string>()
  for (const pattern of patterns) {
    if (pattern === '-') {
      if (!inputs.some((input) => input.kind === 'stdin')) inputs.push({kind: 'stdin'})
      continue
    }
    const found = await expandOne(pattern, cwd)
    if (typeof found === 'string') {
      inputs.push({kind: 'failed', id: pattern, message: found})
      continue
    }
    for (const file of found) {
      const key = path.resolve(cwd, file.path)
      if (seen.has(key)) continue
      seen.add(key)
      inputs.push(file)
    }
  }
  return inputs
}

/** The files one pattern stands for, or why it stands for none. */
async function expandOne(pattern: string, cwd: string): Promise<FileInput[] | string> {
  const info = await stat(path.resolve(cwd, pattern)).catch((error: NodeJS.ErrnoException) => error)
  if (!(info instanceof Error)) {
    if (info.isDirectory()) return fromDirectory(pattern, cwd)
    return [fileInput(pattern, path.basename(pattern))]
  }
  if (isDynamicPattern(pattern)) {
    const files = (await glob([pattern], {cwd, onlyFiles: true, expandDirectories: false})).sort()
    if (files.length === 0) return 'no file matches this pattern'
    const base = staticBase(pattern)
    return files.map((file) => fileInput(file, outName(path.relative(path.resolve(cwd, base), path.resolve(cwd, file)))))
  }
  return describeError(info)
}

async function fromDirectory(directory: string, cwd: string): Promise<FileInput[] | string> {
  const root = path.resolve(cwd, directory)
  const files = (await glob([DIRECTORY_PATTERN], {cwd: root, onlyFiles: true})).sort()
  if (files.length === 0) return 'no .txt, .text, .md, .html or .htm file in this directory'
  return files.map((file) => fileInput(path.join(directory, file), file))
}

function fileInput(file: string, name: string): FileInput {
  return {kind: 'file', id: file, path: file, name: stripExtension(outName(name)), html: HTML_EXTENSION.test(file)}
}

/** The leading directories of a glob that hold no glob syntax. */
function staticBase(pattern: string): string {
  const parts = pattern.split('/')
  const fixed: string[] = []
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break
    fixed.push(part)
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/'
}

/** A relative output name that cannot climb out of the output directory. */
function outName(relative: string): string {
  const parts = relative.split(PATH_SEPARATOR).filter((part) => part !== '' && part !== '.' && part !== '..')
  return parts.length === 0 ? 'input' : parts.join('/')
}

function stripExtension(name: string): string {
  const extension = path.extname(name)
  return extension === '' || extension === name ? name : name.slice(0, -extension.length)
}

/** A short reason for a failed read, without the path (the caller names it). */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  return error instanceof Error ? error.message : String(error)
}

/**
 * Read stdin far enough to tell NDJSON from text: when its first line is a
 * JSON object with a string `text` or `html`, every line is a page; otherwise
 * all of stdin is one page of text.
 *
 * @param stream The stream to read (process.stdin).
 */
export async function openStdin(stream: AsyncIterable<Buffer | string>): Promise<StdinContent> {
  const iterator = stream[Symbol.asyncIterator]()
  const head: Buffer[] = []
  let done = false
  let sawNewline = false
  // Only the newest chunk is searched, so a huge first line costs one pass.
  while (!done && !sawNewline) {
    const next = await iterator.next()
    if (next.done) done = true
    else {
      const chunk = toBuffer(next.value)
      head.push(chunk)
      sawNewline = chunk.includes(0x0a)
    }
  }
  const buffered = Buffer.concat(head)
  const newline = buffered.indexOf(0x0a)
  const firstLine = buffered.subarray(0, newline === -1 ? buffered.length : newline).toString('utf8')
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield buffered
    while (!done) {
      const next = await iterator.next()
      if (next.done) done = true
      else yield toBuffer(next.value)
    }
  }
  if (isPageLine(firstLine)) return {kind: 'ndjson', chunks: rest()}
  const chunks: Buffer[] = []
  for await (const chunk of rest()) chunks.push(chunk)
  return {kind: 'text', text: Buffer.concat(chunks).toString('utf8')}
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
}
