import {describe, expect, it} from 'vitest'
import {detectRelativeTime} from '../src/detect/relative-time.js'
import {detect, page, PROSE_EN} from './detect-helpers.js'

describe('detectRelativeTime', () => {
  it.each([
    ['en', '2 days ago'],
    ['en', '2 days ago at 07:52 am'],
    ['en', 'an hour ago'],
    ['en', '5 minutes ago ·'],
    ['de', 'vor 3 Stunden'],
    ['de', 'vor einer Stunde'],
    ['fr', 'il y a 2 jours'],
    ['es', 'hace 5 minutos'],
    ['it', '3 ore fa'],
    ['pt', 'há 2 horas'],
    ['nl', '5 minuten geleden'],
    ['pl', '3 godziny temu'],
    ['ru', '2 часа назад']
  ])('%s: "%s" is a relative date line', (_lang, line) => {
    expect(detect(detectRelativeTime, line)).toEqual([{kind: 'dateline', text: line, removed: true}])
  })

  it.each([
    ['en', 'Two years ago, the company went bankrupt.'],
    ['en', '2 days ago the council met to discuss the budget for next year.'],
    ['de', 'vor 3 Stunden hat die Polizei den Mann festgenommen.'],
    ['fr', 'Il y a 2 jours, le maire a démissionné.'],
    ['es', 'Hace 5 años que la fábrica cerró sus puertas.']
  ])('%s: prose that starts with a relative time stays: %s', (_lang, line) => {
    expect(detect(detectRelativeTime, line)).toEqual([])
  })

  it('finds only the time line on a page', () => {
    const text = page('Council approves new bike lanes', '3 hours ago', ...PROSE_EN)
    expect(detect(detectRelativeTime, text)).toEqual([{kind: 'dateline', text: '3 hours ago', removed: true}])
  })
})
