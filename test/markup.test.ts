/**
 * The markup step: HTML or JSON passed where text was expected is read as
 * the text it holds, with every offset still pointing into the input.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleanArticle, findMarkup, normalize, toInput, type Article, type Edit} from '../src/index.js'
import {isHtml} from '../src/markup/index.js'
import {isJsonDocument, jsonEdits} from '../src/markup/json.js'

const RUNS = Number(process.env.FC_RUNS ?? 1000)
const PAGE = readFileSync(fileURLToPath(new URL('fixtures/kazakhstan-exiles.txt', import.meta.url)), 'utf8')
const PARAGRAPHS = PAGE.split('\n').filter((line) => line.length > 200)

/** What the edits make of `input`, applied in order. */
function applyEdits(input: string, edits: readonly Edit[]): string {
  let out = ''
  let cursor = 0
  for (const edit of edits) {
    out += input.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  return out + input.slice(cursor)
}

function expectAscendingApart(edits: readonly Edit[], length: number): void {
  let cursor = 0
  for (const edit of edits) {
    expect(edit.start).toBeGreaterThanOrEqual(cursor)
    expect(edit.end).toBeGreaterThan(edit.start)
    cursor = edit.end
  }
  expect(cursor).toBeLessThanOrEqual(length)
}

const markupRemoved = (article: Article) => article.removed.filter((r) => r.kind === 'markup').map((r) => r.text)

describe('telling HTML from text', () => {
  it.each([
    ['a document with a doctype', '  <!DOCTYPE html><p>Text</p>'],
    ['a document starting at <html>', '<html lang="en"><body>Text</body></html>'],
    ['a fragment of tagged paragraphs', '<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>'],
    ['minified HTML on one line', '<div><p>One.</p><p>Two.</p><p>Three.</p></div>']
  ])('reads %s as HTML', (_name, input) => {
    expect(isHtml(input)).toBe(true)
  })

  it.each([
    ['text with an ad snippet left in a line', 'An article paragraph.\n<a href="https://ads.example/x"><img src="x.gif"></a>\nMore text.\nAnd more.'],
    ['code output naming <stdin>', 'File "<stdin>", line 1, in <module>\nTraceback shown above.\nAnother line.'],
    ['comparisons in prose', 'If a < b and c > d then it holds.\nSecond line of text.'],
    ['a few closing tags in text lines', 'Allowed: <b> <i> </p> </p> </p>\nFirst line of prose.\nSecond line of prose.\nThird line.']
  ])('reads %s as text', (_name, input) => {
    expect(isHtml(input)).toBe(false)
    expect(findMarkup(input)).toBeNull()
  })
})

describe('HTML edits', () => {
  it('reads line-breaking tags as a line break, inline tags as nothing, and decodes references', () => {
    const input = '<p>A &amp; B</p>\n<p>C<b>D</b> <i>E</i></p>\n<p>F</p>'
    const markup = findMarkup(input)
    expect(markup?.format).toBe('html')
    expect(markup?.edits).toEqual([
      {start: 0, end: 3, text: '\n', markup: true},
      {start: 5, end: 10, text: '&', markup: false},
      {start: 12, end: 20, text: '\n', markup: true},
      {start: 21, end: 24, text: '', markup: true},
      {start: 25, end: 33, text: ' ', markup: true},
      {start: 34, end: 46, text: '\n', markup: true},
      {start: 47, end: 51, text: '\n', markup: true}
    ])
    expect(applyEdits(input, markup?.edits ?? [])).toBe('\nA & B\nCD E\nF\n')
  })

  it('sets aside the head, scripts, styles and comments', () => {
    const input = '<!doctype html><html><head><title>T</title><style>p{}</style><script>var x = "<p>";</script></head><body><!-- c --><p>Body text.</p></body></html>'
    const text = applyEdits(input, findMarkup(input)?.edits ?? [])
    expect(text.split('\n').filter((line) => line !== '')).toEqual(['T', 'Body text.'])
  })

  // Regression (fuzz): the parser ignores a <td> outside a table, and its text
  // node then spans the stray </td>; read as nothing, it glued two lines
  // ("рублей.Today: Dec 22, 2024"), and cleaning the body again changed it.
  it('reads a line-breaking tag the parser ignored as a line break', () => {
    const input = '<td>First line.</td>Second line.<br><p>Third.</p>'
    const markup = findMarkup(input)
    expect(applyEdits(input, markup?.edits ?? []).split('\n').filter((line) => line !== '')).toEqual(['First line.', 'Second line.', 'Third.'])
    expect(markup?.edits.find((edit) => input.slice(edit.start, edit.end) === '</td>')).toEqual({start: 15, end: 20, text: '\n', markup: true})
  })

  it('keeps white space inside <pre>', () => {
    const input = '<!doctype html><pre>a\n  b</pre><p>c</p>'
    expect(applyEdits(input, findMarkup(input)?.edits ?? [])).toContain('a\n  b')
  })

  it('strips tags of a page nested too deeply to parse, without throwing', () => {
    const input = '<!doctype html>' + '<div>'.repeat(200_000) + 'Deep text.' + '</div>'.repeat(200_000)
    const markup = findMarkup(input)
    expect(applyEdits(input, markup?.edits ?? []).trim()).toBe('Deep text.')
  })

  it('gives ascending edits that are apart, for any HTML-ish input', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<br>', '&amp;', '&nbsp;', '&#x1F600;', '&bogus;', 'text', ' ', '\n', '\r\n', '<!-- c -->', '<script>x</script>', '<table>', '<td>', 'é', '<')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
        const input = '<!doctype html>' + pieces.join('')
        expectAscendingApart(findMarkup(input)?.edits ?? [], input.length)
      }),
      {numRuns: RUNS}
    )
  })
})

