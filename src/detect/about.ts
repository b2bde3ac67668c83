/**
 * "About <name>" sections after the article: the author's bio ("About Brigit
 * Katz") or a press release's company boilerplate ("About Ascom"). The
 * heading must come after most of the prose, so an "About us" menu link at
 * the top does not count; the section runs over the next few paragraphs.
 */
import type {BlockFeatures} from '../features.js'
import {looksLikeName} from '../names.js'
import type {Block, Finding} from '../types.js'
import {blockFinding, type Detector} from './context.js'

/** An about-section holds at most this many blocks after its heading. */
export const ABOUT_BLOCKS = 4
/** A bio line is a hint only (see `EDGE_AT` in `extent.ts`). */
export const WEAK_BIO = 0.5

const ABOUT =
  /^(?:About|Über|À propos de|A propos de|Acerca de|Sobre|Informazioni su|Chi è|Over|O) (?:the |die |den |das |la |le |l'|el |o |a |de )?(\p{Lu}[\p{L}\p{N}&.'’ -]{1,60})$/u

// A bio line: a name, then "is a reporter", "ist Redakteurin", "est journaliste" …
const ROLE =
  /(?<![\p{L}])(?:reporter|journalist|journalistin|correspondent|korrespondent|korrespondentin|editor|writer|author|columnist|contributor|professor|redakteur|redakteurin|autor|autorin|journaliste|rédacteur|rédactrice|periodista|redactor|redactora|giornalista|jornalista|redacteur|dziennikarz|dziennikarka|журналист|корреспондент|редактор)(?![\p{L}])/iu
const BIO_VERB = /^(?:\S+ ){1,3}(?:is|was|ist|war|est|es|è|é|jest|является|arbeitet|works|writes|schreibt|leitet|covers|reports)\b/u
// A job, as an author's bio names it: wider than `ROLE`, so only a hint.
const JOB =
  /(?<![\p{L}])(?:founder|co-founder|expert|officer|head of|chief|director|manager|consultant|researcher|freelance|freelancer|blogger|host|producer|student|writes|covers|reports|gründer|gründerin|experte|expertin|leiter|leiterin|leitet|ressort|freier|freie|bloggerin|schreibt|fondateur|fondatrice|fundador|fundadora|fondatore|założyciel|основатель|засновник|kurucu|uzman)(?![\p{L}])/iu

/** A short paragraph that starts with a name and says what the person does for a living. */
function isBio(block: Block, f: BlockFeatures): boolean {
  if (f.words > 60 || f.words < 6 || !BIO_VERB.test(block.text)) return false
  // The first two words (`text.split(' ').slice(0, 2).join(' ')`), cut only
  // for a line that passed the verb test: most short paragraphs do not.
  const text = block.text
  const cut = text.indexOf(' ', text.indexOf(' ') + 1)
  return looksLikeName(cut < 0 ? text : text.slice(0, cut)) && (ROLE.test(text) || JOB.test(text))
}

/** Find "About <name>" sections after the article. */
export const detectAbout: Detector = ({doc, features}) => {
  const total = features.reduce((sum, f) => sum + (f.prose ? f.chars : 0), 0)
  let before = 0
  const findings: Finding[] = []
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i] as Block
    const f = features[i] as BlockFeatures
    const match = f.words <= 8 ? ABOUT.exec(block.text) : null
    if (match && before >= total * 0.5) {
      const name = match[1] as string
      // One capitalised word is an organisation ("About Ascom"); a person has two.
      const person = name.includes(' ') && looksLikeName(name)
      const kind = person ? 'author-footer' : 'boilerplate'
      const what = person ? 'the author' : 'the organisation'
      findings.push(blockFinding(block, kind, 0.85, `The heading of a section about ${what}.`, 'about'))
      for (const next of section(doc.blocks, features, i)) {
        findings.push(blockFinding(next, kind, 0.75, `A paragraph about ${what} after the article.`, 'about'))
      }
    }
    else if (before > 0 && isBio(block, f)) {
      // After the first paragraph, a bio line is a hint, which counts at the
      // article's end. Not a verdict by its place on the page: that place
      // moves when the page is cleaned, and cleaning the clean text again
      // must change nothing.
      findings.push(blockFinding(block, 'author-footer', WEAK_BIO, 'A short bio of the author.', 'about'))
    }
    if (f.prose) before += f.chars
  }
  return findings
}

/** The paragraphs under the heading, up to the next short heading-like line. */
function section(blocks: readonly Block[], features: readonly BlockFeatures[], heading: number): Block[] {
  const out: Block[] = []
  for (let j = heading + 1; j < Math.min(blocks.length, heading + 1 + ABOUT_BLOCKS); j++) {
    const f = features[j] as BlockFeatures
    if (f.short && out.length > 0) break
    out.push(blocks[j] as Block)
  }
  return out
}
