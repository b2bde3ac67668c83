import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {findSpun, matchCase, unspin} from '../src/spun/index.js'

interface SeedRelated {
  title: string
  repairedTitle: string
  mustRepair: [string, string][]
}
const seed = JSON.parse(
  fs.readFileSync(new URL('./fixtures/kazakhstan-exiles.expected.json', import.meta.url), 'utf8')
) as {related: SeedRelated[]}
const [drones, engineer] = seed.related as [SeedRelated, SeedRelated]

const pairs = (text: string): [string, string | null][] => findSpun(text).map((f) => [f.text, f.original])

describe('seed page', () => {
  it('finds the three swaps of the drone headline', () => {
    expect(pairs(drones.title)).toEqual([
      ['Top-Upward thrust', 'High-Rise'],
      ['Condo Constructions', 'Apartment Buildings'],
      ['The Moscow Occasions', 'The Moscow Times']
    ])
  })

  it('covers every mustRepair pair of both headlines', () => {
    for (const item of [drones, engineer]) {
      const found = findSpun(item.title)
      for (const [spun, original] of item.mustRepair) {
        const hit = found.find((f) => f.text.includes(spun) && (f.original ?? '').includes(original))
        expect(hit, `${spun} -> ${original}`).toBeDefined()
      }
    }
  })

  it('finds criminal considerations -> legal concerns, and the weak swaps beside it', () => {
    expect(pairs(engineer.title)).toEqual([
      ['criminal considerations', 'legal concerns'],
      ['concerning', 'about'],
      ['era', 'technology']
    ])
  })

  it('repairs each related title to the fixture repairedTitle exactly', () => {
    for (const item of seed.related) expect(unspin(item.title)).toBe(item.repairedTitle)
  })

  it('gives offsets into the text and confidences in 0..1', () => {
    for (const f of findSpun(drones.title)) {
      expect(drones.title.slice(f.start, f.end)).toBe(f.text)
      expect(f.confidence).toBeGreaterThanOrEqual(0.6)
      expect(f.confidence).toBeLessThanOrEqual(1)
      expect(f.evidence).toMatch(/seed page/)
    }
  })
})

describe('families from the wild', () => {
  it.each([
    ['The Washington Put up reported it', 'The Washington Post reported it'],
    ['a Monetary Occasions analysis', 'a Financial Times analysis'],
    ['speaking to Fox Information on Sunday', 'speaking to Fox News on Sunday'],
    ['The Related Press said', 'The Associated Press said'],
    ['research in device finding out and device studying', 'research in machine learning and machine learning'],
    ['the fight against local weather alternate', 'the fight against climate change'],
    ['In step with the report, sales fell', 'According to the report, sales fell'],
    ['patients with lung most cancers', 'patients with lung cancer'],
    ['his circle of relatives said', 'his family said'],
    ['public well being officials', 'public health officials'],
    ['was approved with the aid of using the board', 'was approved by the board'],
    ['homes withinside the valley', 'homes in the valley'],
    ['Counterfeit consciousness grades essays', 'Artificial intelligence grades essays'],
    ['The United International locations met', 'The United Nations met'],
    ['The Seattle Occasions reported', 'The Seattle Times reported'],
    ['A condo construction collapsed', 'An apartment building collapsed'],
    ['An actual property developer bought it', 'A real estate developer bought it']
  ])('%s', (spun, original) => {
    expect(unspin(spun)).toBe(original)
  })

  it('traces a window whose every word was swapped back through WordNet, with a partner nearby', () => {
    expect(pairs('The clime alteration hits flat edifice owners')).toEqual([
      ['clime alteration', 'climate change'],
      ['flat edifice', 'apartment building']
    ])
  })

  it('does not flag one WordNet-swapped window alone', () => {
    expect(findSpun('The clime alteration was slow')).toEqual([])
  })
})

describe('casing', () => {
  it('keeps ALL CAPS, Title Case, lower case and a sentence-initial capital', () => {
    expect(unspin('SYNTHETIC INTELLIGENCE RULES')).toBe('ARTIFICIAL INTELLIGENCE RULES')
    expect(unspin('Why Synthetic Intelligence Matters')).toBe('Why Artificial Intelligence Matters')
    expect(unspin('we study synthetic intelligence')).toBe('we study artificial intelligence')
    expect(unspin('Synthetic intelligence is here')).toBe('Artificial intelligence is here')
    expect(unspin('LOCAL WEATHER ALTERNATE')).toBe('CLIMATE CHANGE')
  })

  it('matchCase reads a spinner-capitalised multiword synonym as Title Case', () => {
    expect(matchCase('Top-Upward thrust', 'high-rise')).toBe('High-Rise')
    expect(matchCase('the Moscow Occasions', 'The Moscow Times')).toBe('the Moscow Times')
    expect(matchCase('In step with', 'according to')).toBe('According to')
    expect(matchCase('in step with', 'According To')).toBe('according to')
  })
})

