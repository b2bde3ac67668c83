import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanHtml, pageLanguage} from '../src/html.js'
import {decodeReferences} from '../src/html/entities.js'
import {jsonLdFacts} from '../src/html/json-ld.js'
import {stripSiteName, stripTitleTag} from '../src/html/title.js'
import {cleanArticle} from '../src/pipeline.js'

const sample = readFileSync(new URL('../examples/pages/sample.html', import.meta.url), 'utf8')

const PARAGRAPHS = [
  'The small fishing town of Porthwen opened its new public library on Friday, and the lights inside are kept on by the sea itself. A turbine the size of a garden shed sits in a channel under the old harbour wall and turns whenever the tide comes in or goes out.',
  'The project took four years and cost a little under two million pounds, most of it raised by residents and a regional energy fund. The old library, a draughty room above the post office, closed in 2019 after its roof failed a safety check.',
  'Engineers from the nearby university say the turbine produces enough electricity for the building on most days of the year. On the few calm days when the tidal current is weak, the library draws power from a bank of batteries charged during the spring tides.',
  '"People told us it could not be done in a town this size," said Eleri Pascoe, who chairs the library trust. "Now children come in after school to watch the meter on the wall climb as the water rises."',
  'The building also houses a small exhibition on the history of the harbour, including a model of the lifeboat station that stood on the same spot until the 1950s. Entry to the library and the exhibition is free.',
  'The trust hopes other coastal towns will copy the design. It has published the turbine drawings and the building plans under an open licence, and says two councils in Brittany have already asked for a visit.'
]

/** Prose long enough for the text pipeline to call it an article. */
const PROSE = [
  'The regional council approved a plan on Monday to rebuild the river bridge that closed last winter after floods damaged its supports.',
  'Work will begin in the spring and should take about eighteen months, according to the engineers who presented the plan to the council.',
  'Residents have driven a long detour since the closure, and shop owners on both banks say they have lost customers every week since then.'
]

function page(head: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`
}

function article(paragraphs: readonly string[] = PROSE): string {
  return `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`
}

function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`
}

describe('cleanHtml on the sample page', () => {
  const result = cleanHtml(sample)

  it('takes the headline, date and authors the page states', () => {
    expect(result.title).toBe('Harbour town opens a library that runs on the tide')
    expect(result.date).toBe('2024-03-08T07:30:00+00:00')
    expect(result.authors).toEqual(['Marta Lindqvist', 'Tomás Ferreira'])
    expect(result.author).toBe('Marta Lindqvist')
    expect(result.language).toBe('eng')
  })

  it('keeps exactly the six paragraphs', () => {
    expect(result.paragraphs).toEqual(PARAGRAPHS)
    expect(result.body).toBe(PARAGRAPHS.join('\n\n'))
  })

  it('speaks offsets into the extracted text', () => {
    for (const removed of result.removed) expect(result.text.slice(removed.start, removed.end)).toBe(removed.text)
    expect(result.kept.map((span) => result.text.slice(span.start, span.end))).toEqual(PARAGRAPHS)
    expect(result.removed.find((r) => r.kind === 'caption')?.text).toBe('The library seen from the harbour at low tide. Photo: Ana Ruiz')
  })

  it('never extracts scripts, styles, svg, noscript or templates', () => {
    for (const hidden of ['dataLayer', 'cookie-banner', 'position: fixed', 'Search', 'enable JavaScript', 'comment template']) {
      expect(result.text).not.toContain(hidden)
    }
  })

  it('sets aside the page chrome by structure', () => {
    for (const chrome of ['Skip to content', 'Sport', 'Related stories', 'Winter ferry timetable', 'morning newsletter', 'All rights reserved', 'We use cookies', 'Print']) {
      expect(result.text).not.toContain(chrome)
    }
  })

  it('still finds the same article from the text alone with structure: false', () => {
    const plain = cleanHtml(sample, {structure: false})
    expect(plain.paragraphs).toEqual(PARAGRAPHS)
    expect(plain.text).toContain('Skip to content')
    expect(plain.removed.map((r) => r.kind)).toContain('navigation')
    expect(plain.removed.map((r) => r.kind)).toContain('cookie')
    expect(plain.title).toBe(result.title)
  })

  // The page's text is text: an HTML tutorial's code, shown on the page, is
  // read as markup by cleanArticle but must stay in cleanHtml's article.
  it('never reads the page\'s own text as markup', () => {
    // More lines of code than of prose: as text, the page reads as an HTML fragment.
    const code = ['<ul>', '<li>One</li>', '<li>Two</li>', '</ul>', '<p>Hello</p>', '<p>World</p>', '<div>Footer</div>']
    const body = `<article><h1>Two paragraphs in HTML</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}<pre>${code.map((line) => line.replace(/</g, '&lt;')).join('\n')}</pre></article>`
    const article = cleanHtml(page('<title>Two paragraphs in HTML</title>', body))
    expect(article.text).toContain(code.join('\n'))
    expect(article.removed.map((r) => r.kind)).not.toContain('markup')
  })
})

