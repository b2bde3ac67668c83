/**
 * Bylines and author footers.
 *
 * - Bylines: "By Jane Doe", "Von Max Mustermann", "Par Jean Dupont",
 *   "Автор: Иван Петров" — a prefix, then something that reads as names.
 *   "By 2030, the city…" is prose, not a byline.
 * - Footers: "Author: OpenAI", the name on its own line just before it, and
 *   "About the author" with the short bio after it.
 */
import {cleanAuthors, looksLikeName, readByline} from '../names.js'
import {matchesWhole, startsWithPhrase, type PreparedLine} from '../phrase-match.js'
import type {Block, Finding} from '../types.js'
import {blockFinding, lineAt, type DetectContext, type Detector} from './context.js'
import {lineKey} from '../line-key.js'

/** A byline is short (Readability: under 100 characters). */
export const MAX_BYLINE = 140

/** Find bylines and author footers. */
export const detectByline: Detector = (context) => {
  const findings: Finding[] = []
  const {blocks} = context.doc
  const firstProse = context.features.findIndex((f) => f.prose)
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block
    if (block.text.length > MAX_BYLINE) continue
    const line = lineAt(context, i)
    const footer = authorFooter(context, i, line, firstProse)
    if (footer) {
      findings.push(...footer)
      continue
    }
    const byline = bylineOf(block) ?? splitByline(context, i, line)
    if (byline) findings.push(byline)
  }
  return findings
}

/** "By" on a line of its own, the names on the next. */
function splitByline(context: DetectContext, i: number, line: PreparedLine): Finding | null {
  const block = context.doc.blocks[i] as Block
  const next = context.doc.blocks[i + 1]
  if (!next || next.text.length > MAX_BYLINE || !matchesWhole('bylinePrefixes', line)) return null
  const authors = cleanAuthors(next.text)
  if (authors.length === 0 || !authors.every(looksLikeName)) return null
  return {
    start: block.start,
    end: next.end,
    kind: 'byline',
    confidence: 0.85,
    reason: 'A byline split over two lines.',
    rule: 'byline',
    data: {authors}
  }
}

function bylineOf(block: Block): Finding | null {
  // Bylines are printed "by Jane Doe" as often as "By Jane Doe".
  const byline = readByline(upperFirst(block.text), block.text)
  if (!byline) return null
  const {authors} = byline
  if (authors.length === 0) return null
  return blockFinding(block, 'byline', 0.9, `A byline ("${byline.prefix}" and a name).`, 'byline', {authors})
}

function upperFirst(text: string): string {
  const code = text.charCodeAt(0)
  // ASCII first: only "a"–"z" change, and by the one offset.
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? String.fromCharCode(code - 0x20) + text.slice(1) : text
  const first = text.charAt(0)
  const upper = first.toUpperCase()
  // Most lines start with a capital or a mark already: no copy of the line then.
  return upper === first ? text : upper + text.slice(1)
}

/**
 * "Author: X" (and "X" just before it), or "About the author" and its bio;
 * null for most lines, which are neither (no empty list made for each).
 */
function authorFooter(context: DetectContext, i: number, line: PreparedLine, firstProse: number): Finding[] | null {
  const block = context.doc.blocks[i] as Block
  if (matchesWhole('authorLabels', line)) {
    const findings = [blockFinding(block, 'author-footer', 0.9, 'An "about the author" heading.', 'byline')]
    const bio = context.doc.blocks[i + 1]
    const f = context.features[i + 1]
    if (bio && f && f.chars <= 600) {
      findings.push(blockFinding(bio, 'author-footer', 0.75, 'The short bio under an author heading.', 'byline'))
    }
    return findings
  }
  const labelled = startsWithPhrase('authorLabels', line)
  if (!labelled || labelled.rest === '' || !looksLikeName(labelled.rest)) return null
  const authors = cleanAuthors(labelled.rest)
  if (authors.length === 0) return null
  // "Автор: Иван Петров" above the article is its byline; below, a footer.
  const count = context.doc.blocks.length
  const above = firstProse >= 0 ? i < firstProse : i < count - 1 && i < count / 2
  const kind = above ? 'byline' : 'author-footer'
  const findings = [blockFinding(block, kind, 0.9, `An author line ("${labelled.phrase}").`, 'byline', {authors})]
  const before = context.doc.blocks[i - 1]
  if (before && lineKey(before.text) === lineKey(labelled.rest)) {
    findings.unshift(blockFinding(before, 'author-footer', 0.85, 'The author\'s name, printed again on the next line.', 'byline'))
  }
  return findings
}
