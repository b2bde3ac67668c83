import {describe, expect, it} from 'vitest'
import {decide} from '../src/decide.js'
import {detectAll} from '../src/detect/index.js'
import {afterBreadcrumb, detectTitle} from '../src/detect/title.js'
import {contextOf, page, PROSE_EN, REMOVE_AT, seen} from './detect-helpers.js'

/** Run the title detector as the pipeline does: anchored on the first decision. */
function titleOf(text: string) {
  const context = contextOf(text)
  const findings = detectAll(context, REMOVE_AT)
  const runStart = decide(context.doc, context.features, findings).run.start
  const result = detectTitle(context, runStart, findings)
  return {title: result.title, index: result.index, findings: seen(context, result.findings)}
}

const HEADLINE = 'Harbour ferry returns after two-year break'

describe('detectTitle', () => {
  it('never takes a disclosure or call to action for the headline, though a date line is below it', () => {
    const text = page(
      'The committee met on Tuesday and agreed that the budget would be published before the end of the month.',
      'This post contains affiliate links.',
      'Le gouvernement a annoncé mercredi que les nouvelles règles entreront en vigueur l’année prochaine.',
      'September 13, 2023'
    )
    expect(titleOf(text).title).toBeNull()
  })

  // Regression: the page's address printed above the headline (inscriptis,
  // html-text) or a record's url field was taken for the headline, being a
  // short line with the byline right below it.
  it('never takes a web address alone on its line for the headline', () => {
    const text = page(
      'https://www.harbour-times.example/news/article/Harbour-ferry-returns-after-two-year-break-1234.php',
      HEADLINE,
      'By Tom Baker',
      'June 18, 2024',
      ...PROSE_EN
    )
    expect(titleOf(text).title).toBe(HEADLINE)
    expect(titleOf(page('www.harbour-times.example', 'By Tom Baker', 'June 18, 2024', ...PROSE_EN)).title).toBeNull()
  })

  it('en: the line above the byline, and its copies elsewhere on the page', () => {
    const text = page(
      `${HEADLINE} - Harbour Times`,
      'Home',
      HEADLINE,
      'The first boat in two years crossed the bay on Tuesday',
      'By Tom Baker',
      'June 18, 2024',
      ...PROSE_EN,
      'Share',
      HEADLINE
    )
    expect(titleOf(text)).toEqual({
      title: HEADLINE,
      index: 2,
      findings: [
        {kind: 'duplicate-title', text: `${HEADLINE} - Harbour Times`, removed: true},
        {kind: 'title', text: HEADLINE, removed: true, data: {title: HEADLINE}},
        {kind: 'duplicate-title', text: HEADLINE, removed: true}
      ]
    })
  })

  it.each([
    ['de', 'Stadt saniert die alte Schwimmhalle im Norden', 'Von Anna Schmidt'],
    ['fr', 'Les cantines scolaires passent au bio à Lyon', 'Par Jean Dupont'],
    ['es', 'El Ayuntamiento amplía el horario de las bibliotecas', 'Por María García'],
    ['it', 'Il nuovo ponte sul fiume apre a maggio', 'di Marco Rossi'],
    ['nl', 'Nieuwe fietsbrug over de rivier geopend', 'Door Pieter de Vries'],
    ['ru', 'В Казани открыли новую линию трамвая', '12 апреля 2024'],
    ['tr', 'İstanbul’da yeni metro hattı açıldı', '13 Eylül 2023']
  ])('%s: the headline above its byline or date', (_lang, headline, header) => {
    const menu = ['World', 'Business', 'Science']
    const text = page(...menu, headline, header, ...PROSE_EN)
    const found = titleOf(text)
    expect(found.title).toBe(headline)
    expect(found.index).toBe(3)
    expect(found.findings).toEqual([{kind: 'title', text: headline, removed: true, data: {title: headline}}])
  })

  it('prefers the headline to the dek below it', () => {
    const text = page(HEADLINE, 'The first boat in two years crossed the bay on Tuesday morning', 'By Tom Baker', ...PROSE_EN)
    expect(titleOf(text).title).toBe(HEADLINE)
  })

  it('does not take a subheading inside the article for the headline', () => {
    const text = page(HEADLINE, 'By Tom Baker', PROSE_EN[0], 'What happens next for the island', PROSE_EN[1], PROSE_EN[2])
    expect(titleOf(text).title).toBe(HEADLINE)
  })

  it('does not take page furniture for the headline', () => {
    const text = page('Sign up for our morning newsletter', 'Share this article', HEADLINE, 'By Tom Baker', ...PROSE_EN)
    expect(titleOf(text).title).toBe(HEADLINE)
  })

  it('does not take a "click to" control for the headline, though it is printed twice with a line below', () => {
    const buttons = ['Click to email this to a friend (Opens in new window)', 'Click to copy URL']
    const text = page(...buttons, ...buttons, HEADLINE, 'By Tom Baker', ...PROSE_EN)
    expect(titleOf(text).title).toBe(HEADLINE)
  })

  it('takes a headline of three long words (German compounds) over furniture above it', () => {
    const headline = 'Ladensterben immer dramatischer'
    const text = page('Close this search box.', headline, '12. März 2023', ...PROSE_EN)
    expect(titleOf(text).title).toBe(headline)
  })

  it('finds no headline in a page of prose alone', () => {
    expect(titleOf(page(...PROSE_EN))).toEqual({title: null, index: -1, findings: []})
  })
})

describe('afterBreadcrumb', () => {
  it.each([
    ['Home > News > Harbour ferry returns after two-year break', HEADLINE],
    ['News / India News / Harbour ferry returns after two-year break', HEADLINE],
    ['Harbour ferry returns after two-year break', HEADLINE],
    // Two parts are a kicker, not a trail; a short last part is no headline.
    ['Travel / Harbour ferry returns after two-year break', 'Travel / Harbour ferry returns after two-year break'],
    ['News / World / Europe', 'News / World / Europe']
  ])('"%s" is headed "%s"', (line, title) => {
    expect(afterBreadcrumb(line)).toBe(title)
  })
})
