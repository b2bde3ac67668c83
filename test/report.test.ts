/**
 * The report renderer as a pure function: structure, counts and escaping,
 * checked on the HTML string (the browser test checks what a reader sees).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/pipeline.js'
import {escapeHtml, renderReport} from '../src/report/render.js'
import type {Article} from '../src/types.js'

const seedText = readFileSync(new URL('fixtures/kazakhstan-exiles.txt', import.meta.url), 'utf8')
const seed = cleanArticle(seedText)

/** A hand-made article, so every offset and count is known. */
function article(overrides: Partial<Article>): Article {
  return {
    title: null,
    date: null,
    pageDate: null,
    author: null,
    authors: [],
    language: 'eng',
    paragraphs: [],
    body: '',
    related: [],
    kept: [],
    removed: [],
    spun: [],
    shape: 'lines',
    ...overrides
  }
}

describe('renderReport', () => {
  it('marks removed spans by kind and spun passages with their repair', () => {
    const input = 'Home | News\nThe Moscow Occasions reported it.\nShare this'
    const html = renderReport([
      {
        id: 'a.txt',
        input,
        article: article({
          removed: [
            {kind: 'navigation', start: 0, end: 11, text: 'Home | News', reason: 'A menu.', rule: 'navigation'},
            {kind: 'share', start: 46, end: 56, text: 'Share this', reason: 'A share line.', rule: 'share'}
          ],
          spun: [{start: 12, end: 32, text: 'The Moscow Occasions', original: 'The Moscow Times', confidence: 0.97, evidence: 'lexicon'}]
        })
      }
    ])
    const text = /<div class="text">([\s\S]*?)<\/div>\n/.exec(html)?.[1]
    expect(text).toBe(
      '<del class="rm k-navigation" data-kind="navigation" data-rm="0" title="navigation: A menu. (rule navigation)">Home | News</del>\n' +
        '<mark class="spun" tabindex="0" data-spun="0" data-original="The Moscow Times" title="spun: “The Moscow Occasions” → The Moscow Times (confidence 0.97; lexicon)">The Moscow Occasions' +
        '<span class="tip" role="tooltip"><b>→ The Moscow Times</b> <small>0.97 · lexicon</small></span></mark> reported it.\n' +
        '<del class="rm k-share" data-kind="share" data-rm="1" title="share: A share line. (rule share)">Share this</del>'
    )
    expect(html).toContain('<li data-kind="navigation" data-count="1"><label>')
    expect(html).toContain('<li data-kind="share" data-count="1"><label>')
    // Kinds that do not occur stay out of the legend.
    expect(html).not.toContain('data-kind="cookie"')
  })

  it('nests a spun passage inside the removed span around it, and splits one that crosses a boundary', () => {
    const input = 'abcdefghij'
    const html = renderReport([
      {
        id: 'x',
        input,
        article: article({
          removed: [{kind: 'related', start: 0, end: 6, text: 'abcdef', reason: 'r', rule: 'related'}],
          spun: [{start: 4, end: 8, text: 'efgh', original: null, confidence: 0.5, evidence: 'e'}]
        })
      }
    ])
    const del = '<del class="rm k-related" data-kind="related" data-rm="0" title="related: r (rule related)">'
    const mark =
      '<mark class="spun" tabindex="0" data-spun="0" data-original="" title="spun: “efgh” looks spun; the original is unknown (confidence 0.50; e)">'
    const tip = '<span class="tip" role="tooltip"><b>looks spun; the original is unknown</b> <small>0.50 · e</small></span></mark>'
    expect(html).toContain(`<div class="text">${del}abcd</del>${del}${mark}ef${tip}</del>${mark}gh${tip}ij</div>`)
  })

  it('counts every kind of the seed page, and every spun passage', () => {
    const html = renderReport([{id: 'seed', input: seedText, article: seed}])
    const kinds = new Map<string, number>()
    for (const span of seed.removed) kinds.set(span.kind, (kinds.get(span.kind) ?? 0) + 1)
    for (const [kind, count] of kinds) {
      const pieces = new Set([...html.matchAll(new RegExp(`data-kind="${kind}" data-rm="(\\d+)"`, 'g'))].map((match) => match[1]))
      expect(pieces.size).toBe(count)
    }
    const spun = new Set([...html.matchAll(/data-spun="(\d+)"/g)].map((match) => match[1]))
    expect(spun.size).toBe(seed.spun.length)
    expect(html).toContain(`<li data-kind="spun" data-count="${seed.spun.length}">`)
    expect(html).toContain('<h3>Related items (2)</h3>')
    expect(html).toContain('<div class="repaired">→ Ukrainian Drones Crash Into High-Rise Apartment Buildings in Russia’s Kazan – The Moscow Times</div>')
  })

  it('escapes inputs, ids and reasons, so a page cannot inject markup', () => {
    const input = '</style><script>alert(1)</script>\n"quoted" & \'single\' <img src=x onerror=alert(2)>'
    const html = renderReport([
      {
        id: '<b>id</b>',
        input,
        article: article({
          title: '</title><script>alert(3)</script>',
          removed: [{kind: 'navigation', start: 0, end: 8, text: '</style>', reason: '"><script>alert(4)</script>', rule: 'x'}]
        })
      }
    ])
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>id</b>')
    expect(html.match(/<\/style>/g)?.length).toBe(1)
    expect(html.match(/<\/title>/g)?.length).toBe(1)
    expect(html).toContain('>&lt;/style&gt;</del>&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&quot;quoted&quot; &amp; &#39;single&#39;')
  })

  it('loads nothing from anywhere', () => {
    const html = renderReport([{id: 'seed', input: seedText, article: seed}])
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
    expect(html).not.toMatch(/\bsrc=|<link|@import|url\(|https?:/)
  })

  it('clamps offsets out of range and ignores empty spans', () => {
    const html = renderReport([
      {
        id: 'x',
        input: 'short',
        article: article({
          removed: [
            {kind: 'boilerplate', start: 3, end: 99, text: 'rt', reason: 'r', rule: 'b'},
            {kind: 'caption', start: 2, end: 2, text: '', reason: 'r', rule: 'c'}
          ]
        })
      }
    ])
    expect(html).toContain('<div class="text">sho<del class="rm k-boilerplate" data-kind="boilerplate" data-rm="0" title="boilerplate: r (rule b)">rt</del></div>')
  })

  it('renders an empty report', () => {
    const html = renderReport([])
    expect(html).toContain('<p class="summary">0 pages · 0 removed spans · 0 spun passages · 0 related items</p>')
    expect(html).toContain('Nothing was removed.')
  })
})

describe('escapeHtml', () => {
  it('escapes the five special characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;')
    expect(escapeHtml('plain — text · ok')).toBe('plain — text · ok')
  })
})
