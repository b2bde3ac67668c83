/**
 * Bad arguments fail loudly and usefully: a `TypeError` whose message names
 * the argument (`text`, `options`, `options.preset`, …) and what was expected.
 * Good arguments of every accepted form are accepted.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanArticle, findSpun, unspin} from '../src/index.js'

const PAGE = 'The committee met on Tuesday and agreed that the budget would be published before the end of the month.'

/** The error `fn` throws (fails the test when it throws nothing). */
function thrown(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a throw')
}

// `cleanArticle` is typed; these calls deliberately break the types, as JavaScript callers can.
const clean = cleanArticle as (text: unknown, options?: unknown) => ReturnType<typeof cleanArticle>

describe('cleanArticle: `text` must be a string', () => {
  const cases: [string, unknown, string][] = [
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a number', 42, 'number'],
    ['a Buffer', Buffer.from(PAGE), 'object'],
    ['an object', {text: PAGE}, 'object'],
    ['an array', [PAGE], 'an array'],
    ['a String object', new String(PAGE), 'object']
  ]
  for (const [name, value, got] of cases) {
    it(`throws a TypeError for ${name}`, () => {
      const error = thrown(() => clean(value))
      expect(error).toBeInstanceOf(TypeError)
      expect(error.message).toBe(`cleanArticle: expected \`text\` to be a string, got ${got}`)
    })
  }

  it('accepts the empty string', () => {
    expect(clean('').body).toBe('')
  })
})

describe('cleanArticle: `options`', () => {
  it.each([
    ['a string', 'fast', 'string'],
    ['a number', 7, 'number'],
    ['a function', () => ({}), 'function']
  ])('throws a TypeError naming `options` for %s', (_name, value, got) => {
    const error = thrown(() => clean(PAGE, value))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toBe(`cleanArticle: expected \`options\` to be an object, got ${got}`)
  })

  it('throws a TypeError naming `options` for an array', () => {
    const error = thrown(() => clean(PAGE, ['recall']))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toMatch(/^cleanArticle: expected `options` to be an object, got /)
  })

  // Regression (fixed): src/options.ts reports an array as "got object" (typeof), while
  // src/pipeline.ts says "an array" for `text`. Fails until they agree.
  it('says "an array" when `options` is an array', () => {
    expect(thrown(() => clean(PAGE, ['recall'])).message).toBe('cleanArticle: expected `options` to be an object, got an array')
  })

  it.each([
    ['fast', '"fast"'],
    ['Balanced', '"Balanced"'],
    [7, '7'],
    [null, 'null']
  ])('throws a TypeError naming `options.preset` for %j', (preset, got) => {
    const error = thrown(() => clean(PAGE, {preset}))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toBe(`cleanArticle: expected \`options.preset\` to be one of precision, balanced, recall, got ${got}`)
  })

  it.each([
    ['a string', 'eng'],
    ['a name instead of a code', ['english']],
    ['a two-letter code', ['en']],
    ['an upper-case code', ['ENG']],
    ['a number in the list', ['eng', 7]],
    ['an object', {eng: true}]
  ])('throws a TypeError naming `options.languages` for %s', (_name, languages) => {
    const error = thrown(() => clean(PAGE, {languages}))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toBe('cleanArticle: expected `options.languages` to be an array of ISO 639-3 codes such as "eng"')
  })

  it.each([['yes'], [1], [null]])('throws a TypeError naming `options.spun` for %j', (spun) => {
    const error = thrown(() => clean(PAGE, {spun}))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toBe('cleanArticle: expected `options.spun` to be a boolean')
  })

  it.each([['yes'], [0], [null]])('throws a TypeError naming `options.markup` for %j', (markup) => {
    const error = thrown(() => clean(PAGE, {markup}))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toBe('cleanArticle: expected `options.markup` to be a boolean')
  })

  // Unknown option names are ignored, as unified plugins do: cleanHtml and
  // retextUnspun pass their own options (structure, ignore) through the same check.
  it('ignores unknown option names', () => {
    expect(() => clean(PAGE, {presets: 'recall'})).not.toThrow()
  })

  it('accepts every valid form', () => {
    const valid: unknown[] = [
      undefined,
      null,
      {},
      {preset: 'precision'},
      {preset: 'balanced'},
      {preset: 'recall'},
      {preset: undefined},
      {languages: ['eng']},
      {languages: ['eng', 'deu', 'fra']},
      {languages: []},
      {spun: false},
      {spun: true},
      {preset: 'recall', languages: ['eng'], spun: false}
    ]
    for (const options of valid) expect(clean(PAGE, options).body).toBe(PAGE)
  })

  it('narrows the language to the given list', () => {
    const text = readFileSync(new URL('fixtures/kazakhstan-exiles.txt', import.meta.url), 'utf8')
    expect(clean(text).language).toBe('eng')
    expect(clean(text, {languages: ['eng']}).language).toBe('eng')
    expect(['deu', 'fra', 'und']).toContain(clean(text, {languages: ['deu', 'fra']}).language)
  })

  it('does not change the options it is given', () => {
    const languages = ['eng']
    const options = Object.freeze({preset: 'recall', languages: Object.freeze(languages), spun: true})
    expect(() => clean(PAGE, options)).not.toThrow()
    expect(languages).toEqual(['eng'])
  })
})

describe('findSpun and unspin: `text` must be a string', () => {
  it.each([
    ['findSpun', findSpun],
    ['unspin', unspin]
  ] as const)('%s throws a TypeError naming `text`', (name, fn) => {
    const error = thrown(() => (fn as (text: unknown) => unknown)(7))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toBe(`${name}: text must be a string, got number`)
  })

  it('rejects a threshold outside 0..1', () => {
    expect(() => findSpun(PAGE, {threshold: 2})).toThrow('findSpun: options.threshold must be a number from 0 to 1')
  })

  // Regression (fixed): a threshold of the wrong type is a RangeError, not a TypeError.
  it('throws a TypeError for a threshold that is not a number', () => {
    expect(() => findSpun(PAGE, {threshold: 'high' as unknown as number})).toThrow(TypeError)
  })

  // Regression (fixed): `sources` is not checked; a string becomes a set of its letters and
  // unknown names are ignored, so nothing is found and nothing says why.
  it('throws a TypeError for `options.sources` that is not a list of source names', () => {
    expect(() => findSpun(PAGE, {sources: 'lexicon' as unknown as ['lexicon']})).toThrow(TypeError)
  })

  // Regression (fixed): `options` itself is not checked: a string passes as "no options".
  it('throws a TypeError when `options` is a string', () => {
    expect(() => (findSpun as (t: string, o: unknown) => unknown)(PAGE, 'strict')).toThrow(TypeError)
  })
})
