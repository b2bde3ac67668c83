import {describe, expect, it} from 'vitest'
import {detectRepeats, lineKey} from '../src/detect/repeats.js'
import {contextOf, detect, page, PROSE_EN} from './detect-helpers.js'

describe('lineKey', () => {
  it('folds case, digits and punctuation', () => {
    expect(lineKey('Bus fares to rise in April (2024)!')).toBe('bus fares to rise in april 0000')
    expect(lineKey('Читайте также:')).toBe('читайте также')
  })
})

describe('detectRepeats', () => {
  it('every copy of a short repeated line is chrome, but too weak to remove alone', () => {
    const text = page('Sign up for alerts', ...PROSE_EN, 'Sign up for alerts')
    expect(detect(detectRepeats, text)).toEqual([
      {kind: 'repeated', text: 'Sign up for alerts', removed: false},
      {kind: 'repeated', text: 'Sign up for alerts', removed: false}
    ])
  })

  it('a long repeated paragraph is kept where it first appears', () => {
    const text = page(PROSE_EN[0], PROSE_EN[1], PROSE_EN[2], PROSE_EN[1])
    expect(detect(detectRepeats, text)).toEqual([{kind: 'repeated', text: PROSE_EN[1], removed: true}])
  })

  it('copies differing only in case, digits and punctuation are one line', () => {
    const text = page('Most read: 5 stories', PROSE_EN[0], 'MOST READ — 6 stories')
    expect(detect(detectRepeats, text).map((f) => f.text)).toEqual(['Most read: 5 stories', 'MOST READ — 6 stories'])
  })

  it.each([
    ['de', 'Die Polizei ermittelt weiter, wie es zu dem Unfall auf der Autobahn kommen konnte, und sucht Zeugen.'],
    ['fr', "La police poursuit l'enquête pour comprendre comment l'accident a pu se produire sur l'autoroute."],
    ['ru', 'Полиция продолжает выяснять, как произошла авария на трассе, и ищет свидетелей.']
  ])('%s: the second copy of a paragraph goes', (_lang, paragraph) => {
    expect(detect(detectRepeats, page(paragraph, PROSE_EN[0], paragraph))).toEqual([
      {kind: 'repeated', text: paragraph, removed: true}
    ])
  })

  it('says how often each line is printed, on every copy it reports, in page order', () => {
    const text = page('Sign up', PROSE_EN[0], 'Sign up', PROSE_EN[1], PROSE_EN[0], 'Sign up', PROSE_EN[2])
    const context = contextOf(text)
    const found = detectRepeats(context).map((f) => [context.doc.text.slice(f.start, f.end), f.reason])
    expect(found).toEqual([
      ['Sign up', 'Printed 3 times on the page.'],
      ['Sign up', 'Printed 3 times on the page.'],
      [PROSE_EN[0], 'Printed 2 times on the page.'],
      ['Sign up', 'Printed 3 times on the page.']
    ])
  })

  it('lines printed once, and one-character lines, are not repeats', () => {
    expect(detect(detectRepeats, page(...PROSE_EN))).toEqual([])
    expect(detect(detectRepeats, page('*', PROSE_EN[0], '*', '|', '|'))).toEqual([])
  })
})
