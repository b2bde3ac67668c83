/**
 * Stage 5: build the `Article` from the decision and what detectors
 * extracted, mapping every offset back to the input as given.
 */
import type {Decision} from './decide.js'
import type {ChosenDates} from './detect/dateline.js'
import type {TitleResult} from './detect/title.js'
import {detectLanguage} from './language.js'
import {withMarkup} from './markup/removed.js'
import {toInput} from './normalize.js'
import {findSpun, repairFindings} from './spun/index.js'
import type {Article, Block, CleanOptions, Doc, Finding, RelatedItem, Removed, SpunFinding} from './types.js'

/** Everything `assemble` needs besides the document. */
export interface AssembleInput {
  decision: Decision
  findings: readonly Finding[]
  title: TitleResult
  dates: ChosenDates
  options: CleanOptions
}

/** Build the article. */
export function assemble(doc: Doc, input: AssembleInput): Article {
  const {decision, findings, title, dates, options} = input
  const paragraphs = paragraphsOf(doc, decision.kept)
  const authors = chooseAuthors(findings, title.index >= 0 ? title.index : decision.run.start, doc)
  const withSpun = options.spun !== false
  const spunOf = spunMemo()
  const kept = decision.kept.map((i) => inputSpan(doc, doc.blocks[i] as Block))
  const article: Article = {
    title: title.title,
    date: dates.date,
    pageDate: dates.pageDate,
    author: authors[0] ?? null,
    authors,
    language: detectLanguage(paragraphs, options.languages ? {only: options.languages} : {}),
    paragraphs,
    body: paragraphs.join('\n\n'),
    related: relatedItems(doc, findings, withSpun ? spunOf : undefined),
    kept,
    removed: withMarkup(doc.input, doc.markup, removedSpans(doc, decision), kept),
    spun: withSpun ? spunSpans(doc, decision, title.index, spunOf) : [],
    shape: doc.shape
  }
  if (withSpun && title.title !== null) {
    const repaired = repairFindings(title.title, spunOf(title.title))
    if (repaired !== title.title) article.repairedTitle = repaired
  }
  return article
}

function inputSpan(doc: Doc, span: {start: number; end: number}): {start: number; end: number} {
  return {start: toInput(doc.map, span.start), end: toInput(doc.map, span.end)}
}

