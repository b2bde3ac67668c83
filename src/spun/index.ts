/**
 * Spun text: finds the phrases an article spinner swapped ("Top-Upward thrust" for "High-Rise",
 * "The Moscow Occasions" for "The Moscow Times") and puts the originals back.
 *
 * Three sources of evidence feed one table of word windows (see ./tables.ts): a lexicon of
 * news-spinner substitutions with the context each needs, the Problematic Paper Screener's
 * tortured phrases, and a reverse-synonym table that traces a window back to the fixed expression
 * it was made from. Precision comes first: a weak window (an ordinary word such as "era", or a
 * swap ordinary prose also makes) only counts next to other spun windows.
 */
import type {SpunFinding} from '../types.js'
import {matchCase} from './casing.js'
import {spunTable, type Candidate, type EntryContext, type SpunSource, type SpunTable} from './tables.js'
import {capitalized, Gap, gapAfter, tokenize, wordAt, type Tokens} from './tokenize.js'

export {matchCase} from './casing.js'

/** Options of `findSpun` and `unspin`. */
export interface SpunOptions {
  /**
   * Findings below this confidence are left out (`findSpun`) and not repaired (`unspin`).
   * 0..1, default 0.6: a strong lexicon hit passes alone, a weak swap passes only with partners.
   */
  threshold?: number
  /** Which evidence to use (default: all three). Lets an evaluation weigh each source. */
  sources?: readonly SpunSource[]
}

interface Settings {
  threshold: number
  sources: ReadonlySet<SpunSource>
}

const ALL_SOURCES: readonly SpunSource[] = ['lexicon', 'tortured', 'wordnet']
const DEFAULT_THRESHOLD = 0.6
/** How many words may stand between two spun windows that support each other. */
const CLUSTER_GAP = 3
/** How much a neighbour's confidence lends (a neighbour at 1.0 halves the doubt). */
const SUPPORT = 0.5
/** Longest window in the tables, in words. */
const MAX_WINDOW = 12

/** The settings without options, built once: every kept block is searched with them. */
const DEFAULT_SETTINGS: Settings = {threshold: DEFAULT_THRESHOLD, sources: new Set(ALL_SOURCES)}

function settings(options: SpunOptions | undefined, fn: string): Settings {
  if (options === undefined) return DEFAULT_SETTINGS
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`${fn}: expected \`options\` to be an object, got ${Array.isArray(options) ? 'an array' : typeof options}`)
  }
  const threshold = options?.threshold ?? DEFAULT_THRESHOLD
  if (typeof threshold !== 'number') throw new TypeError(`${fn}: expected \`options.threshold\` to be a number from 0 to 1`)
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`${fn}: options.threshold must be a number from 0 to 1`)
  const sources = options?.sources ?? ALL_SOURCES
  if (!Array.isArray(sources) || !sources.every((name) => (ALL_SOURCES as readonly string[]).includes(name))) {
    throw new TypeError(`${fn}: expected \`options.sources\` to be a list of ${ALL_SOURCES.join(', ')}`)
  }
  return {threshold, sources: new Set(sources)}
}

function requireText(text: unknown, fn: string): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`${fn}: text must be a string, got ${text === null ? 'null' : typeof text}`)
}

/** A window that matched, before clustering. */
interface Match {
  /** First and one-past-last word. */
  from: number
  to: number
  candidate: Candidate
  /** The capitalised word before is part of the name (extendPrevCapitalized). */
  extended: boolean
}

/** The word before word `i`: '^' after a sentence break, ',' after other punctuation. */
function prevWord(t: Tokens, i: number): string {
  if (i === 0) return '^'
  const gap = gapAfter(t, i - 1)
  return gap === Gap.Join ? wordAt(t, i - 1) : gap === Gap.Break ? '^' : ','
}
/** The word after the window ending before word `j`: '$' before a sentence break, ',' before other punctuation. */
function nextWord(t: Tokens, j: number): string {
  if (j >= t.starts.length) return '$'
  const gap = gapAfter(t, j - 1)
  return gap === Gap.Join ? wordAt(t, j) : gap === Gap.Break ? '$' : ','
}

/** Word `k` is written in capitals throughout ("ECU", "NBC"). */
function shouted(t: Tokens, k: number): boolean {
  const word = t.text.slice(t.starts[k], t.ends[k])
  return word.length > 1 && word === word.toUpperCase() && word !== wordAt(t, k)
}

function capsHold(rule: EntryContext['caps'], t: Tokens, from: number, to: number): boolean {
  if (rule === undefined) return true
  if (!capitalized(t, from)) return false
  if (rule === 'first') return true
  // A spinner capitalises the first letter of its synonym, not all of it: "ECU" is an acronym.
  if (rule === 'firstOnly' && shouted(t, from)) return false
  for (let k = from + 1; k < to; k++) {
    const cap = capitalized(t, k)
    if (rule === 'firstOnly' && cap) return false
    if (rule === 'title' && !cap && !TITLE_SMALL.has(wordAt(t, k))) return false
  }
  return true
}

