import {describe, expect, it} from 'vitest'
import {addHeadline, detectAll, DETECTORS} from '../src/detect/index.js'
import {dataLine} from '../src/data-line.js'
import {detectMenus, detectNavigation} from '../src/detect/navigation.js'
import {contextOf, detect, page, PROSE_EN, REMOVE_AT, seen, textsOf, type Seen} from './detect-helpers.js'

/** Menus of `text`, anchored on every independent detector's findings (as `detectAll` does). */
function menus(text: string): Seen[] {
  const context = contextOf(text)
  const independent = Object.values(DETECTORS).flatMap((detector) => detector(context))
  return seen(context, detectMenus(context, independent, REMOVE_AT))
}

describe('detectNavigation: chrome words and breadcrumbs', () => {
  it.each([
    ['en', 'Home'],
    ['en', 'Skip to content'],
    ['en', 'Back to top'],
    ['de', 'Startseite'],
    ['de', 'Menü'],
    ['fr', 'Accueil'],
    ['es', 'Inicio'],
    ['pt', 'Início'],
    ['pl', 'Strona główna'],
    ['ru', 'Главная'],
    ['uk', 'Головна'],
    ['tr', 'Ana Sayfa']
  ])('%s: %s', (_lang, line) => {
    expect(detect(detectNavigation, line)).toEqual([{kind: 'navigation', text: line, removed: true}])
  })

  it.each([
    ['en', 'Home > News > Politics'],
    ['de', 'News / Welt / Europa'],
    ['fr', 'Accueil › Société › Éducation']
  ])('%s: the breadcrumb "%s"', (_lang, line) => {
    expect(detect(detectNavigation, line)).toEqual([{kind: 'navigation', text: line, removed: true}])
  })

  it.each([
    ['en', 'The home of the future will run on solar power, the architects say.'],
    ['en', 'Home prices rose again in May, the third monthly rise in a row.'],
    ['de', 'Die Startseite der Behörde war am Montag stundenlang nicht erreichbar.'],
    ['en', 'Prices rose 3.5% year/year in May, the statistics office said.']
  ])('%s: "%s" stays', (_lang, line) => {
    expect(detect(detectNavigation, line)).toEqual([])
  })

  it.each([
    ['en', '← Heroes on the couch'],
    ['de', 'Warum Michel Reimon nach Brüssel muss →'],
    ['de', 'Alle Kommentare »'],
    ['pl', 'Zobacz mapę zakażeń »']
  ])('%s: the arrowed link "%s"', (_lang, line) => {
    expect(detect(detectNavigation, line)).toEqual([{kind: 'navigation', text: line, removed: true}])
  })

  it.each([
    ['de', '«Die Suche nach meiner Identität beschäftigt mich seit Jahren»'],
    ['de', 'Mehr «Leben»'],
    ['en', 'Prices went up → and then down again, the traders said, before the market closed for the long weekend in the spring.']
  ])('%s: quotes and arrows inside prose stay: "%s"', (_lang, line) => {
    expect(detect(detectNavigation, line)).toEqual([])
  })

  // Regression (fixed): BREADCRUMB takes any short unpunctuated line with a slash for a
  // breadcrumb, at confidence 0.6, which the balanced preset removes: a
  // subheading such as "24/7 care for the paintings" disappears from the
  // article. Expected no finding; actual 'navigation' at 0.6.
  it('en: a subheading with a slash, "24/7 care for the paintings", stays', () => {
    expect(detect(detectNavigation, page(PROSE_EN[0], '24/7 care for the paintings', PROSE_EN[1]))).toEqual([])
  })
})

describe('detectMenus', () => {
  it('a run of short link-like lines is a menu, stronger the longer it is', () => {
    const context = contextOf(page('World', 'Business', 'Science', 'Culture', ...PROSE_EN))
    const found = detectMenus(context, [], REMOVE_AT)
    expect(seen(context, found)).toEqual(
      ['World', 'Business', 'Science', 'Culture'].map((text) => ({kind: 'navigation', text, removed: true}))
    )
    expect(found.map((f) => f.confidence)).toEqual([0.7, 0.7, 0.7, 0.7])
  })

  it.each([
    ['de', ['Politik', 'Wirtschaft', 'Sport', 'Kultur']],
    ['ru', ['Новости', 'Общество', 'Спорт']],
    ['tr', ['Gündem', 'Ekonomi', 'Spor', 'Dünya']]
  ])('%s: a menu of section names', (_lang, items) => {
    expect(menus(page(...items, ...PROSE_EN))).toEqual(items.map((text) => ({kind: 'navigation', text, removed: true})))
  })

  it('a single subheading inside the prose is no menu', () => {
    expect(menus(page(PROSE_EN[0], 'A long wait', PROSE_EN[1], 'What happens next', PROSE_EN[2]))).toEqual([])
  })

  it('two short lines in a row are no menu', () => {
    expect(menus(page(PROSE_EN[0], 'World', 'Business', PROSE_EN[1]))).toEqual([])
  })

  const cookie = 'We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.'

  it('a removed cookie notice inside a menu does not break it', () => {
    const found = menus(page('World', cookie, 'Business', 'Science', ...PROSE_EN))
    expect(found).toEqual(['World', 'Business', 'Science'].map((text) => ({kind: 'navigation', text, removed: true})))
  })

  it('a finding under the threshold does not make its block transparent', () => {
    const context = contextOf(page('World', cookie, 'Business', 'Science', ...PROSE_EN))
    const independent = Object.values(DETECTORS).flatMap((detector) => detector(context))
    expect(detectMenus(context, independent, 0.95)).toEqual([])
  })
})

