import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'

const dir = new URL('./fixtures/', import.meta.url)
const input = readFileSync(new URL('kazakhstan-exiles.txt', dir), 'utf8')
const expected = JSON.parse(readFileSync(new URL('kazakhstan-exiles.expected.json', dir), 'utf8')) as {
  title: string
  date: string
  author: string
  language: string
  paragraphs: string[]
  related: {title: string; teaser: string; repairedTitle: string}[]
  mustNotAppearInBody: string[]
}

describe('the seed page', () => {
  const article = cleanArticle(input)

  it('finds the headline, the article date and the author', () => {
    expect(article.title).toBe(expected.title)
    expect(article.date).toBe('2023-09-13')
    expect(article.pageDate).toBe('2024-12-22')
    expect(article.author).toBe('OpenAI')
    expect(article.authors).toEqual(['OpenAI'])
    expect(article.language).toBe('eng')
  })

  it('keeps exactly the seven paragraphs', () => {
    expect(article.paragraphs).toEqual(expected.paragraphs)
    expect(article.body).toBe(expected.paragraphs.join('\n\n'))
  })

  it('lists the two related items with their titles and teasers', () => {
    expect(article.related.map(({title, teaser}) => ({title, teaser}))).toEqual(
      expected.related.map(({title, teaser}) => ({title, teaser}))
    )
  })

  it('leaves the chrome out of the body', () => {
    for (const text of expected.mustNotAppearInBody) expect(article.body).not.toContain(text)
  })

  it('labels what it removed, with offsets into the input', () => {
    const kinds = new Set(article.removed.map((r) => r.kind))
    for (const kind of ['page-date', 'title', 'duplicate-title', 'dateline', 'author-footer', 'related']) {
      expect(kinds).toContain(kind)
    }
    for (const removed of article.removed) expect(input.slice(removed.start, removed.end)).toBe(removed.text)
    const pageDate = article.removed.find((r) => r.kind === 'page-date')
    expect(pageDate?.text).toBe('Today: Dec 22, 2024')
  })

  it('marks both related items as spun and repairs them', () => {
    expect(article.related.map((item) => item.spun)).toEqual([true, true])
    expect(article.related.map((item) => item.repairedTitle)).toEqual(expected.related.map((item) => item.repairedTitle))
  })
})