describe('JSON-LD authors', () => {
  const body = article()

  it('reads a plain string', () => {
    const html = page(jsonLd({'@type': 'NewsArticle', headline: 'Bridge to be rebuilt', author: 'Lena Hartmann'}), body)
    expect(cleanHtml(html).authors).toEqual(['Lena Hartmann'])
  })

  it('reads an object with a name', () => {
    const html = page(jsonLd({'@type': 'Article', author: {'@type': 'Person', name: 'Omar Haddad'}}), body)
    expect(cleanHtml(html).authors).toEqual(['Omar Haddad'])
  })

  it('reads an array of strings and objects, without duplicates', () => {
    const author = ['Lena Hartmann', {'@type': 'Person', name: 'Omar Haddad'}, {name: 'lena hartmann'}]
    const html = page(jsonLd([{'@type': 'WebSite', name: 'Example'}, {'@type': 'BlogPosting', author}]), body)
    expect(cleanHtml(html).authors).toEqual(['Lena Hartmann', 'Omar Haddad'])
  })

  it('follows an @id reference inside @graph', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {'@type': 'NewsArticle', headline: 'Bridge to be rebuilt', author: {'@id': '#p1'}, datePublished: '2023-05-02'},
        {'@type': 'Person', '@id': '#p1', name: 'Ines Ortega'}
      ]
    }
    const result = cleanHtml(page(jsonLd(graph), body))
    expect(result.authors).toEqual(['Ines Ortega'])
    expect(result.date).toBe('2023-05-02')
    expect(result.title).toBe('Bridge to be rebuilt')
  })

  it('splits a string of several names', () => {
    const html = page(jsonLd({'@type': 'NewsArticle', author: 'Lena Hartmann and Omar Haddad'}), body)
    expect(cleanHtml(html).authors).toEqual(['Lena Hartmann', 'Omar Haddad'])
  })

  it('skips broken JSON and falls back to the author meta tag', () => {
    const html = page('<script type="application/ld+json">{"@type": "NewsArticle", "author": </script><meta name="author" content="Paul Weber">', body)
    expect(cleanHtml(html).authors).toEqual(['Paul Weber'])
  })

  it('ignores a URL or host name where a name belongs', () => {
    const html = page('<meta property="article:author" content="https://social.example/paulweber"><meta name="author" content="example.com">', body)
    expect(cleanHtml(html).authors).toEqual([])
  })
})

describe('jsonLdFacts', () => {
  it('prefers the article node over the page node, and reads CDATA-wrapped scripts', () => {
    const script = `//<![CDATA[\n${JSON.stringify([
      {'@type': 'WebPage', name: 'Home', datePublished: '2020-01-01'},
      {'@type': ['NewsArticle'], headline: 'Ferry cut', datePublished: '2024-02-02', author: [{name: 'A. Writer'}]}
    ])}\n//]]>`
    expect(jsonLdFacts([script])).toEqual({headline: 'Ferry cut', datePublished: '2024-02-02', authors: ['A. Writer']})
  })

  it('tolerates raw line breaks inside strings', () => {
    expect(jsonLdFacts(['{"@type":"Article","headline":"Two\nlines"}']).headline).toBe('Two lines')
  })

  it('finds nothing in unrelated or invalid JSON', () => {
    expect(jsonLdFacts(['{"@type":"Organization","name":"Example"}', 'not json', '[]'])).toEqual({headline: null, datePublished: null, authors: []})
  })
})