describe('addHeadline: menus around the headline', () => {
  const HEADLINE = 'Committee publishes its budget for next year'
  /** The findings of `text` with those of the headline at block `index` added, as `Seen`. */
  function withHeadline(text: string, index: number): Seen[] {
    const context = contextOf(text)
    const block = context.doc.blocks[index]!
    const headline = {start: block.start, end: block.end, kind: 'title', confidence: 0.95, reason: 'The headline.', rule: 'title'} as const
    return seen(context, addHeadline(context, detectAll(context, REMOVE_AT), [headline], REMOVE_AT))
  }

  it('short lines on both sides of the headline are one menu, as they are once it is gone', () => {
    const text = page(PROSE_EN[0], 'World', 'Business', HEADLINE, 'Science', PROSE_EN[1])
    expect(menus(text)).toEqual([])
    expect(textsOf(withHeadline(text, 3), 'navigation')).toEqual(['World', 'Business', 'Science'])
  })

  it('a short headline no longer counts among the lines of a fact sheet', () => {
    const text = page(PROSE_EN[0], 'World', 'Business', '125 g Mehl', 'Rebsorte: Zinfandel', PROSE_EN[1])
    expect(menus(text)).toEqual([])
    expect(textsOf(withHeadline(text, 3), 'navigation')).toEqual(['World', 'Business', 'Rebsorte: Zinfandel'])
  })

  it('a menu the headline was one of stays a menu', () => {
    const text = page(PROSE_EN[0], 'World', 'Business', 'Budget out', PROSE_EN[1])
    expect(textsOf(withHeadline(text, 3), 'navigation')).toEqual(['World', 'Business', 'Budget out'])
  })

  it('adds nothing when there is no headline', () => {
    const context = contextOf(page(PROSE_EN[0], 'World', 'Business', PROSE_EN[1]))
    const findings = detectAll(context, REMOVE_AT)
    expect(addHeadline(context, findings, [], REMOVE_AT)).toEqual(findings)
  })
})

describe('lists that are content, not menus', () => {
  const ingredients = ['125 g Mehl', '65 g Zucker', '1 TL Backpulver', '½ Tasse Milch']
  const facts = ['Rebsorte: Zinfandel', 'Trinktemperatur: 8 °C', 'Herkunft: Kalifornien']

  it.each([
    ['an ingredient list', ingredients],
    ['a fact sheet', facts]
  ])('%s is no menu', (_what, lines) => {
    expect(menus(page(PROSE_EN[0], ...lines, PROSE_EN[1]))).toEqual([])
  })

  it('a numbered table of contents is still a menu', () => {
    const toc = ['1. Robert Plant', '2. Rob Halford', '3. Steven Tyler']
    expect(menus(page(PROSE_EN[0], ...toc, PROSE_EN[1]))).toEqual(toc.map((text) => ({kind: 'navigation', text, removed: true})))
  })

  it.each(['125 g Mehl', '1 TL Backpulver', '½ cup milk', '2 Dose/n Mandarinen', 'Rebsorte: Zinfandel', 'Laufzeit: fünf Jahre'])(
    '"%s" is a data line',
    (line) => expect(dataLine(line)).toBe(true)
  )

  it.each(['1. Robert Plant', 'Türkei: Der euroamerikanische Abschied aus der Weltpolitik', 'World', 'Read more'])(
    '"%s" is not a data line',
    (line) => expect(dataLine(line)).toBe(false)
  )

  it('an ingredient list between the intro and the method stays in the article', async () => {
    const {cleanArticle} = await import('../src/index.js')
    expect(cleanArticle(page(PROSE_EN[0], ...ingredients, PROSE_EN[1], PROSE_EN[2])).paragraphs).toEqual([PROSE_EN[0], ...ingredients, PROSE_EN[1], PROSE_EN[2]])
  })
})
