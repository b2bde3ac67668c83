/**
 * `npm run bench`: how fast unspun is, and how it scales.
 *
 * 1. Throughput of `cleanArticle` over every input of ../shared/eval (every
 *    set and style): pages/s and MB/s, and the slowest page against the median.
 * 2. Where the time goes: the pipeline's stages, called one by one in the
 *    order src/pipeline.ts calls them, as shares of the total; and the date
 *    finder and the phrase lookup on their own, over raw page text.
 * 3. Readability + linkedom on the HTML of the same pages, in the same run,
 *    each side in fresh processes (bench/side-child.js), twice, in the order
 *    unspun, Readability, Readability, unspun: the ratio of pages per
 *    second (absolute times are noise on a shared box).
 * 4. Scaling: 1 KB … 100 MB built by joining real pages, each size in a fresh
 *    process — time, peak memory, and the fitted growth exponent.
 *
 * Prints a compact table and writes bench/out/latest.json.
 *
 * Environment:
 *   BENCH_SKIP=stages,readability,scaling   skip sections (also: throughput)
 *   BENCH_SCALING_MAX_MB=10                 largest scaling input (default 100)
 *   BENCH_READABILITY_PAGES=200             HTML pages per set for Readability (default: all)
 *   BENCH_CHILD_TIMEOUT_S=300               give up on one scaling size after this long
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import {fileURLToPath} from 'node:url'
import {francAll} from 'franc'
import {
  addHeadline,
  assemble,
  blockDates,
  chooseDates,
  cleanArticle,
  decide,
  detectAll,
  detectLanguage,
  detectTitle,
  DETECTORS,
  documentFeatures,
  findDates,
  findMarkup,
  findSpun,
  normalize,
  PRESETS,
  segment,
  splitLines,
  unspin
} from '../dist/index.js'
import {paragraphsOf} from '../dist/assemble.js'
import {blockLowers} from '../dist/features.js'
import {blockLines} from '../dist/detect/context.js'
import {detectNameLine} from '../dist/detect/name-line.js'
import {checkOptions} from '../dist/options.js'
import {languageSample, MIN_LANGUAGE_SAMPLE} from '../dist/language.js'
import {containsPhrase} from '../dist/phrase-match.js'
import {sentenceSpans} from '../dist/sentences.js'
import {loadTextPages} from './eval-data.js'

const OUT_DIR = fileURLToPath(new URL('out/', import.meta.url))
const CHILD = fileURLToPath(new URL('scale-child.js', import.meta.url))
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean))
const SCALING_MAX = Number(process.env.BENCH_SCALING_MAX_MB ?? 100) * 1e6
const READABILITY_PAGES = Number(process.env.BENCH_READABILITY_PAGES ?? Infinity)
const CHILD_TIMEOUT = Number(process.env.BENCH_CHILD_TIMEOUT_S ?? 300) * 1000
const MB = 1e6
/** The issue's throughput goal, in MB/s per core. */
const GOAL_MB_PER_S = 20
/** Heap limit of each scaling child (see src/heap-room.ts: cleaning needs about 1 KB a block and 12 bytes a character). */
const SCALING_HEAP_MB = 8192

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  commit: gitCommit(),
  // Other work on the machine skews absolute times; ratios within the run hold better.
  loadAverage: os.loadavg()[0]
}

function gitCommit() {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {encoding: 'utf8'})
  return result.status === 0 ? result.stdout.trim() : null
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const fixed = (n, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits))
const pad = (s, n) => String(s).padEnd(n)
const lpad = (s, n) => String(s).padStart(n)

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ')
  console.log(line(headers))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

/** The best of three timed runs of `run`, in ms, after one untimed run to warm it. */
function bestOf3(run) {
  run()
  let best = Infinity
  for (let round = 0; round < 3; round++) {
    const started = performance.now()
    run()
    best = Math.min(best, performance.now() - started)
  }
  return best
}

function heading(text) {
  console.log(`\n## ${text}\n`)
}