describe('titles', () => {
  const body = article()

  it('cuts the site name from <title> when nothing better is stated', () => {
    expect(cleanHtml(page('<title>Bridge to be rebuilt after floods | Valley News</title>', body)).title).toBe('Bridge to be rebuilt after floods')
  })

  it('cuts a known site name from og:title', () => {
    const head = '<meta property="og:site_name" content="Valley News"><meta property="og:title" content="Valley News – Bridge to be rebuilt after floods">'
    expect(cleanHtml(page(head, body)).title).toBe('Bridge to be rebuilt after floods')
  })

  it('prefers the <h1> inside the article to the metadata', () => {
    const head = jsonLd({'@type': 'NewsArticle', headline: 'Council approves bridge plan (SEO headline)'})
    const html = page(head, `<article><h1>The bridge is coming back</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`)
    expect(cleanHtml(html).title).toBe('The bridge is coming back')
  })

  it('does not take a site logo <h1> outside the article for the headline', () => {
    const head = '<meta property="og:title" content="Bridge to be rebuilt after floods">'
    expect(cleanHtml(page(head, `<h1>Valley News</h1>${body}`)).title).toBe('Bridge to be rebuilt after floods')
  })

  it('replaces a headline cut short with an ellipsis by a fuller one', () => {
    const head = `${jsonLd({'@type': 'NewsArticle', headline: 'Bridge to be rebuilt after…'})}<meta property="og:title" content="Bridge to be rebuilt after floods">`
    expect(cleanHtml(page(head, body)).title).toBe('Bridge to be rebuilt after floods')
  })

  it('decodes character references left in JSON-LD', () => {
    const head = jsonLd({'@type': 'NewsArticle', headline: 'Valley&#8217;s bridge &amp; ferry'})
    expect(cleanHtml(page(head, body)).title).toBe('Valley’s bridge & ferry')
  })

  it('strips short trailing parts of a <title>, but not a headline with a dash in it', () => {
    expect(stripTitleTag('Bridge to be rebuilt | Local | Valley News')).toBe('Bridge to be rebuilt')
    expect(stripTitleTag('Council vote - what the bridge plan means for drivers')).toBe('Council vote - what the bridge plan means for drivers')
    expect(stripTitleTag('Plan-B for the bridge')).toBe('Plan-B for the bridge')
  })

  it('strips a known site name at either end only', () => {
    expect(stripSiteName('Valley News | Bridge plan', ['valley news'])).toBe('Bridge plan')
    expect(stripSiteName('Bridge plan - Valley News', ['valley news'])).toBe('Bridge plan')
    expect(stripSiteName('Valley News readers back the bridge plan', ['valley news'])).toBe('Valley News readers back the bridge plan')
  })
})

describe('dates', () => {
  const body = article()

  it('reads article:published_time', () => {
    expect(cleanHtml(page('<meta property="article:published_time" content="2022-11-30T18:00:00Z">', body)).date).toBe('2022-11-30T18:00:00Z')
  })

  it('reads <time datetime> when no meta tag gives a date', () => {
    const html = page('', `<article><time datetime="2021-06-15">15 June</time>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`)
    expect(cleanHtml(html).date).toBe('2021-06-15')
  })

  it('skips a stated date that does not parse', () => {
    const head = '<meta property="article:published_time" content="yesterday"><meta name="date" content="2020-02-29">'
    expect(cleanHtml(page(head, body)).date).toBe('2020-02-29')
  })
})

describe('missing metadata', () => {
  const body = [
    '<div class="headline">Bridge to be rebuilt after winter floods</div>',
    '<div>By Lena Hartmann</div>',
    '<div>March 3, 2024</div>',
    ...PROSE.map((p) => `<p>${p}</p>`)
  ].join('')
  const html = page('', body)

  it('falls back to what the text pipeline finds', () => {
    const result = cleanHtml(html)
    const fromText = cleanArticle(result.text)
    expect(result.title).toBe(fromText.title)
    expect(result.date).toBe(fromText.date)
    expect(result.authors).toEqual(fromText.authors)
    expect(result.title).toBe('Bridge to be rebuilt after winter floods')
    expect(result.date).toBe('2024-03-03')
    expect(result.authors).toEqual(['Lena Hartmann'])
    expect(result.paragraphs).toEqual(PROSE)
  })
})