describe('JSON edits', () => {
  it('reads string values as paragraphs, drops keys and literals, and decodes escapes', () => {
    const input = '{"title": "A \\"quoted\\" word", "n": 5, "body": ["x\\ny", "\\ud83d\\ude00\\r\\n\\u00e9"]}'
    const edits = jsonEdits(input)
    expect(applyEdits(input, edits)).toBe('\n\nA "quoted" word\n\nx\ny\n\n😀\né\n\n')
    expectAscendingApart(edits, input.length)
    expect(edits.filter((edit) => !edit.markup).map((edit) => input.slice(edit.start, edit.end))).toEqual(['\\"', '\\"', '\\n', '\\ud83d\\ude00', '\\r\\n', '\\u00e9'])
  })

  const PROSE = [
    'The committee met on Tuesday and agreed that the budget would be published before the end of the month.',
    'Officials said the storm had damaged more than 200 homes, and that repairs would take several weeks.'
  ]
  const CMS_RECORD = JSON.stringify({
    id: 7,
    title: {rendered: 'Harbour ferry returns'},
    content: {rendered: PROSE.map((p) => `<p>${p.replace('storm', '<a href="/s">storm</a>')}</p>`).join('\n')}
  })

  it('reads a string value that is HTML as its text, escapes inside tags going with them', () => {
    const input = CMS_RECORD
    const edits = jsonEdits(input)
    expectAscendingApart(edits, input.length)
    expect(applyEdits(input, edits).split('\n').filter((line) => line !== '')).toEqual(['Harbour ferry returns', ...PROSE])
    expect(edits.filter((edit) => edit.markup).map((edit) => input.slice(edit.start, edit.end))).toEqual([
      '{"id":7,"title":{"rendered":"',
      '"},"content":{"rendered":"',
      '<p>',
      '</p>\\n<p>',
      '<a href=\\"/s\\">',
      '</a>',
      '</p>',
      '"}}'
    ])
  })

  it('reads HTML whose brackets the encoder escaped (\\u003c, as Go does) the same way', () => {
    const input = CMS_RECORD.replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
    expect(applyEdits(input, jsonEdits(input)).split('\n').filter((line) => line !== '')).toEqual(['Harbour ferry returns', ...PROSE])
  })

  it('gives ascending edits that are apart for HTML inside JSON strings', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<br>', '&amp;', 'text', ' ', '\n', '"', '\\', 'é', '😀', '<', '<a href="x">')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
        const html = '<p>a</p>' + pieces.join('')
        const input = JSON.stringify({html})
        const edits = jsonEdits(input)
        expectAscendingApart(edits, input.length)
        if (isHtml(html)) expect(applyEdits(input, edits)).not.toContain('</p>')
      }),
      {numRuns: RUNS}
    )
  })

  it('knows a JSON document by its edges and by parsing', () => {
    expect(isJsonDocument(' {"a": "b"}\n')).toBe(true)
    expect(isJsonDocument('["a", 1]')).toBe(true)
    expect(isJsonDocument('{not json}')).toBe(false)
    expect(isJsonDocument('[1] and text')).toBe(false)
    expect(isJsonDocument('"a string"')).toBe(false)
  })

  it('gives edits that rebuild every string value, for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        // A value that reads as HTML is read as its text (tested below).
        fc.pre(!stringValues(value).some(isHtml))
        const input = JSON.stringify({value}, null, pretty ? 2 : 0)
        const edits = jsonEdits(input)
        expectAscendingApart(edits, input.length)
        const text = applyEdits(input, edits)
        for (const string of stringValues(value)) expect(text).toContain(string)
      }),
      {numRuns: RUNS}
    )
  })
})

