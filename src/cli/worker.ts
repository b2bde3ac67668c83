/**
 * One batch's work, run in a worker thread by piscina (its default export) or
 * in the main thread when there is one job: read the files or the NDJSON
 * lines, clean each page and format it, so the main thread only passes bytes
 * in and out, a batch at a time.
 */
import {readFile} from 'node:fs/promises'
import {cleanHtml} from '../html.js'
import {cleanArticle} from '../pipeline.js'
import type {Article, CleanOptions} from '../types.js'
import {describeError} from './inputs.js'
import {readLines, type Item, type LineBatch} from './ndjson.js'
import {formatArticle, type Shape} from './output.js'

/** One page given by itself: a file to read, its content, or why there is none. */
export interface Page {
  id: string
  /** The output file name under `--out`. */
  name: string
  /** The content is HTML (by the file's extension). */
  html: boolean
  /** The file to read, when `content` is not given. */
  path?: string
  content?: string
  /** Why the input cannot be cleaned, when that is known before reading it. */
  error?: string
}

/** Pages given one by one. */
export interface PageList {
  kind: 'pages'
  pages: Page[]
}

/** The work one message carries: some pages, and how to clean and return them. */
export interface Batch {
  source: PageList | LineBatch
  /** Every page is HTML (`--html`). */
  html: boolean
  /** How to return each article: formatted, or the object itself (for the report). */
  shape: Shape | 'article'
  options: CleanOptions
}

/** A formatted article. */
export interface Formatted {
  id: string
  name: string
  /**
   * The text as UTF-8: bytes cross to the main thread outside its heap, so
   * they leave it no garbage to collect, and are written without encoding.
   */
  output: Uint8Array
}

/** An article with the input it came from, for the report. */
export interface Cleaned {
  id: string
  name: string
  input: string
  article: Article
}

/** A page that could not be cleaned, with a short reason. */
export interface Failed {
  id: string
  error: string
}

/** What one page gives back. */
export type PageResult = Formatted | Cleaned | Failed

/**
 * Read, clean and format every page of a batch, in order. A page that fails
 * becomes a `Failed` result; the others are not affected.
 *
 * @param batch The pages and how to return them.
 */
export default async function processBatch(batch: Batch): Promise<PageResult[]> {
  const {source} = batch
  const pages = source.kind === 'pages' ? source.pages : readLines(source).map(asPage)
  const results: PageResult[] = []
  for (const page of pages) results.push(await processPage(page, batch))
  return results
}

/** An NDJSON line's page: its id also names its output file. */
function asPage(item: Item): Page {
  return 'error' in item ? {id: item.id, name: item.id, html: false, error: item.error} : {...item, name: item.id}
}

async function processPage(page: Page, batch: Batch): Promise<PageResult> {
  if (page.error !== undefined) return {id: page.id, error: page.error}
  try {
    const given = page.content ?? (await readPage(page.path ?? page.id))
    // For HTML the article's offsets point into the text extracted from the
    // page, so that text is what the report shows.
    const {article, input} = page.html || batch.html ? fromHtml(given, batch.options) : {article: cleanArticle(given, batch.options), input: given}
    if (batch.shape === 'article') return {id: page.id, name: page.name, input, article}
    return {id: page.id, name: page.name, output: Buffer.from(formatArticle(article, page.id, batch.shape))}
  } catch (error) {
    return {id: page.id, error: error instanceof Error ? error.message : String(error)}
  }
}

function fromHtml(html: string, options: CleanOptions): {article: Article; input: string} {
  const article = cleanHtml(html, options)
  return {article, input: article.text}
}

async function readPage(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(describeError(error))
  }
}