describe('precision: ordinary text', () => {
  it.each([
    'The museum is devoted to the Victorian era.',
    'Prosecutors opened a criminal case against him.',
    'They have met on several occasions since then.',
    'Engineers said the device was faulty.',
    'The charity works to educate children.',
    'Villagers watched the well being dug by hand.',
    'Mental well-being matters to staff.',
    'She was pronounced dead at the scene.',
    'The minister kept in step with the party line.',
    'Most cancers are treatable if caught early.',
    'A small circle of relatives and friends came.',
    'The local weather station recorded rain.',
    'Residents Put Up Barricades as Floodwaters Rise',
    'Many Occasions Call for a Suit',
    'The ECU was replaced by the euro.',
    'The Chinese language is spoken widely.',
    'The actual property damage was severe.',
    'He raised concerns about the technology in the era of big data.',
    'Questions concerning the era of Reagan remain.',
    'The white space between the columns was blank.'
  ])('%s', (text) => {
    expect(findSpun(text)).toEqual([])
    expect(unspin(text)).toBe(text)
  })

  it('needs a partner for a weak swap: "concerning the era" alone is ordinary', () => {
    expect(findSpun('a book concerning the era')).toEqual([])
    expect(pairs('legal experts raised criminal considerations concerning the era')).toEqual([
      ['criminal considerations', 'legal concerns'],
      ['concerning', 'about'],
      ['era', 'technology']
    ])
  })

  it('does not let a weak swap lean on a strong hit across a sentence end', () => {
    expect(pairs('They raised criminal considerations. Concerning the era, no one spoke.')).toEqual([
      ['criminal considerations', 'legal concerns']
    ])
  })
})

describe('options and arguments', () => {
  it('throws a TypeError naming the argument when text is not a string', () => {
    expect(() => findSpun(42 as unknown as string)).toThrow(TypeError)
    expect(() => findSpun(null as unknown as string)).toThrow(/text/)
    expect(() => unspin(undefined as unknown as string)).toThrow(/unspin: text/)
  })

  it('rejects a threshold outside 0..1', () => {
    expect(() => findSpun('x', {threshold: 2})).toThrow(RangeError)
    expect(() => unspin('x', {threshold: Number.NaN})).toThrow(/threshold/)
  })

  it('repairs only findings at or above the threshold', () => {
    // The weak swaps reach 0.72 with their partners; the lexicon phrase 0.9.
    expect(unspin(engineer.title, {threshold: 0.85})).toBe(
      'Ex-OpenAI engineer who raised legal concerns concerning the era has died'
    )
    expect(findSpun(engineer.title, {threshold: 0.85}).map((f) => f.text)).toEqual(['criminal considerations'])
  })

  it('can leave a source out', () => {
    expect(findSpun('Counterfeit consciousness grades essays', {sources: ['lexicon', 'wordnet']})).toEqual([])
    expect(findSpun(drones.title, {sources: ['tortured']})).toEqual([])
  })
})

const VOCABULARY = [
  'the', 'The', 'Moscow', 'Occasions', 'occasions', 'criminal', 'considerations', 'concerning', 'era', 'Top-Upward',
  'thrust', 'Condo', 'Constructions', 'well', 'being', 'care', 'device', 'finding', 'out', 'local', 'weather',
  'alternate', 'in', 'step', 'with', 'most', 'cancers', 'lung', 'circle', 'of', 'relatives', 'Put', 'up', 'ECU',
  'Ecu', 'Union', 'a', 'an', 'clime', 'alteration', 'flat', 'edifice', 'withinside', '’s', 'İstanbul', 'ß'
]
const SEPARATORS = [' ', ' ', ' ', '-', ', ', '. ', '\n', '\n\n', ' – ', "'", '’', '']
const spunish = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...SEPARATORS)), {maxLength: 30})
  .map((parts) => parts.map(([w, s]) => w + s).join(''))
const anyText = fc.oneof(fc.string({unit: 'grapheme', maxLength: 200}), fc.string({maxLength: 200}), spunish)

describe('properties', () => {
  it('never throws; offsets valid, slices match, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = findSpun(text)
        let end = 0
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(end)
          expect(f.end).toBeGreaterThan(f.start)
          expect(f.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(f.start, f.end)).toBe(f.text)
          expect(f.confidence).toBeGreaterThanOrEqual(0.6)
          expect(f.confidence).toBeLessThanOrEqual(1)
          end = f.end
        }
      }),
      {numRuns: 400}
    )
  })

  it('unspin returns a text with no findings unchanged', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        if (findSpun(text).length === 0) expect(unspin(text)).toBe(text)
      }),
      {numRuns: 400}
    )
  })

  it('unspin changes only the found spans (and an article right before one)', () => {
    fc.assert(
      fc.property(spunish, (text) => {
        const found = findSpun(text)
        const out = unspin(text)
        if (found.length === 0) return
        const last = found[found.length - 1]!
        expect(out.endsWith(text.slice(last.end))).toBe(true)
        expect(out.startsWith(text.slice(0, Math.max(0, found[0]!.start - 3)))).toBe(true)
      }),
      {numRuns: 300}
    )
  })
})