/** The strings of a JSON value that are not keys. */
function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringValues)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringValues)
  return []
}

describe('normalize with markup', () => {
  it('makes the edits and maps offsets inside and after them back to the input', () => {
    const input = '<!doctype html><p>Tom &amp; Jerry&nbsp;ran.</p>'
    const {text, map} = normalize(input, findMarkup(input))
    expect(text).toBe('\nTom & Jerry ran.\n')
    expect(toInput(map, text.indexOf('Tom'))).toBe(input.indexOf('Tom'))
    expect(toInput(map, text.indexOf('Jerry'))).toBe(input.indexOf('Jerry'))
    expect(toInput(map, text.indexOf('ran'))).toBe(input.indexOf('ran'))
    expect(toInput(map, text.length)).toBe(input.length)
  })
})

describe('cleanArticle on markup', () => {
  const HEADLINE = 'We’re All Hostages Here: Russian Activists in Legal Limbo in Kazakhstan'
  const html = (body: string) => `<!DOCTYPE html><html><head><title>${HEADLINE}</title></head><body>${body}</body></html>`

  it('gives the paragraphs of tagged HTML, with references decoded and each tag accounted for', () => {
    const body = PARAGRAPHS.slice(0, 3).map((p) => `<p>${p.replace('Kazakhstan', '<a href="/kz">Kazakhstan</a>').replace('’', '&rsquo;')}</p>`).join('\n')
    const input = html(body)
    const article = cleanArticle(input)
    expect(article.paragraphs).toEqual(PARAGRAPHS.slice(0, 3))
    expect(article.title).toBe(HEADLINE)
    expect(markupRemoved(article)).toEqual([
      '<!DOCTYPE html><html><head><title>',
      '</title></head><body><p>',
      '<a href="/kz">',
      '</a>',
      // The next two paragraphs start with the link: one span of markup from the last text.
      '</p>\n<p><a href="/kz">',
      '</a>',
      '</p>\n<p><a href="/kz">',
      '</a>',
      '</p></body></html>'
    ])
    for (const span of article.kept) expect(input.slice(span.start, span.end)).toMatch(/^[A-Z‘]/)
  })

  it('takes the input as text with `markup: false`', () => {
    const input = PARAGRAPHS.slice(0, 3).map((p) => `<p>${p}</p>`).join('\n')
    expect(cleanArticle(input).paragraphs).toEqual(PARAGRAPHS.slice(0, 3))
    expect(cleanArticle(input, {markup: false}).paragraphs).toEqual(PARAGRAPHS.slice(0, 3).map((p) => `<p>${p}</p>`))
  })

  it('gives the same article for a JSON record as for its text', () => {
    const fromJson = cleanArticle(JSON.stringify({url: 'https://example.com/a', text: PAGE, id: 7}))
    const fromText = cleanArticle(PAGE)
    expect(fromJson.paragraphs).toEqual(fromText.paragraphs)
    expect(fromJson.title).toBe(fromText.title)
    expect(fromJson.date).toBe(fromText.date)
    expect(fromJson.authors).toEqual(fromText.authors)
  })

  it('reads a JSON escape between paragraphs as markup, so that it is accounted for', () => {
    const input = JSON.stringify({body: PARAGRAPHS.slice(0, 2).join('\n\n')})
    const article = cleanArticle(input)
    expect(article.paragraphs).toEqual(PARAGRAPHS.slice(0, 2))
    expect(markupRemoved(article)).toEqual(['{"body":"', '\\n\\n', '"}'])
  })
})