// ---------------------------------------------------------------------------
// 1. Throughput.

const pages = loadTextPages()
const totalBytes = pages.reduce((sum, p) => sum + p.bytes, 0)
console.log(`unspun bench — ${report.cpu}, ${report.cores} cores, Node ${report.node}, commit ${report.commit}, load ${fixed(report.loadAverage, 2)}`)
console.log(`${pages.length} pages, ${fixed(totalBytes / MB)} MB of text in ../shared/eval`)

/** Per-page cleanArticle time in ms, keyed `set/style/id`. */
const pageMs = new Map()

if (!skip.has('throughput')) {
  heading('Throughput: cleanArticle over every eval input')
  // Warm the JIT and the lazily built tables on a slice of every style.
  for (const page of pages.filter((_, i) => i % 20 === 0)) cleanArticle(page.text)
  const groups = new Map()
  for (const page of pages) {
    const started = performance.now()
    cleanArticle(page.text)
    const ms = performance.now() - started
    pageMs.set(`${page.set}/${page.style}/${page.id}`, ms)
    const key = `${page.set}/${page.style}`
    const group = groups.get(key) ?? {pages: 0, bytes: 0, ms: 0}
    group.pages++
    group.bytes += page.bytes
    group.ms += ms
    groups.set(key, group)
  }
  const all = {pages: pages.length, bytes: totalBytes, ms: [...pageMs.values()].reduce((a, b) => a + b, 0)}
  const rows = [...groups, ['all', all]].map(([key, g]) => [key, g.pages, fixed(g.bytes / MB), fixed(g.ms / 1000, 2), fixed((g.pages / g.ms) * 1000), fixed(g.bytes / MB / (g.ms / 1000), 2)])
  table(['set/style', 'pages', 'MB', 's', 'pages/s', 'MB/s'], rows)
  const typical = median([...pageMs.values()])
  const slowest = [...pageMs].sort((a, b) => b[1] - a[1]).slice(0, 5)
  console.log(`\nGoal: ≥ ${GOAL_MB_PER_S} MB/s per core; now ${fixed(all.bytes / MB / (all.ms / 1000), 2)} MB/s.`)
  console.log(`median page ${fixed(typical, 2)} ms; slowest: ${slowest.map(([k, ms]) => `${k.split('/').slice(0, 2).join('/')}/${k.split('/')[2].slice(0, 12)} ${fixed(ms, 0)} ms (${fixed(ms / typical, 0)}×)`).join(', ')}`)
  report.throughput = {
    pages: all.pages,
    megabytes: all.bytes / MB,
    seconds: all.ms / 1000,
    pagesPerSecond: (all.pages / all.ms) * 1000,
    megabytesPerSecond: all.bytes / MB / (all.ms / 1000),
    medianPageMs: typical,
    slowest: slowest.map(([page, ms]) => ({page, ms, overMedian: ms / typical})),
    bySetStyle: Object.fromEntries([...groups].map(([key, g]) => [key, {pages: g.pages, megabytes: g.bytes / MB, seconds: g.ms / 1000, pagesPerSecond: (g.pages / g.ms) * 1000, megabytesPerSecond: g.bytes / MB / (g.ms / 1000)}]))
  }
}

// ---------------------------------------------------------------------------
// 2. Per-stage breakdown.

/**
 * Run the pipeline stage by stage, as src/pipeline.ts does, adding each
 * stage's time to `t`. Also times, off the pipeline's path, what the stages
 * hide: retext's sentence parse inside `segment`, each independent detector
 * inside `detectAll`, franc and the spun-text search inside `assemble`.
 */
