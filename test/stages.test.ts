/**
 * The stages not covered by a file of their own: features, language,
 * assemble, and the pipeline's order (cleanArticle = the stages in a row).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  addHeadline,
  assemble,
  blockDates,
  blockFeatures,
  chooseDates,
  cleanArticle,
  decide,
  detectAll,
  detectLanguage,
  detectNameLine,
  detectTitle,
  documentFeatures,
  normalize,
  segment
} from '../src/index.js'
import {paragraphsOf, removedSpans} from '../src/assemble.js'
import {lineKey} from '../src/line-key.js'

const doc = (text: string) => segment(text, normalize(text))

describe('blockFeatures', () => {
  it('reads a punctuated paragraph with function words as prose', () => {
    const [block] = doc('The council said on Monday that the new bridge would open to traffic in the spring of next year.').blocks
    const f = blockFeatures(block!)
    expect(f.prose).toBe(true)
    expect(f.short).toBe(false)
    expect(f.stopDensity).toBeGreaterThan(0.3)
  })

  it('reads a menu run together as not prose (Title Case, no function words)', () => {
    const [block] = doc('Home World Business Markets Technology Science Health Sports Entertainment Opinion Video Podcasts Newsletters').blocks
    const f = blockFeatures(block!)
    expect(f.prose).toBe(false)
    expect(f.stopDensity).toBe(0)
  })

  it('reads Chinese without spaces by characters', () => {
    const [block] = doc('北京市政府周一宣布，新的地铁线路将于明年春天开通，预计每天运送乘客超过十万人次。').blocks
    const f = blockFeatures(block!)
    expect(f.unspaced).toBe(true)
    expect(f.prose).toBe(true)
  })

  // The key is built in the pass that counts the words, reading the text's
  // classes where lower-casing keeps them (see `scan`): it must be `lineKey`'s.
  it('gives every block the key lineKey gives its text', () => {
    const piece = fc.constantFrom('İstanbul', 'ΟΔΟΣ.Α', 'Σ', 'don’t', "it's", 'x-ray', '2024', '0', '½', 'Ⅻ', '𐐀𐐨', '𝟘', '\uD800', '\uDC00', '😀', '中文', ' ', ' ', '  ', '. ', ', ')
    const text = fc.array(fc.oneof(piece, fc.string({unit: 'binary', maxLength: 6})), {maxLength: 12}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (t) => {
        const block = {start: 0, end: t.length, index: 0, text: t, lines: [], listItem: false, heading: false, sentence: false}
        expect(blockFeatures(block).key).toBe(lineKey(t))
      }),
      {numRuns: Number(process.env.FC_RUNS ?? 1000)}
    )
  })
})

describe('documentFeatures', () => {
  // Polish prose has few function words the lists know: 0.15–0.2 of its words.
  const polish = [
    'Wyrównana sezonowo stopa bezrobocia w Polsce wyniosła 3,1 proc. w marcu 2021 roku wobec 3,1 proc. w poprzednim miesiącu.',
    'Liczba bezrobotnych w Polsce wyniosła 534 tys. w marcu wobec 540 tys. miesiąc wcześniej, podał Eurostat w czwartek rano.',
    'Według danych Głównego Urzędu Statystycznego stopa bezrobocia mierzona jako odsetek bezrobotnych wyniosła 6,4 proc. w marcu.'
  ]

  it('reads prose thin in function words as prose on a page of such prose', () => {
    const d = doc(polish.join('\n\n'))
    expect(documentFeatures(d).map((f) => f.prose)).toEqual([true, true, true])
    expect(d.blocks.map((b) => blockFeatures(b).dense)).toEqual([false, false, false])
  })

  it('keeps the threshold on a page of denser prose', () => {
    const english = 'The council said on Monday that the new bridge would open to traffic in the spring of next year, and that work was on time.'
    const d = doc([english, english.replace('bridge', 'station'), polish[0]].join('\n\n'))
    expect(documentFeatures(d)[2]?.dense).toBe(false)
  })
})

describe('detectLanguage', () => {
  it('answers und for short samples', () => {
    expect(detectLanguage(['Hello there.'])).toBe('und')
    expect(detectLanguage([])).toBe('und')
  })

  it('names the language of a paragraph', () => {
    expect(detectLanguage(['Die Regierung hat am Mittwoch beschlossen, dass die neuen Regeln ab dem kommenden Jahr gelten sollen und alle Bürger betreffen.'])).toBe('deu')
    expect(detectLanguage(['The government decided on Wednesday that the new rules will apply from next year and will affect every citizen of the country.'])).toBe('eng')
  })

  it('chooses only among the languages it is given', () => {
    const text = ['Le gouvernement a annoncé mercredi que les nouvelles règles entreront en vigueur l’année prochaine pour tous les citoyens.']
    expect(detectLanguage(text, {only: ['fra', 'spa']})).toBe('fra')
  })
})

describe('assemble', () => {
  const input = 'Menu\nNews\nSport\n\nFirst paragraph of the story, which is long enough to count as prose here.\n\nSecond paragraph of the story, also long enough to be read as article prose.'
  const d = doc(input)
  const features = documentFeatures(d)
  const findings = detectAll({doc: d, features})
  const decision = decide(d, features, findings)

  it('joins kept blocks into paragraphs and maps removed blocks to input spans', () => {
    expect(paragraphsOf(d, decision.kept)).toEqual([
      'First paragraph of the story, which is long enough to count as prose here.',
      'Second paragraph of the story, also long enough to be read as article prose.'
    ])
    const removed = removedSpans(d, decision)
    expect(removed.map((r) => input.slice(r.start, r.end))).toEqual(removed.map((r) => r.text))
    // "Menu" is a navigation control; "News" and "Sport" lie outside the main
    // run (two lines are no menu) and merge into one span.
    expect(removed.map((r) => [r.kind, r.text])).toEqual([
      ['navigation', 'Menu'],
      ['boilerplate', 'News\nSport']
    ])
  })

  it('is what cleanArticle does, stage by stage', () => {
    const context = {doc: d, features, dates: blockDates({doc: d, features})}
    const title = detectTitle(context, decision.run.start, findings)
    const nameLine = detectNameLine(context, title.index >= 0 ? title.index : decision.run.start, findings)
    const all = addHeadline(context, findings, [...title.findings, ...nameLine])
    const second = decide(d, features, all)
    const dates = chooseDates(context.dates, title.index, second.run.start)
    const article = assemble(d, {decision: second, findings: all, title, dates, options: {preset: 'balanced', spun: true}})
    expect(article).toEqual(cleanArticle(input))
  })
})
