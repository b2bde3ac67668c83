/**
 * Every page of ../shared/eval — every set, every input style — cleans
 * without throwing, and none is pathologically slow: no page takes more than
 * 100× the median page.
 *
 * Not a benchmark (that is `npm run bench`): the bound is a ratio within one
 * run, and a page over 10× the median is timed again (the faster of two runs
 * counts), so a garbage-collection pause or a busy machine does not fail it.
 * Skipped, with a message, where ../shared/eval is not checked out.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'

const EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url))
const HAVE_EVAL = existsSync(EVAL)
if (!HAVE_EVAL) console.warn(`eval-pages: skipped, ${EVAL} is missing (check out ../shared/eval to run it)`)

/** Pages slower than this many medians are timed again. */
const RETIME_OVER = 10
/** No page may take longer than this many medians. */
const MAX_OVER_MEDIAN = 100

interface InputFile {
  set: string
  style: string
  path: string
}

/** Every `<set>/inputs.<style>.jsonl` under the eval directory. */
function inputFiles(): InputFile[] {
  const files: InputFile[] = []
  for (const set of readdirSync(EVAL, {withFileTypes: true})) {
    if (!set.isDirectory()) continue
    for (const name of readdirSync(join(EVAL, set.name)).sort()) {
      const match = /^inputs\.([\w-]+)\.jsonl$/.exec(name)
      if (match) files.push({set: set.name, style: match[1] as string, path: join(EVAL, set.name, name)})
    }
  }
  return files.sort((a, b) => `${a.set}/${a.style}`.localeCompare(`${b.set}/${b.style}`))
}

interface Page {
  where: string
  text: string
}

function pagesOf(file: InputFile): Page[] {
  return readFileSync(file.path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const {id, text} = JSON.parse(line) as {id: string; text: string}
      return {where: `${file.set}/${file.style}/${id}`, text}
    })
}

/** Milliseconds one clean of `text` takes. */
function timeOne(text: string): number {
  const started = performance.now()
  cleanArticle(text)
  return performance.now() - started
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

describe.skipIf(!HAVE_EVAL)('every page of ../shared/eval', () => {
  const files = HAVE_EVAL ? inputFiles() : []
  const times = new Map<string, number>()
  const pages = new Map<string, string>()

  it('has the sets and styles it is meant to cover', () => {
    expect(files.map((f) => `${f.set}/${f.style}`)).toEqual(
      expect.arrayContaining(['aeb/beautifulsoup', 'aeb/html2text', 'aeb/innertext', 'naeb/innertext', 'trafilatura/innertext'])
    )
  })

  for (const file of files) {
    it(`cleans every page of ${file.set}/${file.style} without throwing`, () => {
      const failures: string[] = []
      const list = pagesOf(file)
      expect(list.length).toBeGreaterThan(0)
      for (const page of list) {
        try {
          const started = performance.now()
          const article = cleanArticle(page.text)
          times.set(page.where, performance.now() - started)
          pages.set(page.where, page.text)
          if (typeof article.body !== 'string') failures.push(`${page.where}: body is ${typeof article.body}`)
        } catch (error) {
          failures.push(`${page.where}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' / ')}`)
        }
      }
      expect(failures).toEqual([])
    })
  }

  it(`takes no more than ${MAX_OVER_MEDIAN}× the median time on any page`, () => {
    expect(times.size).toBeGreaterThan(0)
    const typical = median([...times.values()])
    // Re-time the slow ones; the faster of the two runs is the page's time.
    for (const [where, ms] of times) {
      if (ms > typical * RETIME_OVER) times.set(where, Math.min(ms, timeOne(pages.get(where) as string)))
    }
    const slowest = [...times].sort((a, b) => b[1] - a[1]).slice(0, 5)
    const over = slowest.filter(([, ms]) => ms > typical * MAX_OVER_MEDIAN)
    expect(
      over.map(([where, ms]) => `${where}: ${ms.toFixed(0)} ms = ${(ms / typical).toFixed(0)}× the median ${typical.toFixed(1)} ms`)
    ).toEqual([])
  })
})