describe('language', () => {
  it('uses <html lang> when franc is unsure', () => {
    const html = page('', '<p>Kurzer Text.</p>', 'de-AT')
    expect(cleanHtml(html).language).toBe('deu')
  })

  it('does not use <html lang> outside the languages asked for', () => {
    const html = page('', '<p>Kurzer Text.</p>', 'de')
    expect(cleanHtml(html, {languages: ['eng', 'fra']}).language).toBe('und')
  })

  it('does not override franc when franc is sure', () => {
    expect(cleanHtml(page('', article(), 'de')).language).toBe('eng')
  })

  it('maps language tags to ISO 639-3', () => {
    expect(pageLanguage('en-US')).toBe('eng')
    expect(pageLanguage('pt_BR')).toBe('por')
    expect(pageLanguage('ZH-hant')).toBe('cmn')
    expect(pageLanguage('deu')).toBe('deu')
    expect(pageLanguage('xx')).toBe(null)
    expect(pageLanguage('')).toBe(null)
    expect(pageLanguage(null)).toBe(null)
  })
})

describe('structure', () => {
  it('drops a list of links but keeps prose with a few links in it', () => {
    const menu = '<div><a href="/a">Alpha section</a> <a href="/b">Beta section</a> <a href="/c">Gamma section</a> <a href="/d">Delta</a></div>'
    const linked = `<p>${PROSE[0]} See <a href="/x">the plan</a>, <a href="/y">the map</a> and <a href="/z">the budget</a>.</p>`
    const result = cleanHtml(page('', `${menu}<article>${linked}<p>${PROSE[1]}</p><p>${PROSE[2]}</p></article>`))
    expect(result.text).not.toContain('Alpha section')
    expect(result.text).toContain('the plan')
  })

  it('drops elements named as chrome but not a wrapper holding the article', () => {
    const html = page(
      '',
      `<div class="page has-sidebar"><div class="share-bar"><span>Share this story</span></div><div class="content">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div><div class="sidebar"><p>Most read today</p></div></div>`
    )
    const result = cleanHtml(html)
    expect(result.text).not.toContain('Share this story')
    expect(result.text).not.toContain('Most read today')
    expect(result.paragraphs).toEqual(PROSE)
  })

  it('drops hidden elements', () => {
    const html = page('', `<div hidden>Hidden one</div><div style="display: none">Hidden two</div><div aria-hidden="true">Hidden three</div>${article()}`)
    const {text} = cleanHtml(html)
    expect(text).not.toContain('Hidden')
    expect(text).toContain(PROSE[0])
  })
})

describe('hostile and odd input', () => {
  it('throws a TypeError on non-strings and bad options', () => {
    expect(() => cleanHtml(42 as unknown as string)).toThrow(new TypeError('cleanHtml: expected `html` to be a string, got number'))
    expect(() => cleanHtml(null as unknown as string)).toThrow(TypeError)
    expect(() => cleanHtml(Buffer.from('<p>x</p>') as unknown as string)).toThrow(TypeError)
    expect(() => cleanHtml('<p>x</p>', {structure: 'yes' as unknown as boolean})).toThrow(TypeError)
    expect(() => cleanHtml('<p>x</p>', {preset: 'wild' as never})).toThrow(TypeError)
  })

  it('gives an article for empty input and for text without tags', () => {
    const empty = cleanHtml('')
    expect(empty.paragraphs).toEqual([])
    expect(empty.title).toBe(null)
    expect(cleanHtml(PROSE.join('\n\n')).paragraphs).toEqual([PROSE.join(' ')])
  })

  it('survives nesting too deep for the parser, by stripping tags', () => {
    const deep = '<div>'.repeat(20000) + PROSE.join(' ') + '</div>'.repeat(20000)
    const result = cleanHtml(deep)
    expect(result.text).toContain(PROSE[0])
    expect(result.text).not.toContain('<div>')
  })
})

describe('decodeReferences', () => {
  it('decodes numeric and common named references and leaves others', () => {
    expect(decodeReferences('a &#8217; b &#x2014; c &amp; d &bogus; e &#0; f')).toBe('a ’ b — c & d &bogus; e &#0; f')
    expect(decodeReferences('no references')).toBe('no references')
  })
})
