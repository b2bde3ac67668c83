/**
 * The visual report: one self-contained HTML page showing, for each cleaned
 * input, the text as given with every removed span struck through and
 * coloured by kind, and every spun passage marked with its repair on hover.
 *
 * The page loads nothing: its CSS is inline, it has no script, and a
 * Content-Security-Policy forbids any fetch, so even a rendering bug cannot
 * make it reach the network. All input text is escaped.
 */
import type {Article, RelatedItem, Removed, RemovedKind, Span, SpunFinding} from '../types.js'
import {KIND_ORDER, KIND_STYLES} from './kinds.js'

/** One page of the report. */
export interface ReportEntry {
  /** A name for the input: its path or NDJSON id. */
  id: string
  /** The text the article was cleaned from; the article's offsets point into it. */
  input: string
  article: Article
}

/** A stretch of the input with one removed span (or none) and one spun passage (or none) over all of it. */
interface Piece extends Span {
  /** Index into `article.removed`, or -1. */
  removed: number
  /** Index into `article.spun`, or -1. */
  spun: number
}

const HTML_SPECIAL = /[&<>"']/g
const ENTITIES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}
const OTHER_STYLE = {color: '#52525b', background: '#ededf0', description: 'another kind'}

/**
 * Render the report page.
 *
 * @param entries The cleaned inputs, in the order to show them.
 * @returns A complete HTML document.
 */
export function renderReport(entries: readonly ReportEntry[]): string {
  const totals = countKinds(entries.flatMap((entry) => entry.article.removed))
  const spun = entries.reduce((sum, entry) => sum + entry.article.spun.length, 0)
  const related = entries.reduce((sum, entry) => sum + entry.article.related.length, 0)
  const removed = entries.reduce((sum, entry) => sum + entry.article.removed.length, 0)
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>unspun report: ${plural(entries.length, 'page')}</title>`,
    `<style>${stylesheet()}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>unspun report</h1>',
    `<p class="summary">${plural(entries.length, 'page')} · ${plural(removed, 'removed span')} · ${plural(spun, 'spun passage')} · ${plural(related, 'related item')}</p>`,
    renderLegend(totals),
    entries.length > 1 ? renderContents(entries) : '',
    '</header>',
    '<main>',
    ...entries.map((entry, index) => renderEntry(entry, index)),
    '</main>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/**
 * Escape text for HTML content and quoted attribute values.
 *
 * @param text Any text.
 */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (character) => ENTITIES[character] ?? character)
}

/** How many removed spans of each kind, in legend order, leaving out kinds that do not occur. */
function countKinds(removed: readonly Removed[]): Array<[string, number]> {
  const counts = new Map<string, number>()
  for (const span of removed) counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1)
  const known: string[] = KIND_ORDER.filter((kind) => counts.has(kind))
  const unknown = [...counts.keys()].filter((kind) => !(kind in KIND_STYLES)).sort()
  return [...known, ...unknown].map((kind) => [kind, counts.get(kind) ?? 0])
}

function renderLegend(totals: ReadonlyArray<[string, number]>): string {
  const rows = totals.map(([kind, count]) => {
    const style = styleOf(kind)
    return (
      `<li data-kind="${escapeHtml(kind)}" data-count="${count}"><label>` +
      `<input type="checkbox" id="hide-${classOf(kind)}" title="hide ${escapeHtml(kind)} spans"> ` +
      `<del class="rm ${'k-' + classOf(kind)}">${escapeHtml(kind)}</del> <b class="count">${count}</b> ` +
      `<span class="desc">${escapeHtml(style.description)}</span></label></li>`
    )
  })
  return [
    '<section class="legend" aria-labelledby="legend-title">',
    '<h2 id="legend-title">Legend</h2>',
    '<ul>',
    '<li class="fixed"><span class="kept-sample">kept text</span> <span class="desc">the article</span></li>',
    '<li class="fixed"><mark class="spun">spun passage</mark> <span class="desc">hover or focus it for the repair</span></li>',
    ...rows,
    '</ul>',
    totals.length > 0 ? '<p class="hint">Tick a kind to hide its spans.</p>' : '<p class="hint">Nothing was removed.</p>',
    '</section>'
  ].join('\n')
}

function renderContents(entries: readonly ReportEntry[]): string {
  const items = entries.map((entry, index) => {
    const title = entry.article.title === null ? '' : ` <span class="desc">${escapeHtml(entry.article.title)}</span>`
    return `<li><a href="#page-${index + 1}">${escapeHtml(entry.id)}</a>${title}</li>`
  })
  return `<details class="contents"><summary>${plural(entries.length, 'page')}</summary>\n<ol>\n${items.join('\n')}\n</ol>\n</details>`
}

