/**
 * Reading ../shared/eval for the benchmarks: the text inputs (every set and
 * style, `{id, text}` per line) and the HTML of the same pages.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'

/** Where the evaluation data lives. */
export const EVAL_DIR = fileURLToPath(new URL('../../shared/eval/', import.meta.url))

/**
 * Every page of every `<set>/inputs.<style>.jsonl`, in a fixed order.
 *
 * @param {string} [onlyStyle] Read only this input style (e.g. `innertext`).
 * @returns {{set: string, style: string, id: string, text: string, bytes: number}[]}
 */
export function loadTextPages(onlyStyle) {
  if (!existsSync(EVAL_DIR)) throw new Error(`bench: ${EVAL_DIR} is missing; the benchmarks run on ../shared/eval`)
  const pages = []
  for (const set of readdirSync(EVAL_DIR, {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const name of readdirSync(join(EVAL_DIR, set)).sort()) {
      const match = /^inputs\.([\w-]+)\.jsonl$/.exec(name)
      if (!match || (onlyStyle !== undefined && match[1] !== onlyStyle)) continue
      for (const line of readFileSync(join(EVAL_DIR, set, name), 'utf8').split('\n')) {
        if (line.trim() === '') continue
        const {id, text} = JSON.parse(line)
        pages.push({set, style: match[1], id, text, bytes: Buffer.byteLength(text)})
      }
    }
  }
  return pages
}

/**
 * The HTML of a page of `set`, or null when the set has none for `id`.
 * aeb and naeb keep gzipped pages, trafilatura raw ones.
 *
 * @param {string} set
 * @param {string} id
 * @returns {string | null}
 */
export function loadHtml(set, id) {
  const gz = join(EVAL_DIR, set, 'html', `${id}.html.gz`)
  if (existsSync(gz)) return gunzipSync(readFileSync(gz)).toString('utf8')
  const raw = join(EVAL_DIR, set, 'html', `${id}.html`)
  if (existsSync(raw)) return readFileSync(raw, 'utf8')
  return null
}