function stagedClean(text, t) {
  const clock = (name, fn) => {
    const started = performance.now()
    const value = fn()
    t[name] = (t[name] ?? 0) + performance.now() - started
    return value
  }
  const settings = checkOptions({})
  const markup = clock('findMarkup', () => (settings.markup ? findMarkup(text) : null))
  const normalized = clock('normalize', () => normalize(text, markup))
  const doc = clock('segment', () => segment(text, normalized))
  // Lines segment cut into sentences: a block inside a line but not the whole of it.
  clock('  retext sentenceSpans (in segment)', () => {
    const lines = splitLines(doc.text)
    let li = 0
    const split = new Set()
    for (const block of doc.blocks) {
      while (li < lines.length && lines[li].end < block.end) li++
      const line = lines[li]
      if (line && block.lines.length === 1 && (block.lines[0].start !== line.start || block.lines[0].end !== line.end)) split.add(li)
    }
    for (const i of split) sentenceSpans(doc.text, lines[i].start, lines[i].end)
  })
  // Each block is lower-cased once and shared, as in the pipeline (see
  // blockLowers); the lower-casing counts in the features' row. Without it
  // the replay lower-cased every block again for the phrase lookups, and
  // charged that to the row of preparing lines.
  const lowers = clock('documentFeatures', () => blockLowers(doc))
  const features = clock('documentFeatures', () => documentFeatures(doc, lowers))
  // Blocks are prepared for phrase lookups when a detector first asks (see
  // blockLines), and the detectors share the preparing, as in the pipeline.
  // Each detector is timed alone after detectAll, when every block it asks
  // for is prepared: preparing counts in the difference row.
  const base = {doc, features, lines: blockLines(doc, lowers), lowers}
  // Dates are found once, before the detectors, as in the pipeline: the
  // date-line detector, the name line and the date choice read them.
  const context = {...base, dates: clock('dates (blockDates, chooseDates)', () => blockDates(base))}
  const findings = clock('detectAll', () => detectAll(context, PRESETS[settings.preset].removeAt))
  for (const [name, detector] of Object.entries(DETECTORS)) clock(`  detector ${name}`, () => detector(context))
  const first = clock('decide (twice)', () => decide(doc, features, findings, settings.preset))
  const title = clock('detectTitle, detectNameLine', () => detectTitle(context, first.run.start, findings))
  const nameLine = clock('detectTitle, detectNameLine', () => detectNameLine(context, title.index >= 0 ? title.index : first.run.start, findings))
  const all = clock('addHeadline', () => addHeadline(context, findings, [...title.findings, ...nameLine], PRESETS[settings.preset].removeAt))
  const decision = clock('decide (twice)', () => decide(doc, features, all, settings.preset))
  const dates = clock('dates (blockDates, chooseDates)', () => chooseDates(context.dates, title.index, decision.run.start))
  const article = clock('assemble', () => assemble(doc, {decision, findings: all, title, dates, options: settings}))
  clock('  franc detectLanguage (in assemble)', () => detectLanguage(paragraphsOf(doc, decision.kept), {}))
  clock('  spun findSpun/unspin (in assemble)', () => {
    const indices = new Set(decision.kept)
    if (title.index >= 0) indices.add(title.index)
    for (const [index, finding] of decision.removed) if (finding.kind === 'related') indices.add(index)
    for (const index of indices) findSpun(doc.text.slice(doc.blocks[index].start, doc.blocks[index].end))
    for (const finding of all) {
      for (const item of finding.data?.related ?? []) {
        unspin(item.title)
        if (item.teaser !== undefined) unspin(item.teaser)
      }
    }
    if (title.title !== null) unspin(title.title)
  })
  return article
}

const TOP_STAGES = ['findMarkup', 'normalize', 'segment', 'documentFeatures', 'detectAll', 'decide (twice)', 'detectTitle, detectNameLine', 'addHeadline', 'dates (blockDates, chooseDates)', 'assemble']

