/**
 * One page's work, run in a worker thread by piscina (its default export) or
 * in the main thread when there is one job: read the file, clean it, and
 * format the result, so the main thread only copies strings.
 */
import {readFile} from 'node:fs/promises'
import {cleanHtml} from '../html.js'
import {cleanArticle} from '../pipeline.js'
import type {Article, CleanOptions} from '../types.js'
import {describeError} from './inputs.js'
import {formatArticle, type Shape} from './output.js'

/** One page to clean: a file to read, or the content itself. */
export interface Task {
  id: string
  /** The file to read, when `content` is not given. */
  path?: string
  content?: string
  /** The content is HTML. */
  html: boolean
  /** How to return the article: formatted, or the object itself (for the report). */
  shape: Shape | 'article'
  options: CleanOptions
}

/** A formatted article. */
export interface Formatted {
  id: string
  output: string
}

/** An article with the input it came from, for the report. */
export interface Cleaned {
  id: string
  input: string
  article: Article
}

/** What a task gives back. */
export type TaskResult = Formatted | Cleaned

/**
 * Read, clean and format one page.
 *
 * @param task The page and how to return it.
 * @throws {Error} With a short reason when the file cannot be read or the page cannot be cleaned.
 */
export default async function processTask(task: Task): Promise<TaskResult> {
  const given = task.content ?? (await readPage(task.path ?? task.id))
  // For HTML the article's offsets point into the text extracted from the
  // page, so that text is what the report shows.
  const {article, input} = task.html ? fromHtml(given, task.options) : {article: cleanArticle(given, task.options), input: given}
  if (task.shape === 'article') return {id: task.id, input, article}
  return {id: task.id, output: formatArticle(article, task.id, task.shape)}
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
