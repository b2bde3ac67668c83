import {describe, expect, it} from 'vitest'
import {blockDates} from '../src/detect/dateline.js'
import {detectNameLine} from '../src/detect/name-line.js'
import {cleanArticle} from '../src/pipeline.js'
import {isJobTitle} from '../src/names.js'
import type {Finding} from '../src/types.js'
import {contextOf, page, PROSE_EN, seen} from './detect-helpers.js'

const HEADLINE = 'Harbour ferry returns after two-year break'

/** The detector on `text`, anchored on the block holding `HEADLINE`, with the pipeline's dates. */
function nameLineOf(text: string, findings: readonly Finding[] = []) {
  const base = contextOf(text)
  const context = {...base, dates: blockDates(base)}
  const anchor = context.doc.blocks.findIndex((b) => b.text === HEADLINE)
  return seen(context, detectNameLine(context, anchor, findings))
}

describe('detectNameLine', () => {
  it('takes a name over the date line under the headline for the author', () => {
    const found = nameLineOf(page('Menu', HEADLINE, 'Nicolas Stecher', 'Dec 20, 2023', ...PROSE_EN))
    expect(found).toEqual([{kind: 'byline', text: 'Nicolas Stecher', removed: true, data: {authors: ['Nicolas Stecher']}}])
  })

  it('takes a name before its date on one line, and a name over a job title', () => {
    expect(nameLineOf(page(HEADLINE, 'Tex Hollywood - December 21, 2023', ...PROSE_EN))[0]?.data).toEqual({authors: ['Tex Hollywood']})
    expect(nameLineOf(page(HEADLINE, 'Greg Potts', 'Published: 22 Dec 2023', ...PROSE_EN))[0]?.data).toEqual({authors: ['Greg Potts']})
    expect(nameLineOf(page(HEADLINE, 'David Hambling', 'Senior Contributor', ...PROSE_EN))[0]?.data).toEqual({authors: ['David Hambling']})
    expect(nameLineOf(page(HEADLINE, 'ByTara Haelle', 'Dec 19, 2023', ...PROSE_EN))[0]?.data).toEqual({authors: ['Tara Haelle']})
  })

  it('takes the name around the dates of a header line, before them or as a byline after them', () => {
    const header = 'Janyce McGregor · CBC News · Posted: Dec 22, 2023 8:25 AM EST | Last Updated: December 23, 2023'
    expect(nameLineOf(page(HEADLINE, header, ...PROSE_EN))[0]?.data).toEqual({authors: ['Janyce McGregor']})
    const posted = 'posted on 2023-12-19 23:30 EST by Rafael Antonio Pineda'
    expect(nameLineOf(page(HEADLINE, posted, ...PROSE_EN))[0]?.data).toEqual({authors: ['Rafael Antonio Pineda']})
    // More than a name beside the date (a section and a reading time), or a name after it with no "by".
    expect(nameLineOf(page(HEADLINE, 'Kit Reviews · Dec 3, 2019 · 5 min read', ...PROSE_EN))).toEqual([])
    expect(nameLineOf(page(HEADLINE, 'Dec 3, 2019 Kit Reviews', ...PROSE_EN))).toEqual([])
  })

  it('needs a date or a job title beside the name', () => {
    expect(nameLineOf(page(HEADLINE, 'Nicolas Stecher', ...PROSE_EN))).toEqual([])
    // A line with more than a date on it is no date line.
    expect(nameLineOf(page(HEADLINE, 'Nicolas Stecher', 'The council voted on Dec 20, 2023 to keep the ferry', ...PROSE_EN))).toEqual([])
  })

  it('refuses what is not a full name in mixed case', () => {
    for (const line of ['Politics', 'WORLD NEWS', 'der Film', 'The Big Picture', '— Jane Doe (@jane) May 2, 2020']) {
      expect(nameLineOf(page(HEADLINE, line, 'Dec 20, 2023', ...PROSE_EN)), line).toEqual([])
    }
  })

  it('looks only beside the headline', () => {
    const far = page(HEADLINE, ...PROSE_EN, 'One more paragraph of the article, for the name to stand far below.', 'Nicolas Stecher', 'Dec 20, 2023')
    expect(nameLineOf(far)).toEqual([])
  })

  it('stays out of the way when a byline names the author', () => {
    const byline: Finding = {start: 0, end: 1, kind: 'byline', confidence: 0.9, reason: '', rule: 'byline', data: {authors: ['Jane Doe']}}
    expect(nameLineOf(page(HEADLINE, 'Nicolas Stecher', 'Dec 20, 2023', ...PROSE_EN), [byline])).toEqual([])
  })
})

describe('cleanArticle: the author from a name line', () => {
  it('reports the name as the author and sets the line aside as a byline', () => {
    const input = page('Home', 'Food & Drink', HEADLINE, 'Nicolas Stecher', 'Dec 20, 2023', ...PROSE_EN)
    const article = cleanArticle(input)
    expect(article.title).toBe(HEADLINE)
    expect(article.authors).toEqual(['Nicolas Stecher'])
    expect(article.date).toBe('2023-12-20')
    expect(article.paragraphs).toEqual(PROSE_EN)
    const line = article.removed.find((r) => r.text === 'Nicolas Stecher')
    expect(line).toMatchObject({kind: 'byline', rule: 'name-line'})
  })
})

describe('isJobTitle', () => {
  it.each([
    ['Senior Editor', true],
    ['·Senior Reporter', true],
    ['Contributing Reporter', true],
    ['Redakteurin', true],
    ['Senior', false],
    ['Nicolas Stecher', false],
    ['Editor of the Year Awards 2023 are out', false],
    ['', false]
  ])('%j → %s', (line, expected) => {
    expect(isJobTitle(line)).toBe(expected)
  })
})
