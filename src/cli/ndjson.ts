/**
 * NDJSON pages in batches of whole lines. The main thread only cuts the byte
 * stream at line breaks (a search in native code); the thread that cleans a
 * batch decodes and parses its lines. With worker threads the main thread
 * then does next to nothing per page, and a message carries many pages.
 */

/** Whole NDJSON lines as UTF-8 bytes, with where they start in the stream. */
export interface LineBatch {
  kind: 'lines'
  /** One or more lines, each ended by a line break except perhaps the stream's last. */
  bytes: Uint8Array
  /** The 1-based number of the first line in the stream (the id of a line without one). */
  firstLine: number
  /** The number of lines, blank ones included. */
  lineCount: number
}

/** One page read from a line: its content, or why the line is not one. */
export type Item = {id: string; content: string; html: boolean} | {id: string; error: string}

const NEWLINE = 0x0a

/**
 * Cut a byte stream into batches of whole lines of about `size` bytes: a
 * batch ends at the last line break of the chunk that brings it to `size`
 * (a longer line makes a longer batch). A line break is never part of a
 * multi-byte UTF-8 character, so each batch decodes on its own. The stream is
 * read only as fast as the batches are taken.
 *
 * @param chunks The stream (stdin after its first line was looked at).
 * @param size The number of bytes after which a batch ends at the next chance.
 */
export async function* cutLines(chunks: AsyncIterable<Buffer>, size: number): AsyncGenerator<LineBatch> {
  let held: Buffer[] = []
  let heldBytes = 0
  let firstLine = 1
  for await (const chunk of chunks) {
    held.push(chunk)
    heldBytes += chunk.length
    const end = heldBytes >= size ? chunk.lastIndexOf(NEWLINE) : -1
    if (end === -1) continue
    // Up to the newest chunk's last line break; the rest starts the next batch.
    const cut = heldBytes - chunk.length + end + 1
    const batch = lineBatch(Buffer.concat(held, cut), firstLine)
    yield batch
    firstLine += batch.lineCount
    const rest = chunk.subarray(end + 1)
    held = rest.length > 0 ? [rest] : []
    heldBytes = rest.length
  }
  if (heldBytes > 0) yield lineBatch(Buffer.concat(held, heldBytes), firstLine)
}

function lineBatch(bytes: Buffer, firstLine: number): LineBatch {
  let breaks = 0
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) breaks += 1
  // A last line without a line break (the end of the stream) counts too.
  const lineCount = bytes.at(-1) === NEWLINE ? breaks : breaks + 1
  return {kind: 'lines', bytes, firstLine, lineCount}
}

/**
 * The pages of a batch of lines, in order; blank lines are skipped.
 *
 * @param batch Lines cut by `cutLines` (possibly copied to another thread).
 */
export function readLines(batch: LineBatch): Item[] {
  const {bytes} = batch
  // Buffer's decoding, like the stream's, keeps a byte order mark as a character.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  const items: Item[] = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index += 1) {
    const item = parseItem(lines[index] as string, batch.firstLine + index)
    if (item !== undefined) items.push(item)
  }
  return items
}

/**
 * One NDJSON line as a page; blank lines are skipped (undefined).
 *
 * @param line The line, without its line break.
 * @param number Its 1-based line number, the id when the line has none.
 */
export function parseItem(line: string, number: number): Item | undefined {
  if (line.trim() === '') return undefined
  const value = parseObject(line)
  const fallback = `line ${number}`
  if (value === undefined) return {id: fallback, error: 'not a JSON object'}
  const id = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : fallback
  if (typeof value.text === 'string') return {id, content: value.text, html: false}
  if (typeof value.html === 'string') return {id, content: value.html, html: true}
  return {id, error: 'expected a string "text" or "html"'}
}

/**
 * Whether a line is an NDJSON page: a JSON object with a string `text` or `html`.
 *
 * @param line The line, without its line break.
 */
export function isPageLine(line: string): boolean {
  const value = parseObject(line)
  return value !== undefined && (typeof value.text === 'string' || typeof value.html === 'string')
}

function parseObject(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
