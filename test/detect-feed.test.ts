import {describe, expect, it} from 'vitest'
import {detectDateLines} from '../src/detect/dateline.js'
import {detectFeeds} from '../src/detect/feed.js'
import {contextOf, page, PROSE_EN, seen, type Seen} from './detect-helpers.js'

/** Feeds of `text`, anchored on its date lines (as `detectAll` does). */
function feeds(text: string): Seen[] {
  const context = contextOf(text)
  const dates = new Set(detectDateLines(context).filter((f) => f.kind === 'dateline').map((f) => f.start))
  return seen(context, detectFeeds(context, dates))
}

const item = (headline: string, author: string, date: string, teaser: string): string[] => [headline, author, date, teaser]

describe('detectFeeds', () => {
  it('en: three dated teasers are a feed, with the heading above them', () => {
    const blocks = [
      'Latest from the newsroom',
      ...item('Council approves new bike lanes', 'By Tom Baker', 'March 4, 2024', 'The lanes will run along the river.'),
      ...item('Bus fares to rise in April', 'By Sarah Miller', 'March 3, 2024', 'Single tickets will cost ten pence more.'),
      ...item('Library extends opening hours', 'By Jane Doe', 'March 2, 2024', 'The central branch will open on Sundays.')
    ]
    const found = feeds(page(...blocks))
    expect(found.map((f) => f.text)).toEqual(blocks)
    expect(found.every((f) => f.kind === 'related' && f.removed)).toBe(true)
  })

  it.each([
    [
      'de',
      [
        ...item('Neue Radwege für die Innenstadt', 'Von Anna Schmidt', '4. März 2024', 'Der Umbau beginnt im Frühjahr.'),
        ...item('Busfahrer streiken am Freitag', 'Von Peter Müller', '3. März 2024', 'Welche Linien betroffen sind.'),
        ...item('Bibliothek öffnet auch sonntags', 'Von Lena Hoffmann', '2. März 2024', 'Die Zentrale bleibt länger offen.')
      ]
    ],
    [
      'fr',
      [
        ...item('De nouvelles pistes cyclables', 'Par Jean Dupont', '4 mars 2024', 'Les travaux débutent au printemps.'),
        ...item('Grève des bus vendredi', 'Par Marie Martin', '3 mars 2024', 'Les lignes concernées.'),
        ...item('La bibliothèque ouvre le dimanche', 'Par Paul Girard', '2 mars 2024', 'Des horaires élargis.')
      ]
    ]
  ])('%s: a feed of three items', (_lang, blocks) => {
    const found = feeds(page(...blocks))
    expect(found.map((f) => f.text)).toEqual(blocks)
    expect(found.every((f) => f.kind === 'related' && f.removed)).toBe(true)
  })

  // Regression (fixed): the first item reached three blocks above its date,
  // over the last paragraph of the article above the feed.
  it('the first item never takes the article\'s last paragraph', () => {
    const last = 'In another incident in September the company was attacked by hackers, who took data on staff and on several of its projects, a spokesman said, adding that the police had been told.'
    const blocks = [
      ...item('Council approves new bike lanes', 'By Tom Baker', 'March 4, 2024', 'The lanes will run along the river.'),
      ...item('Bus fares to rise in April', 'By Sarah Miller', 'March 3, 2024', 'Single tickets will cost ten pence more.'),
      ...item('Library extends opening hours', 'By Jane Doe', 'March 2, 2024', 'The central branch will open on Sundays.')
    ]
    expect(feeds(page(PROSE_EN[0], last, ...blocks)).map((f) => f.text)).toEqual(blocks)
  })

  it('one article with one date line is no feed', () => {
    expect(feeds(page('Council approves new bike lanes', 'By Tom Baker', 'March 4, 2024', ...PROSE_EN))).toEqual([])
  })

  it('a published and an updated line next to each other are one header, not two items', () => {
    const text = page(
      'Council approves new bike lanes',
      'Published March 4, 2024',
      'Updated March 5, 2024',
      ...PROSE_EN,
      'Bus fares to rise in April',
      'March 3, 2024'
    )
    expect(feeds(text)).toEqual([])
  })

  it('dates separated by the article\'s paragraphs are no feed', () => {
    const text = page('March 4, 2024', PROSE_EN[0], PROSE_EN[1], 'March 5, 2024', PROSE_EN[2], PROSE_EN[0], 'March 6, 2024')
    expect(feeds(text)).toEqual([])
  })

  it('the dated signatures of embedded posts are no feed', () => {
    const text = page(
      PROSE_EN[0],
      'Great day on the water.',
      '— Jane Doe (@jane) March 4, 2024',
      'What a view from the deck.',
      '— Tom Baker (@tom) March 4, 2024',
      'Finally back in service.',
      '— Sam Lee (@sam) March 4, 2024',
      PROSE_EN[1]
    )
    expect(feeds(text)).toEqual([])
  })
})