if (!skip.has('stages')) {
  heading('Where the time goes: stages over every eval input')
  // The replay must be the pipeline: compare with cleanArticle on a sample.
  const sample = pages.filter((_, i) => i % 15 === 0)
  const mismatches = sample.filter((page) => JSON.stringify(stagedClean(page.text, {})) !== JSON.stringify(cleanArticle(page.text)))
  const t = {}
  for (const page of pages) stagedClean(page.text, t)
  const total = TOP_STAGES.reduce((sum, name) => sum + (t[name] ?? 0), 0)
  const detectorSum = Object.keys(DETECTORS).reduce((sum, name) => sum + (t[`  detector ${name}`] ?? 0), 0)
  t['  preparing lines; related, feeds, menus (detectAll − detectors)'] = Math.max(0, t.detectAll - detectorSum)
  t['  rest of assemble (assemble − franc − spun)'] = Math.max(0, t.assemble - t['  franc detectLanguage (in assemble)'] - t['  spun findSpun/unspin (in assemble)'])
  const order = [
    'findMarkup',
    'normalize',
    'segment',
    '  retext sentenceSpans (in segment)',
    'documentFeatures',
    'detectAll',
    ...Object.keys(DETECTORS).map((name) => `  detector ${name}`),
    '  preparing lines; related, feeds, menus (detectAll − detectors)',
    'decide (twice)',
    'detectTitle, detectNameLine',
    'addHeadline',
    'dates (blockDates, chooseDates)',
    'assemble',
    '  franc detectLanguage (in assemble)',
    '  spun findSpun/unspin (in assemble)',
    '  rest of assemble (assemble − franc − spun)'
  ]
  table(
    ['stage', 'ms', 'share', 'MB/s alone'],
    [...order.map((name) => [name, fixed(t[name] ?? 0, 0), `${fixed((100 * (t[name] ?? 0)) / total)}%`, fixed(totalBytes / MB / ((t[name] ?? 0) / 1000), 1)]), ['total', fixed(total, 0), '100%', fixed(totalBytes / MB / (total / 1000), 2)]]
  )
  console.log(`\nIndented rows are parts of the row above, timed separately (detectors, retext, franc, spun) or by difference.`)
  console.log(`Stage replay equals cleanArticle on ${sample.length - mismatches.length}/${sample.length} sampled pages${mismatches.length ? ` — MISMATCH on ${mismatches.slice(0, 3).map((p) => `${p.set}/${p.style}/${p.id}`).join(', ')}: src/pipeline.ts changed, update bench/run.js` : ''}.`)
  report.stages = {totalMs: total, ms: Object.fromEntries(order.map((name) => [name.trim(), t[name] ?? 0])), replayMatches: `${sample.length - mismatches.length}/${sample.length}`}
}

// ---------------------------------------------------------------------------
// 2b. Two scanners on their own, over raw page text: the date finder and the
// phrase lookup run on every line, so their speed bounds every stage above.
// Measured here, not in unit tests, where a busy machine made them flaky.

if (!skip.has('stages')) {
  heading('Scanners on their own: the raw NAEB inner-text pages')
  const texts = pages.filter((p) => p.set === 'naeb').map((p) => p.text)
  const lines = texts.flatMap((text) => text.split('\n'))
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const rows = [
    ['findDates, whole pages', () => { for (const text of texts) findDates(text) }],
    ["containsPhrase('subscribe'), line by line", () => { for (const line of lines) containsPhrase('subscribe', line) }]
  ].map(([name, run]) => {
    const best = bestOf3(run)
    return [name, fixed(best, 0), fixed(bytes / MB / (best / 1000))]
  })
  table(['scanner', 'best of 3 ms', 'MB/s'], rows)
  report.scanners = Object.fromEntries(rows.map(([name, , mbs]) => [name, Number(mbs)]))
}

// ---------------------------------------------------------------------------
// 2c. franc on its own: the language is franc's answer on a bounded sample
// of the kept paragraphs, and no pipeline can run faster than one of its
// stages alone. Timed as the pipeline calls it, and at franc's least work on
// the same samples: ranking only the one language it answered.