const TITLE_SMALL: ReadonlySet<string> = new Set(['of', 'and', 'or', 'the', 'a', 'an', 'in', 'on', 'to', 'for', 'by', 'with', 'at', 'as', 's'])

function hyphenInside(t: Tokens, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (t.text.slice(t.ends[k], t.starts[k + 1]).includes('-')) return true
  return false
}

/** The candidate's context holds at words [from, to); returns whether the name takes the word before. */
function contextHolds(c: EntryContext, t: Tokens, from: number, to: number, table: SpunTable): boolean | 'extended' {
  if (!capsHold(c.caps, t, from, to)) return false
  if (c.noHyphen && hyphenInside(t, from, to)) return false
  const prev = prevWord(t, from)
  const next = nextWord(t, to)
  if (c.prev && !c.prev.has(prev)) return false
  if (c.notPrev?.has(prev)) return false
  if (c.next && !c.next.has(next)) return false
  if (c.notNext?.has(next)) return false
  if (c.extendPrevCapitalized) {
    if (from === 0 || gapAfter(t, from - 1) !== Gap.Join || !capitalized(t, from - 1)) return false
    if (table.commonCapitalized.has(prev) || prev.length < 2) return false
    return 'extended'
  }
  return true
}

/** Every window of the text that some candidate fits, in text order. */
function matchWindows(t: Tokens, table: SpunTable, sources: ReadonlySet<SpunSource>): Match[] {
  const out: Match[] = []
  const {starts, ends, lower} = t
  const n = starts.length
  for (let i = 0; i < n; i++) {
    // Most words start no window: the table tells so from the word's shape and the hash taken as it was cut.
    let node = lower !== null ? table.firstHashed(lower, starts[i] as number, ends[i] as number, t.hashes[i] as number) : table.first(wordAt(t, i))
    for (let j = i + 1; node !== undefined; j++) {
      let best: Match | undefined
      for (const c of node.candidates) {
        if (!sources.has(c.source)) continue
        const holds = c.context ? contextHolds(c.context, t, i, j, table) : true
        if (holds === false) continue
        if (best === undefined || c.confidence > best.candidate.confidence)
          best = {from: i, to: j, candidate: c, extended: holds === 'extended'}
      }
      if (best) out.push(best)
      if (j >= n || j - i >= MAX_WINDOW || node.children === undefined) break
      // Nearly every first word ends here: the pair sieve tells so before the next word is cut out.
      if (j === i + 1 && lower !== null && !table.mayPair(lower, starts[i] as number, ends[i] as number, starts[j] as number, ends[j] as number)) break
      // A window does not cross punctuation: look at the gap before the next word's lookup.
      if (gapAfter(t, j - 1) !== Gap.Join) break
      node = node.children.get(wordAt(t, j))
    }
  }
  return out
}

const STRONG = DEFAULT_THRESHOLD

/** Keeps non-overlapping matches: strong ones first, then longer, then surer. */
function resolveOverlaps(matches: Match[]): Match[] {
  const rank = (m: Match): number => (m.candidate.confidence >= STRONG || m.candidate.confidence === 0 ? 1 : 0)
  const order = [...matches].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      b.to - b.from - (a.to - a.from) ||
      b.candidate.confidence - a.candidate.confidence ||
      a.from - b.from
  )
  const taken: Match[] = []
  const used = new Set<number>()
  for (const m of order) {
    const first = m.extended ? m.from - 1 : m.from
    let free = true
    for (let k = first; k < m.to && free; k++) if (used.has(k)) free = false
    if (!free) continue
    for (let k = first; k < m.to; k++) used.add(k)
    taken.push(m)
  }
  return taken.sort((a, b) => a.from - b.from)
}

/** A sentence or line ends between word `a` and word `b`. */
function brokenBetween(t: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (gapAfter(t, k) === Gap.Break) return true
  return false
}

/** A match's confidence once its neighbours are counted, and how many neighbours it has. */
interface Combined {
  confidence: number
  neighbours: number
}

/**
 * Each match's confidence given its neighbours: windows at most CLUSTER_GAP words apart in the
 * same sentence form a cluster, and every other distinct member lends SUPPORT times its own
 * confidence. Linear in the number of matches (the product over a cluster is taken once).
 */
