import {readFileSync} from 'node:fs'
import {retext} from 'retext'
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/pipeline.js'
import {pointFinder, REMOVED_URL, retextUnspun, SPUN_URL} from '../src/plugin.js'

const seed = readFileSync(new URL('./fixtures/kazakhstan-exiles.txt', import.meta.url), 'utf8')
const TITLE = '‘We’re All Hostages Here’: Russian Activists and Draft Dodgers in Legal Limbo in Kazakhstan'

/** Line and column of `offset`, counted the slow way, independently of `pointFinder`. */
function manualPoint(text: string, offset: number): {line: number; column: number; offset: number} {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - (before.lastIndexOf('\n') + 1) + 1
  return {line, column, offset}
}

describe('retextUnspun on the seed page', async () => {
  const file = await retext().use(retextLatin).use(retextUnspun).process(new VFile({path: 'kazakhstan-exiles.txt', value: seed}))
  const article = cleanArticle(seed)

  it('puts the article on file.data.article', () => {
    expect(file.data.article?.title).toBe(TITLE)
    expect(file.data.article?.date).toBe('2023-09-13')
    expect(file.data.article?.removed).toEqual(article.removed)
  })

  it('reports one message per removed span and per spun passage, not per character', () => {
    expect(file.messages.length).toBe(article.removed.length + article.spun.length)
    expect(file.messages.length).toBeLessThan(100)
    const rules = new Set(file.messages.map((m) => m.ruleId))
    expect(rules).toContain('page-date')
    expect(rules).toContain('related')
    expect(rules).toContain('spun')
    expect(file.messages.every((m) => m.source === 'unspun')).toBe(true)
  })

  it('gives the page date its place on line 1', () => {
    const message = file.messages.find((m) => m.ruleId === 'page-date')
    expect(message?.place).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 20, offset: 19}})
    expect(message?.actual).toBe('Today: Dec 22, 2024')
    expect(message?.expected).toEqual([])
    expect(message?.url).toBe(REMOVED_URL)
    expect(message?.fatal).toBe(undefined)
  })

  it('places every message where a slow line count puts it', () => {
    for (const message of file.messages) {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      expect(place.start).toEqual(manualPoint(seed, place.start.offset))
      expect(place.end).toEqual(manualPoint(seed, place.end.offset))
      expect(seed.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    }
  })

  it('reports spun phrases as warnings with the original as expected', () => {
    const message = file.messages.find((m) => m.ruleId === 'spun' && m.actual === 'Top-Upward thrust')
    expect(message?.expected).toEqual(['High-Rise'])
    expect(message?.fatal).toBe(false)
    expect(message?.url).toBe(SPUN_URL)
    expect(message?.reason).toBe('Unexpected spun phrase `Top-Upward thrust`, expected `High-Rise`')
    const offset = seed.indexOf('Top-Upward thrust')
    expect(message?.place).toEqual({start: manualPoint(seed, offset), end: manualPoint(seed, offset + 'Top-Upward thrust'.length)})
  })

  it('shows up in vfile-reporter', () => {
    const report = reporter([file])
    expect(report).toContain('kazakhstan-exiles.txt')
    expect(report).toContain('unspun')
    expect(report).toContain('page-date')
    expect(report).toContain('1:1-1:20')
    expect(report).toContain('warning')
    // Removed spans are info, spun passages warnings: the summary counts only the latter.
    expect(report).toContain(`${file.messages.length} messages (⚠ ${article.spun.length} warnings)`)
    expect(report).toContain('Unexpected spun phrase `Top-Upward thrust`, expected `High-Rise`')
  })
})

describe('retextUnspun options and other pipelines', () => {
  it('works with unified().use(retextLatin)', async () => {
    const file = await unified().use(retextLatin).use(retextUnspun).use(stringifyNothing).process(seed)
    expect(file.data.article?.title).toBe(TITLE)
  })

  it('leaves ignored kinds out of the messages but not out of the article', async () => {
    const file = await retext().use(retextUnspun, {ignore: ['related', 'page-date']}).process(seed)
    expect(file.messages.some((m) => m.ruleId === 'related' || m.ruleId === 'page-date')).toBe(false)
    expect(file.messages.some((m) => m.ruleId === 'title')).toBe(true)
    expect(file.data.article?.removed.some((r) => r.kind === 'related')).toBe(true)
  })

  it('reports no spun text with spun: false', async () => {
    const file = await retext().use(retextUnspun, {spun: false}).process(seed)
    expect(file.messages.some((m) => m.ruleId === 'spun')).toBe(false)
  })

  it('says nothing about plain prose', async () => {
    const prose = [
      'The council met on Tuesday to discuss the new budget for the city schools.',
      'Members voted to approve the plan after a long debate about teacher pay and building repairs.',
      'The mayor said the vote was a good step for the families of the city.'
    ].join('\n\n')
    const file = await retext().use(retextUnspun).process(prose)
    expect(file.messages).toEqual([])
    expect(file.data.article?.paragraphs.length).toBe(3)
  })

  it('rejects bad options when the plugin is used', () => {
    expect(() => retext().use(retextUnspun, {ignore: ['menus' as never]}).freeze()).toThrow(TypeError)
    expect(() => retext().use(retextUnspun, {preset: 'wild' as never}).freeze()).toThrow(TypeError)
  })
})

describe('pointFinder', () => {
  it('counts LF, CR and CRLF as one line end each', () => {
    const toPoint = pointFinder('ab\r\ncd\ref\ngh')
    expect(toPoint(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(toPoint(2)).toEqual({line: 1, column: 3, offset: 2})
    // Between CR and LF of a CRLF: still line 1.
    expect(toPoint(3)).toEqual({line: 1, column: 4, offset: 3})
    expect(toPoint(4)).toEqual({line: 2, column: 1, offset: 4})
    expect(toPoint(7)).toEqual({line: 3, column: 1, offset: 7})
    expect(toPoint(10)).toEqual({line: 4, column: 1, offset: 10})
    expect(toPoint(12)).toEqual({line: 4, column: 3, offset: 12})
  })

  it('clamps offsets outside the text', () => {
    const toPoint = pointFinder('abc')
    expect(toPoint(-5)).toEqual({line: 1, column: 1, offset: 0})
    expect(toPoint(99)).toEqual({line: 1, column: 4, offset: 3})
  })
})

/** A compiler that returns nothing, so `unified()` without retext can `process`. */
function stringifyNothing(this: {compiler?: unknown}): void {
  this.compiler = () => ''
}