if (!skip.has('stages')) {
  heading('franc on its own, against the throughput goal')
  const samples = pages.map((page) => cleanArticle(page.text)).map((article) => ({article, sample: languageSample(article.paragraphs)}))
  const answered = samples.filter(({article, sample}) => sample.length >= MIN_LANGUAGE_SAMPLE && article.language !== 'und')
  const rows = [
    ['detectLanguage, as the pipeline calls it', () => { for (const {article} of samples) detectLanguage(article.paragraphs) }],
    ["francAll with `only` its own answer (franc's least work)", () => { for (const {article, sample} of answered) francAll(sample, {minLength: MIN_LANGUAGE_SAMPLE, only: [article.language]}) }]
  ].map(([name, run]) => {
    const best = bestOf3(run)
    const budget = (totalBytes / MB / GOAL_MB_PER_S) * 1000
    return [name, fixed(best, 0), fixed(totalBytes / MB / (best / 1000)), `${fixed((100 * best) / budget, 0)}%`]
  })
  table(['franc', 'best of 3 ms', 'MB/s alone', `share of the ${GOAL_MB_PER_S} MB/s budget`], rows)
  report.franc = Object.fromEntries(rows.map(([name, ms, mbs, share]) => [name, {ms: Number(ms), megabytesPerSecond: Number(mbs), shareOfGoalBudget: share}]))
}

// ---------------------------------------------------------------------------
// 3. Readability + linkedom on the same pages' HTML.

if (!skip.has('readability')) {
  heading('Readability + linkedom on the HTML of the same pages')
  // Each side in a process of its own (bench/side-child.js), in the order
  // unspun, Readability, Readability, unspun, so that a drift of the
  // machine's speed during the run hits both alike. Timed in one process,
  // page by page in turn, each slowed the other by what it left in the
  // heap, and the ratio moved between 6× and 18× from run to run.
  const SIDE_CHILD = fileURLToPath(new URL('./side-child.js', import.meta.url))
  const side = (name) => {
    const args = [SIDE_CHILD, name, ...(Number.isFinite(READABILITY_PAGES) ? [String(READABILITY_PAGES)] : [])]
    const result = spawnSync(process.execPath, args, {encoding: 'utf8', maxBuffer: 16 * MB})
    const line = result.stdout.trim().split('\n').pop()
    if (result.status !== 0 || !line) throw new Error(`bench: ${name} side failed: ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`)
    return JSON.parse(line)
  }
  const runs = {unspun: [], readability: []}
  for (const name of ['unspun', 'readability', 'readability', 'unspun']) runs[name].push(side(name))
  const sum = (name, set, field) => runs[name].reduce((total, run) => total + (run[set]?.[field] ?? 0), 0)
  const rows = []
  const totals = {pages: 0, readabilityMs: 0, unspunMs: 0, failed: 0, htmlBytes: 0}
  for (const set of Object.keys(runs.unspun[0])) {
    // Pages and bytes once; times over both runs of each side.
    const pages = runs.unspun[0][set].pages
    const htmlBytes = runs.unspun[0][set].htmlBytes
    const readabilityMs = sum('readability', set, 'ms')
    const unspunMs = sum('unspun', set, 'ms')
    const failed = runs.readability[0][set]?.failed ?? 0
    const perSecond = (ms) => fixed((2 * pages * 1000) / ms)
    rows.push([set, pages, fixed(htmlBytes / MB), perSecond(readabilityMs), perSecond(unspunMs), `${fixed(readabilityMs / unspunMs, 2)}×`, failed])
    totals.pages += pages
    totals.readabilityMs += readabilityMs
    totals.unspunMs += unspunMs
    totals.failed += failed
    totals.htmlBytes += htmlBytes
  }
  const ratio = totals.readabilityMs / totals.unspunMs
  const spread = ['readability', 'unspun'].map((name) => {
    const [a, b] = runs[name].map((run) => Object.values(run).reduce((total, set) => total + set.ms, 0))
    return `${name} ${fixed((100 * Math.abs(a - b)) / Math.min(a, b), 1)}%`
  })
  rows.push(['all', totals.pages, fixed(totals.htmlBytes / MB), fixed((2 * totals.pages * 1000) / totals.readabilityMs), fixed((2 * totals.pages * 1000) / totals.unspunMs), `${fixed(ratio, 2)}×`, totals.failed])
  table(['set (innertext vs HTML)', 'pages', 'HTML MB', 'Readability p/s', 'unspun p/s', 'unspun:Readability', 'Readability threw'], rows)
  console.log(`\nTwo runs of each side, each in a fresh process; the two runs of a side differ by ${spread.join(', ')}.`)
  console.log(`Goal: ≥ 50× Readability's pages per second; now ${fixed(ratio, 2)}×.`)
  report.readability = {pages: totals.pages, ratio, readabilityPagesPerSecond: (2 * totals.pages * 1000) / totals.readabilityMs, unspunPagesPerSecond: (2 * totals.pages * 1000) / totals.unspunMs, readabilityFailed: totals.failed}
}

