import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {normalize, toInput} from '../src/normalize.js'

describe('normalize', () => {
  it('returns plain text unchanged with an identity map', () => {
    const {text, map} = normalize('Plain text.\nSecond line.')
    expect(text).toBe('Plain text.\nSecond line.')
    expect(toInput(map, 5)).toBe(5)
  })

  it('turns CRLF and CR into LF and maps offsets back', () => {
    const input = 'one\r\ntwo\rthree'
    const {text, map} = normalize(input)
    expect(text).toBe('one\ntwo\nthree')
    expect(toInput(map, text.indexOf('two'))).toBe(input.indexOf('two'))
    expect(toInput(map, text.indexOf('three'))).toBe(input.indexOf('three'))
    expect(toInput(map, text.length)).toBe(input.length)
  })

  it('drops BOM, zero-width characters and soft hyphens; spaces odd spaces', () => {
    const input = '\uFEFFzero\u200Bwidth\u00A0space\u00ADd\ttab'
    const {text, map} = normalize(input)
    expect(text).toBe('zerowidth spaced tab')
    expect(toInput(map, text.indexOf('width'))).toBe(input.indexOf('width'))
    expect(toInput(map, text.indexOf('tab'))).toBe(input.indexOf('tab'))
  })

  it('composes decomposed accents (NFC) and replaces lone surrogates', () => {
    const input = 'Chis\u0326ina\u0306u \uD800 ok 😀'
    const {text, map} = normalize(input)
    expect(text).toBe('Chi\u0219in\u0103u \uFFFD ok 😀')
    expect(toInput(map, text.indexOf('ok'))).toBe(input.indexOf('ok'))
  })

  it('turns NUL and other control characters into spaces', () => {
    expect(normalize('a\u0000b\u0007c').text).toBe('a b c')
  })

  it('maps every offset monotonically into the input', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (input) => {
        const {text, map} = normalize(input)
        let previous = -1
        for (let i = 0; i <= text.length; i++) {
          const j = toInput(map, i)
          expect(j).toBeGreaterThanOrEqual(previous)
          expect(j).toBeLessThanOrEqual(input.length)
          previous = j
        }
        expect(toInput(map, text.length)).toBe(input.length)
      }),
      {numRuns: 300}
    )
  })
})