function renderEntry(entry: ReportEntry, index: number): string {
  const {article} = entry
  const counts = countKinds(article.removed).map(
    ([kind, count]) => `<li data-kind="${escapeHtml(kind)}" data-count="${count}"><del class="rm k-${classOf(kind)}">${escapeHtml(kind)}</del> ${count}</li>`
  )
  return [
    `<article class="page" id="page-${index + 1}" data-id="${escapeHtml(entry.id)}">`,
    `<h2>${escapeHtml(entry.id)}</h2>`,
    renderMeta(article),
    `<ul class="counts" aria-label="Removed spans by kind">${counts.join('')}<li data-kind="spun" data-count="${article.spun.length}"><mark class="spun">spun</mark> ${article.spun.length}</li></ul>`,
    `<div class="text">${renderText(entry.input, article)}</div>`,
    renderRelated(article.related),
    '</article>'
  ].join('\n')
}

function renderMeta(article: Article): string {
  const rows: Array<[string, string | null]> = [
    ['Title', article.title],
    ['Repaired title', article.repairedTitle ?? null],
    ['Date', article.date],
    ['Page date', article.pageDate],
    ['Authors', article.authors.length > 0 ? article.authors.join(', ') : null],
    ['Language', article.language],
    ['Shape', article.shape],
    ['Paragraphs', String(article.paragraphs.length)]
  ]
  const shown = rows.filter((row): row is [string, string] => row[1] !== null)
  return `<dl class="meta">${shown.map(([name, value]) => `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`
}

/** The input with removed spans as `<del>` and spun passages as `<mark>` with a tooltip. */
function renderText(input: string, article: Article): string {
  return pieces(input, article.removed, article.spun)
    .map((piece) => {
      let html = escapeHtml(input.slice(piece.start, piece.end))
      const spun = article.spun[piece.spun]
      if (spun !== undefined) html = renderSpun(html, spun, piece.spun)
      const removed = article.removed[piece.removed]
      if (removed !== undefined) {
        const title = `${removed.kind}: ${removed.reason} (rule ${removed.rule})`
        html = `<del class="rm k-${classOf(removed.kind)}" data-kind="${escapeHtml(removed.kind)}" data-rm="${piece.removed}" title="${escapeHtml(title)}">${html}</del>`
      }
      return html
    })
    .join('')
}

function renderSpun(html: string, finding: SpunFinding, index: number): string {
  const repair = finding.original === null ? 'looks spun; the original is unknown' : `→ ${finding.original}`
  const title = `spun: “${finding.text}” ${repair} (confidence ${finding.confidence.toFixed(2)}; ${finding.evidence})`
  return (
    `<mark class="spun" tabindex="0" data-spun="${index}" data-original="${escapeHtml(finding.original ?? '')}" title="${escapeHtml(title)}">${html}` +
    `<span class="tip" role="tooltip"><b>${escapeHtml(repair)}</b> <small>${finding.confidence.toFixed(2)} · ${escapeHtml(finding.evidence)}</small></span></mark>`
  )
}

function renderRelated(items: readonly RelatedItem[]): string {
  if (items.length === 0) return ''
  const rows = items.map((item) => {
    const repaired = item.spun === true && item.repairedTitle !== undefined ? `<div class="repaired">→ ${escapeHtml(item.repairedTitle)}</div>` : ''
    const teaser = item.teaser === undefined ? '' : `<div class="teaser">${escapeHtml(item.repairedTeaser ?? item.teaser)}</div>`
    const spunClass = item.spun === true ? ' class="spun-item"' : ''
    return `<li${spunClass}><div class="item-title">${escapeHtml(item.title)}</div>${repaired}${teaser}</li>`
  })
  return `<section class="related"><h3>Related items (${items.length})</h3>\n<ol>\n${rows.join('\n')}\n</ol>\n</section>`
}

/**
 * Cut the input at every span boundary and give each piece the innermost
 * removed span and spun passage covering it; neighbours with the same pair
 * are joined. Offsets out of range are clamped, empty spans ignored.
 */
function pieces(input: string, removed: readonly Removed[], spun: readonly SpunFinding[]): Piece[] {
  const clamp = (offset: number): number => Math.min(Math.max(0, Math.trunc(offset) || 0), input.length)
  const cuts = new Set([0, input.length])
  for (const span of [...removed, ...spun]) {
    cuts.add(clamp(span.start))
    cuts.add(clamp(span.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const removedSweep = sweep(removed, clamp)
  const spunSweep = sweep(spun, clamp)
  const out: Piece[] = []
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] as number
    const end = points[index + 1] as number
    const piece = {start, end, removed: removedSweep(start), spun: spunSweep(start)}
    const last = out.at(-1)
    if (last !== undefined && last.removed === piece.removed && last.spun === piece.spun) last.end = end
    else out.push(piece)
  }
  return out
}

/**
 * A function answering, for increasing offsets, the index of the innermost
 * span covering that offset (-1 for none). Spans are taken in order of start,
 * so the whole sweep is linear in spans plus queries, save for overlaps.
 */
function sweep(spans: readonly Span[], clamp: (offset: number) => number): (offset: number) => number {
  const order = spans.map((span, index) => ({index, start: clamp(span.start), end: clamp(span.end)})).filter((span) => span.end > span.start)
  order.sort((a, b) => a.start - b.start || b.end - a.end)
  let next = 0
  let active: typeof order = []
  return (offset) => {
    while (next < order.length && (order[next] as (typeof order)[number]).start <= offset) {
      active.push(order[next] as (typeof order)[number])
      next += 1
    }
    active = active.filter((span) => span.end > offset)
    // The innermost span starts last (pushed last, since spans come by start).
    return active.at(-1)?.index ?? -1
  }
}

function styleOf(kind: string): {color: string; background: string; description: string} {
  return kind in KIND_STYLES ? KIND_STYLES[kind as RemovedKind] : OTHER_STYLE
}

/** A class-name-safe form of a kind: known kinds as they are, anything else `other`. */
function classOf(kind: string): string {
  return kind in KIND_STYLES ? kind : 'other'
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function stylesheet(): string {
  const kinds = [...KIND_ORDER, 'other'].map((kind) => {
    const style = styleOf(kind)
    return (
      `.k-${kind}{color:${style.color};background:${style.background};text-decoration-color:${style.color}}` +
      `body:has(#hide-${kind}:checked) .text .k-${kind}{display:none}`
    )
  })
  return [
    ':root{color-scheme:light;--ink:#1f2328;--muted:#5b636d;--line:#d8dde3}',
    '*{box-sizing:border-box}',
    'body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#f6f7f9}',
    'header{padding:20px 28px 12px;background:#fff;border-bottom:1px solid var(--line)}',
    'h1{margin:0 0 4px;font-size:22px}',
    'h2{font-size:17px;margin:0 0 8px}',
    '.summary,.hint,.desc{color:var(--muted)}',
    '.summary{margin:0 0 12px}',
    '.hint{font-size:13px;margin:6px 0 0}',
    '.legend ul{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;margin:0;padding:0}',
    '.legend li{font-size:14px}',
    '.legend .desc{font-size:13px}',
    '.count{font-variant-numeric:tabular-nums}',
    '.kept-sample{border-bottom:2px solid #9ca3af}',
    '.contents{margin-top:12px}',
    '.contents ol{columns:2 320px;margin:8px 0 0;font-size:14px}',
    'main{padding:20px 28px;display:grid;gap:20px}',
    '.page{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;min-width:0}',
    '.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0 0 10px;font-size:14px}',
    '.meta dt{color:var(--muted)}',
    '.meta dd{margin:0}',
    '.counts{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;padding:0;margin:0 0 12px;font-size:13px}',
    '.text{white-space:pre-wrap;overflow-wrap:anywhere;border-top:1px solid var(--line);padding-top:12px;max-width:80ch}',
    'del.rm{text-decoration:line-through 1.5px;border-radius:3px;padding:0 1px}',
    'mark.spun{position:relative;background:#fff1a8;color:inherit;border-bottom:2px dashed #b7791f;border-radius:2px;cursor:help}',
    'mark.spun:focus{outline:2px solid #b7791f}',
    '.tip{display:none;position:absolute;left:0;bottom:calc(100% + 6px);z-index:10;min-width:12em;max-width:28em;width:max-content;padding:6px 9px;' +
      'white-space:normal;background:#1f2328;color:#fff;border-radius:6px;font-size:13px;line-height:1.4;text-decoration:none;box-shadow:0 4px 14px #0003;user-select:none}',
    '.tip small{display:block;color:#c9d1d9}',
    'mark.spun:hover>.tip,mark.spun:focus>.tip{display:block}',
    '.related h3{font-size:15px;margin:16px 0 6px}',
    '.related ol{margin:0;padding-left:22px}',
    '.related li{margin:4px 0}',
    '.item-title{font-weight:600}',
    '.spun-item .item-title{text-decoration:line-through;color:var(--muted)}',
    '.repaired{color:#166534}',
    '.teaser{color:var(--muted);font-size:14px}',
    ...kinds
  ].join('\n')
}