// ---------------------------------------------------------------------------
// 4. Scaling.

/** Run one scaling size in a fresh process; time it again with a big stack if the default one overflows. */
function scalePoint(bytes) {
  const run = (extra) => {
    // 100 MB needs about 6.4 GB of heap, over Node's default limit: give every size the same 8 GB.
    const flags = ['--expose-gc', `--max-old-space-size=${SCALING_HEAP_MB}`]
    const result = spawnSync(process.execPath, [...flags, CHILD, String(bytes), ...extra], {encoding: 'utf8', timeout: CHILD_TIMEOUT, maxBuffer: 16 * MB})
    if (result.error?.code === 'ETIMEDOUT' || result.signal) return {bytes, error: `no result within ${CHILD_TIMEOUT / 1000} s (${result.signal ?? result.error.code})`}
    const line = result.stdout.trim().split('\n').pop()
    if (result.status !== 0 || !line) return {bytes, error: `child failed: ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`}
    return JSON.parse(line)
  }
  const point = run([])
  if (point.error && /Maximum call stack/.test(point.error)) {
    // Report the overflow, and still time the size so the growth fit has the point.
    return {...run(['--big-stack']), defaultStackError: point.error}
  }
  return point
}

if (!skip.has('scaling')) {
  heading('Scaling: joined real pages, one fresh process per size')
  const sizes = [1e3, 1e4, 1e5, 1e6, 1e7, 1e8].filter((size) => size <= SCALING_MAX)
  const points = []
  for (const size of sizes) {
    const point = scalePoint(size)
    points.push(point)
    const label = size >= MB ? `${size / MB} MB` : `${size / 1e3} KB`
    const status = point.defaultStackError ? `${point.defaultStackError}; timed in a worker with a 512 MB stack${point.error ? `: ${point.error}` : ''}` : point.error ?? ''
    console.log(
      `${lpad(label, 7)}  ${lpad(point.ms === null || point.ms === undefined ? '—' : fixed(point.ms, point.ms < 10 ? 2 : 0) + ' ms', 11)}  ${lpad(point.ms ? fixed(point.bytes / MB / (point.ms / 1000), 2) + ' MB/s' : '', 11)}  peak RSS ${lpad(point.peakRss ? fixed(point.peakRss / MB, 0) + ' MB' : '—', 8)}  (before clean ${point.rssBeforeClean ? fixed(point.rssBeforeClean / MB, 0) : '—'} MB)  ${status}`
    )
  }
  const fit = points.filter((p) => p.ms > 0 && p.bytes >= 1e5)
  let exponent = null
  if (fit.length >= 2) {
    const xs = fit.map((p) => Math.log(p.bytes))
    const ys = fit.map((p) => Math.log(p.ms))
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length
    const my = ys.reduce((a, b) => a + b, 0) / ys.length
    exponent = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0)
  }
  console.log(`\ngrowth exponent (least squares, log time on log size, sizes ≥ 100 KB): ${fixed(exponent, 2)} (goal ≈ 1)`)
  report.scaling = {points, exponent}
}

mkdirSync(OUT_DIR, {recursive: true})
writeFileSync(new URL('latest.json', `file://${OUT_DIR}`), JSON.stringify(report, null, 2) + '\n')
console.log(`\nwrote bench/out/latest.json`)
