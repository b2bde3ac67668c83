#!/usr/bin/env node
// Scores unspun's HTML path (cleanHtml from dist/) on the original pages of
// the evaluation sets in ../shared/eval, with the same measures the text
// scorer there uses, so the two paths can be compared page for page:
//
//   aeb, naeb     word 4-gram shingles counted as multisets; precision and
//                 recall per page, each averaged over the pages where it is
//                 defined; F1 of the two averages
//   trafilatura   `with` snippets found in the body are hits, `without`
//                 snippets found are false positives, pooled over all pages
//
// Title, date and author are exact matches after folding case, punctuation
// and spacing.
//
// Usage (from the package root, after `npm run build`):
//   node scripts/eval-html.mjs [--set aeb,naeb,trafilatura] [--limit N]
//        [--no-structure] [--preset NAME] [--worst N] [--json] [--data DIR]
//        [--pages FILE]   per-page scores as JSON, for comparing two runs
//        [--dist DIR]     another build (a copy of dist/), to compare variants built at one time
//        [--as-text]      hand the HTML to cleanArticle, as a scraper that saved the page's source
//                         where text was expected would (the markup step reads it); offsets and
//                         metadata from the page's <head> are then those of the text path
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

function options(argv) {
  const o = {sets: ['aeb', 'naeb', 'trafilatura'], limit: Infinity, structure: true, preset: 'balanced', worst: 0, json: false, dist: path.join(ROOT, 'dist'), data: path.join(ROOT, '..', 'shared', 'eval')}
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--set') o.sets = argv[++i].split(',')
    else if (flag === '--limit') o.limit = Number(argv[++i])
    else if (flag === '--no-structure') o.structure = false
    else if (flag === '--preset') o.preset = argv[++i]
    else if (flag === '--worst') o.worst = Number(argv[++i])
    else if (flag === '--json') o.json = true
    else if (flag === '--data') o.data = argv[++i]
    else if (flag === '--pages') o.pages = argv[++i]
    else if (flag === '--dist') o.dist = argv[++i]
    else if (flag === '--as-text') o.asText = true
    else {
      console.error(`eval-html: unknown argument ${flag}`)
      process.exit(2)
    }
  }
  return o
}

// ---- reading pages: bytes to a string
// Valid UTF-8 is read as UTF-8 (some pages declare one charset and are
// another, archive.org copies declare two); otherwise the first non-UTF-8
// charset the page declares, else windows-1252, a browser's usual fallback.

const CHARSET_RE = /charset\s*=\s*["']?\s*([\w.:-]{1,40})/gi

function decodePage(bytes) {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const head = bytes.subarray(0, 16384).toString('latin1')
    const declared = [...head.matchAll(CHARSET_RE)].map((m) => m[1].toLowerCase()).filter((label) => label !== 'utf-8' && label !== 'utf8')
    for (const label of [...declared, 'windows-1252']) {
      try {
        return new TextDecoder(label).decode(bytes)
      } catch {
        // An unknown label: try the next.
      }
    }
    return new TextDecoder('utf-8').decode(bytes)
  }
}

function readPage(file) {
  const bytes = readFileSync(file)
  return decodePage(file.endsWith('.gz') ? gunzipSync(bytes) : bytes)
}

// ---- the shingle measure

const WORD_RE = /[\p{L}\p{N}_]+/gu