/** Kept blocks as paragraphs; sentences cut from one line join again. */
export function paragraphsOf(doc: Doc, kept: readonly number[]): string[] {
  const paragraphs: string[] = []
  let previous: Block | undefined
  for (const i of kept) {
    const block = doc.blocks[i] as Block
    // Sentences cut from one source line join again into one paragraph.
    const joins =
      previous !== undefined &&
      previous.index === i - 1 &&
      !doc.text.slice(previous.end, block.start).includes('\n')
    if (joins && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += ' ' + block.text
    else if (block.text !== '') paragraphs.push(block.text)
    previous = block
  }
  return paragraphs
}

/** Removed blocks as input spans; neighbours removed for the same reason merge. */
export function removedSpans(doc: Doc, decision: Decision): Removed[] {
  const spans: Removed[] = []
  let last: {index: number; finding: Finding; removed: Removed} | undefined
  for (const [index, finding] of [...decision.removed.entries()].sort((a, b) => a[0] - b[0])) {
    const block = doc.blocks[index] as Block
    const end = toInput(doc.map, block.end)
    if (last && last.index === index - 1 && sameReason(last.finding, finding)) {
      last.removed.end = end
      last.removed.text = doc.input.slice(last.removed.start, end)
      last.index = index
      continue
    }
    const start = toInput(doc.map, block.start)
    const removed: Removed = {kind: finding.kind, start, end, text: doc.input.slice(start, end), reason: finding.reason, rule: finding.rule}
    spans.push(removed)
    last = {index, finding, removed}
  }
  return spans
}

function sameReason(a: Finding, b: Finding): boolean {
  return a.kind === b.kind && a.rule === b.rule && a.reason === b.reason
}

/**
 * `findSpun` of a text, for the texts searched more than once per page: a related item's
 * title or teaser is most often the very text of its block, and the headline that of the title
 * block, which `spunSpans` searches as well. Keyed by the text itself, so a text that differs
 * from its block's (folded line breaks) is searched on its own.
 */
type SpunOf = (text: string) => readonly SpunFinding[]

/** A fresh `SpunOf` for one page: it remembers what it searched. */
function spunMemo(): SpunOf {
  const found = new Map<string, readonly SpunFinding[]>()
  return (text) => {
    let findings = found.get(text)
    if (findings === undefined) {
      findings = findSpun(text)
      found.set(text, findings)
    }
    return findings
  }
}

/** Items of every related block, in page order, with input offsets; repaired when `spunOf` is given. */
function relatedItems(doc: Doc, findings: readonly Finding[], spunOf: SpunOf | undefined): RelatedItem[] {
  const items: RelatedItem[] = []
  for (const finding of findings) {
    for (const item of finding.data?.related ?? []) {
      const mapped: RelatedItem = {
        title: item.title,
        start: toInput(doc.map, item.start),
        end: toInput(doc.map, item.end)
      }
      if (item.teaser !== undefined) mapped.teaser = item.teaser
      items.push(spunOf ? repairItem(mapped, spunOf) : mapped)
    }
  }
  return items.sort((a, b) => a.start - b.start)
}

function repairItem(item: RelatedItem, spunOf: SpunOf): RelatedItem {
  const repairedTitle = repairFindings(item.title, spunOf(item.title))
  const repairedTeaser = item.teaser === undefined ? undefined : repairFindings(item.teaser, spunOf(item.teaser))
  const spun = repairedTitle !== item.title || (repairedTeaser !== undefined && repairedTeaser !== item.teaser)
  const out: RelatedItem = {...item, spun}
  if (spun) {
    out.repairedTitle = repairedTitle
    if (repairedTeaser !== undefined) out.repairedTeaser = repairedTeaser
  }
  return out
}

/**
 * Authors from the byline nearest the headline, else from an author footer,
 * else from any byline.
 */
function chooseAuthors(findings: readonly Finding[], anchor: number, doc: Doc): string[] {
  const withNames = findings.filter((f) => (f.data?.authors?.length ?? 0) > 0)
  const anchorStart = doc.blocks[anchor]?.start ?? 0
  const bylines = withNames
    .filter((f) => f.kind === 'byline')
    .sort((a, b) => Math.abs(a.start - anchorStart) - Math.abs(b.start - anchorStart))
  const chosen = bylines[0] ?? withNames.find((f) => f.kind === 'author-footer')
  return chosen?.data?.authors ?? []
}

/** Spun passages in the headline, the kept text and the related items, with input offsets. */
function spunSpans(doc: Doc, decision: Decision, titleIndex: number, spunOf: SpunOf): SpunFinding[] {
  const kept = new Set(decision.kept)
  const indices = new Set(kept)
  if (titleIndex >= 0) indices.add(titleIndex)
  for (const [index, finding] of decision.removed) if (finding.kind === 'related') indices.add(index)
  const spans: SpunFinding[] = []
  for (const index of [...indices].sort((a, b) => a - b)) {
    const block = doc.blocks[index] as Block
    const text = doc.text.slice(block.start, block.end)
    // Only the headline's and the related blocks' texts come again (see `SpunOf`): a paragraph
    // kept is searched once, without hashing its text for the memo.
    for (const found of kept.has(index) ? findSpun(text) : spunOf(text)) {
      const start = toInput(doc.map, block.start + found.start)
      const end = toInput(doc.map, block.start + found.end)
      spans.push({...found, start, end, text: doc.input.slice(start, end)})
    }
  }
  return spans
}