function combine(t: Tokens, matches: Match[]): Combined[] {
  const out: Combined[] = []
  let start = 0
  for (let k = 1; k <= matches.length; k++) {
    const prev = matches[k - 1] as Match
    const cur = matches[k]
    const curFrom = cur === undefined ? 0 : cur.extended ? cur.from - 1 : cur.from
    if (cur !== undefined && curFrom - prev.to <= CLUSTER_GAP && !brokenBetween(t, prev.to - 1, curFrom)) continue
    // matches[start..k) is one cluster. A phrase said twice is repetition, not a second swap:
    // each distinct candidate lends once.
    const distinct = new Set<Candidate>()
    for (let b = start; b < k; b++) distinct.add((matches[b] as Match).candidate)
    let lent = 1
    for (const c of distinct) lent *= 1 - SUPPORT * c.confidence
    for (let a = start; a < k; a++) {
      const own = (matches[a] as Match).candidate.confidence
      const doubt = ((1 - own) * lent) / (1 - SUPPORT * own)
      out.push({confidence: Math.round((1 - doubt) * 1000) / 1000, neighbours: distinct.size - 1})
    }
    start = k
  }
  return out
}

function toFinding(text: string, t: Tokens, m: Match, {confidence, neighbours}: Combined): SpunFinding {
  const from = m.extended ? m.from - 1 : m.from
  const start = t.starts[from] as number
  const end = t.ends[m.to - 1] as number
  const spunStart = t.starts[m.from] as number
  const repaired = matchCase(text.slice(spunStart, end), m.candidate.original)
  const original = m.extended ? text.slice(start, spunStart) + repaired : repaired
  const support = neighbours > 0 ? ` (with ${neighbours} more spun phrase${neighbours > 1 ? 's' : ''} nearby)` : ''
  return {start, end, text: text.slice(start, end), original, confidence, evidence: m.candidate.evidence + support}
}

function find(text: string, s: Settings): SpunFinding[] {
  if (text.length === 0) return []
  const t = tokenize(text)
  const table = spunTable()
  const windows = matchWindows(t, table, s.sources)
  // Nearly every text has none: skip the sorting and clustering of nothing.
  if (windows.length === 0) return []
  const matches = resolveOverlaps(windows).filter((m) => m.candidate.confidence > 0)
  const combined = combine(t, matches)
  const out: SpunFinding[] = []
  matches.forEach((m, k) => {
    const c = combined[k] as Combined
    // A weak window with no partner never counts, whatever the threshold.
    if (c.confidence < s.threshold || (c.neighbours === 0 && m.candidate.confidence < STRONG)) return
    out.push(toFinding(text, t, m, c))
  })
  return out
}

/**
 * Finds the phrases of `text` that look like article-spinner output, sorted by start and
 * non-overlapping, each with the phrase it most likely replaced. Offsets are into `text`:
 * `text.slice(f.start, f.end) === f.text`. Only findings with confidence >= `options.threshold`
 * (default 0.6) are returned.
 */
export function findSpun(text: string, options?: SpunOptions): SpunFinding[] {
  requireText(text, 'findSpun')
  return find(text, settings(options, 'findSpun'))
}

/**
 * `text` with every finding of `findSpun` (same options) replaced by its original, in the case
 * pattern of the spun text. Text without findings comes back unchanged.
 */
export function unspin(text: string, options?: SpunOptions): string {
  requireText(text, 'unspin')
  return repairFindings(text, find(text, settings(options, 'unspin')))
}

/**
 * `text` with `findings` (what `findSpun` found in `text`) replaced by their originals, as
 * `unspin` does: `unspin(text) === repairFindings(text, findSpun(text))`. For callers that need
 * both the findings and the repaired text of one text, and search it once.
 */
export function repairFindings(text: string, findings: readonly SpunFinding[]): string {
  if (findings.length === 0) return text
  let out = ''
  let at = 0
  for (const f of findings) {
    if (f.original === null) continue
    out += fixArticle(text.slice(at, f.start), f.original) + f.original
    at = f.end
  }
  return out + text.slice(at)
}

/** An indefinite article right before a replaced phrase ("a condo" -> "an apartment"). */
const ARTICLE_BEFORE = /\b([Aa]n?) $/

/** Words starting with a vowel letter but a consonant sound, and the reverse. */
const VOWEL_EXCEPTIONS = /^(?:uni|use|usu|eu|one|once)/i
const CONSONANT_EXCEPTIONS = /^(?:hour|honest|honou?r|heir)/i

function wantsAn(word: string): boolean {
  if (CONSONANT_EXCEPTIONS.test(word)) return true
  if (VOWEL_EXCEPTIONS.test(word)) return false
  return /^[aeiou]/i.test(word)
}

/** `before` with its trailing 'a'/'an' made to fit `original`, in the same case. */
function fixArticle(before: string, original: string): string {
  const m = ARTICLE_BEFORE.exec(before)
  if (m === null) return before
  const article = m[1] as string
  const an = wantsAn(original)
  if (an === (article.length === 2)) return before
  const fixed = an ? `${article}n` : article.slice(0, 1)
  return before.slice(0, before.length - article.length - 1) + fixed + ' '
}

export type {SpunFinding} from '../types.js'
export type {SpunSource} from './tables.js'