/** Counts of every run of `n` consecutive words; a text shorter than `n` words is one shingle. */
function shingleCounts(text, n = 4) {
  const words = String(text ?? '').match(WORD_RE) ?? []
  const counts = new Map()
  if (words.length === 0) return counts
  const starts = Math.max(1, words.length - n + 1)
  for (let i = 0; i < starts; i++) {
    const key = words.slice(i, i + n).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Shingles in both (tp), only predicted (fp) and only in the gold (fn), as multisets. */
function overlap(gold, predicted) {
  const g = shingleCounts(gold)
  const p = shingleCounts(predicted)
  let tp = 0
  let goldTotal = 0
  let predictedTotal = 0
  for (const count of g.values()) goldTotal += count
  for (const [key, count] of p) {
    predictedTotal += count
    tp += Math.min(count, g.get(key) ?? 0)
  }
  return {tp, fp: predictedTotal - tp, fn: goldTotal - tp}
}

const average = (values) => (values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length)
const harmonic = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

/** Per-page precision averaged over pages that predicted something, recall over pages with gold; F1 of the two. */
function shingleSummary(pages) {
  const precision = average(pages.filter((x) => x.tp + x.fp > 0).map((x) => x.tp / (x.tp + x.fp)))
  const recall = average(pages.filter((x) => x.tp + x.fn > 0).map((x) => x.tp / (x.tp + x.fn)))
  return {precision, recall, f1: harmonic(precision, recall)}
}

// ---- metadata

const FOLD_RE = /[\s\p{P}]+/gu
const fold = (value) => String(value ?? '').normalize('NFKC').toLowerCase().replace(FOLD_RE, ' ').trim()
const authorText = (article) => (article.authors.length > 0 ? article.authors.join(', ') : article.author ?? '')

function tally(meta, field, ok) {
  meta[field][1]++
  if (ok) meta[field][0]++
}

function checkMeta(meta, article, gold) {
  if (gold.title) tally(meta, 'title', fold(article.title) === fold(gold.title))
  if (gold.date) tally(meta, 'date', String(article.date ?? '').slice(0, 10) === String(gold.date).slice(0, 10))
  const authors = gold.authors ?? gold.author
  if (authors) tally(meta, 'author', fold(authorText(article)) === fold(authors))
}

// ---- running

function clean(html, o, errors, id) {
  try {
    return o.asText ? cleanArticle(html, {preset: o.preset}) : cleanHtml(html, {structure: o.structure, preset: o.preset})
  } catch (error) {
    errors.push(`${id}: ${String(error?.message ?? error).slice(0, 200)}`)
    return {body: '', title: null, date: null, author: null, authors: []}
  }
}

function scoreShingles(set, o) {
  const dir = path.join(o.data, set)
  const goldFile = existsSync(path.join(dir, 'ground-truth.json')) ? 'ground-truth.json' : 'articles.json'
  const gold = JSON.parse(readFileSync(path.join(dir, goldFile), 'utf8'))
  const pages = []
  const errors = []
  const meta = {title: [0, 0], date: [0, 0], author: [0, 0]}
  let ms = 0
  let bytes = 0
  for (const id of Object.keys(gold).sort()) {
    if (pages.length >= o.limit) break
    const file = path.join(dir, 'html', `${id}.html.gz`)
    if (!existsSync(file)) continue
    const html = readPage(file)
    const started = performance.now()
    const article = clean(html, o, errors, id)
    ms += performance.now() - started
    bytes += Buffer.byteLength(html)
    const counts = overlap(gold[id].articleBody, article.body)
    const p = counts.tp + counts.fp > 0 ? counts.tp / (counts.tp + counts.fp) : 0
    const r = counts.tp + counts.fn > 0 ? counts.tp / (counts.tp + counts.fn) : 0
    pages.push({id, ...counts, f1: harmonic(p, r)})
    checkMeta(meta, article, gold[id])
  }
  const worst = [...pages].sort((a, b) => a.f1 - b.f1).slice(0, o.worst).map(({id, f1}) => ({id, f1: Number(f1.toFixed(3))}))
  return {set, pages: pages.length, ...shingleSummary(pages), meta, errors, worst, ms, bytes, perPage: pages.map(({id, f1}) => ({id, f1}))}
}

function scoreSnippets(set, o) {
  const dir = path.join(o.data, set)
  const gold = JSON.parse(readFileSync(path.join(dir, 'expectations.by-file.json'), 'utf8'))
  const present = new Set(readdirSync(path.join(dir, 'html')))
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  let count = 0
  const errors = []
  const perPage = []
  const meta = {title: [0, 0], date: [0, 0], author: [0, 0]}
  let ms = 0
  let bytes = 0
  for (const file of Object.keys(gold).sort()) {
    if (count >= o.limit) break
    if (!present.has(file)) continue
    count++
    const html = readPage(path.join(dir, 'html', file))
    const started = performance.now()
    const article = clean(html, o, errors, file)
    ms += performance.now() - started
    bytes += Buffer.byteLength(html)
    const body = article.body.replace(/\s+/g, ' ')
    const has = (snippet) => body.includes(snippet.replace(/\s+/g, ' '))
    let wrong = 0
    for (const snippet of gold[file].with ?? []) {
      if (has(snippet)) tp++
      else {
        fn++
        wrong++
      }
    }
    for (const snippet of gold[file].without ?? []) {
      if (has(snippet)) {
        fp++
        wrong++
      } else tn++
    }
    perPage.push({id: file, wrong, of: (gold[file].with?.length ?? 0) + (gold[file].without?.length ?? 0)})
    checkMeta(meta, article, gold[file])
  }
  const precision = tp / (tp + fp || 1)
  const recall = tp / (tp + fn || 1)
  const worst = [...perPage].sort((a, b) => b.wrong - a.wrong).slice(0, o.worst)
  return {set, pages: count, perPage: [...perPage].sort((a, b) => (a.id < b.id ? -1 : 1)), precision, recall, f1: harmonic(precision, recall), accuracy: (tp + tn) / (tp + tn + fp + fn || 1), meta, errors, worst, ms, bytes}
}

const o = options(process.argv.slice(2))
// dist/html.js rather than dist/index.js: the HTML path is scored on its own module.
const {cleanHtml} = await import(pathToFileURL(path.join(o.dist, 'html.js')).href)
const {cleanArticle} = await import(pathToFileURL(path.join(o.dist, 'pipeline.js')).href)
const results = o.sets.map((set) => (set === 'trafilatura' ? scoreSnippets(set, o) : scoreShingles(set, o)))
if (o.pages) writeFileSync(o.pages, JSON.stringify(Object.fromEntries(results.map((r) => [r.set, r.perPage]))))
if (o.json) console.log(JSON.stringify(results.map(({perPage, ...r}) => r)))
else {
  for (const r of results) {
    const meta = Object.entries(r.meta)
      .map(([field, [hits, of]]) => `${field} ${of ? (hits / of).toFixed(3) : '-'}`)
      .join('  ')
    const speed = r.ms > 0 ? `  ${(r.bytes / 1e6 / (r.ms / 1e3)).toFixed(1)} MB/s` : ''
    console.log(`${`${r.set}/${o.asText ? 'html-as-text' : 'html'}`.padEnd(24)} pages ${String(r.pages).padStart(4)}  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  ${meta}${speed}${r.errors.length ? `  ERRORS ${r.errors.length}` : ''}`)
    for (const e of r.errors.slice(0, 5)) console.log(`    error ${e}`)
    for (const w of r.worst) console.log(`    worst ${JSON.stringify(w)}`)
  }
  console.log(`summary: ${results.map((r) => `${r.set} F1 ${r.f1.toFixed(3)}`).join('  ')}  mean F1 ${average(results.map((r) => r.f1)).toFixed(3)}`)
}
