/**
 * The shortcuts in front of the hot lookups must never change an answer:
 * a shape sieve says "absent" only for words that are absent, and a prepared
 * line answers every phrase lookup as the plain string does.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {PHRASE_LANGS, PHRASES, type PhraseField} from '../src/data/phrases.js'
import {ALL_STOPWORDS} from '../src/data/stopwords.js'
import {containsPhrase, isShareLine, matchesWhole, normalizeLine, prepareLine, startsWithPhrase} from '../src/phrase-match.js'
import {indexAt, mayHold, shapeSieve, wordIndex} from '../src/shape-sieve.js'

const FIELDS = Object.keys(PHRASES.en) as PhraseField[]
/** Every phrase of every field and language: lines built from them hit the lists. */
const ENTRIES = [...new Set(PHRASE_LANGS.flatMap((lang) => FIELDS.flatMap((field) => [...(PHRASES[lang][field] as readonly string[])])))]

const word = fc.string({unit: 'grapheme', minLength: 1, maxLength: 40})

describe('shapeSieve', () => {
  it('holds every word of its list, wherever the word stands in a text', () => {
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 50}), fc.nat(), word, word, (words, pick, before, after) => {
        const sieve = shapeSieve(words)
        const chosen = words[pick % words.length] as string
        const text = before + chosen + after
        expect(mayHold(sieve, text, before.length, before.length + chosen.length)).toBe(true)
      })
    )
  })

  it('holds a word longer than 31 code units, which shares the last length bit', () => {
    const long = 'a'.repeat(40) + 'z'
    expect(mayHold(shapeSieve([long]), long, 0, long.length)).toBe(true)
  })

  it('turns away a word of a shape the list lacks', () => {
    const sieve = shapeSieve(['the', 'and'])
    expect(mayHold(sieve, 'river', 0, 5)).toBe(false)
    expect(mayHold(sieve, 'them', 0, 4)).toBe(false)
  })
})

describe('wordIndex', () => {
  it('finds a listed word wherever it stands, and no other text', () => {
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 50}), fc.nat(), word, word, word, (words, pick, before, after, other) => {
        const index = wordIndex(words)
        const chosen = words[pick % words.length] as string
        const text = before + chosen + after
        expect(index.words[indexAt(index, text, before.length, before.length + chosen.length)]).toBe(chosen)
        expect(indexAt(index, other, 0, other.length) >= 0).toBe(words.includes(other))
      })
    )
  })

  it('finds every word of a list long enough to fill its table, a repeat at its first place', () => {
    const words = [...ALL_STOPWORDS]
    const index = wordIndex([...words, ...words.slice(0, 100)])
    expect(index.words).toEqual(words)
    for (const [k, w] of words.entries()) expect(indexAt(index, `(${w})`, 1, w.length + 1), w).toBe(k)
    for (const w of words) if (!ALL_STOPWORDS.has(w + 'q')) expect(indexAt(index, w + 'q', 0, w.length + 1)).toBe(-1)
  })
})

/** Characters that make folding, spacing or cutting a line take a rarer path. */
const ODD = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n', '\ud800', '\ud800 ', '\udc00', '😀', 'İ', 'i\u0307', '’', '`', '“', '-', '•', ':', '1.2K', "'")

describe('prepareLine', () => {
  const line = fc.oneof(
    fc.constantFrom(...ENTRIES),
    fc.array(fc.oneof(fc.constantFrom(...ENTRIES), ODD), {maxLength: 8}).map((parts) => parts.join('')),
    fc.array(fc.oneof(fc.constantFrom(...ENTRIES), ODD), {maxLength: 8}).map((parts) => parts.join(' ')),
    fc.tuple(fc.constantFrom(...ENTRIES), fc.string({maxLength: 30}), fc.constantFrom(...ENTRIES)).map(([a, b, c]) => `${a} ${b} ${c}`),
    fc.tuple(fc.string({maxLength: 20}), fc.constantFrom(...ENTRIES), fc.constantFrom('', ':', '.', ' »', '!')).map(([a, b, c]) => `${a}${b}${c}`),
    fc.string({maxLength: 60})
  )

  it('answers every lookup for every field as the plain line does', () => {
    fc.assert(
      fc.property(line, (text) => {
        const prepared = prepareLine(text)
        // Spaces are told as the line is read, not by the regex `normalizeLine` runs.
        expect(prepared.whole).toBe(normalizeLine(text))
        for (const field of FIELDS) {
          expect(containsPhrase(field, prepared), field).toEqual(containsPhrase(field, text))
          expect(matchesWhole(field, prepared), field).toEqual(matchesWhole(field, text))
          expect(startsWithPhrase(field, prepared), field).toEqual(startsWithPhrase(field, text))
        }
        expect(isShareLine(prepared)).toBe(isShareLine(text))
      }),
      {numRuns: 1000}
    )
  })
})
