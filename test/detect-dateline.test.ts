import {describe, expect, it} from 'vitest'
import {blockDates, chooseDates, detectDateLines} from '../src/detect/dateline.js'
import {contextOf, detect, page, PROSE_EN} from './detect-helpers.js'

describe('detectDateLines: date-only lines', () => {
  it.each([
    ['en', 'September 13, 2023', '2023-09-13'],
    ['en', 'Updated 10:35 AM, 13.09.2023', '2023-09-13T10:35'],
    ['en', 'Published: 13 Sep 2023 | Updated: 14 Sep 2023', '2023-09-13'],
    ['en', '2023-09-13T10:35:00Z', '2023-09-13T10:35:00Z'],
    ['de', '13. September 2023', '2023-09-13'],
    ['de', 'Veröffentlicht am 13.09.2023 um 10:35 Uhr', '2023-09-13T10:35'],
    ['fr', 'Publié le 13 septembre 2023 à 10h35', '2023-09-13T10:35'],
    ['fr', 'Mis à jour le 14 septembre 2023', '2023-09-14'],
    ['es', 'Publicado el 13 de septiembre de 2023', '2023-09-13'],
    ['it', '13 settembre 2023', '2023-09-13'],
    ['pt', '13 de setembro de 2023', '2023-09-13'],
    ['nl', '13 september 2023', '2023-09-13'],
    ['pl', '13 września 2023', '2023-09-13'],
    ['ru', '13 сентября 2023', '2023-09-13'],
    ['uk', '13 вересня 2023', '2023-09-13'],
    ['tr', '13 Eylül 2023', '2023-09-13']
  ])('%s: %s', (_lang, line, date) => {
    expect(detect(detectDateLines, line)).toEqual([{kind: 'dateline', text: line, removed: true, data: {date}}])
  })
})

describe('detectDateLines: page dates', () => {
  it.each([
    ['en', 'Today: Dec 22, 2024', '2024-12-22'],
    ['de', 'Heute: 22. Dezember 2024', '2024-12-22'],
    ['ru', 'Сегодня: 22 декабря 2024', '2024-12-22']
  ])('%s: %s', (_lang, line, date) => {
    expect(detect(detectDateLines, line)).toEqual([{kind: 'page-date', text: line, removed: true, data: {date}}])
  })
})

describe('detectDateLines: prose with a date stays', () => {
  it.each([
    ['en', 'On September 13, 2023, the council voted to close the library after a long debate about its budget.'],
    ['de', 'Am 13. September 2023 stimmte der Rat nach langer Debatte für die Schließung der Bibliothek.'],
    ['fr', 'Le 13 septembre 2023, le conseil municipal a voté la fermeture de la bibliothèque du quartier.'],
    ['es', 'El 13 de septiembre de 2023 el pleno votó el cierre de la biblioteca tras un largo debate.']
  ])('%s: %s', (_lang, line) => {
    expect(detect(detectDateLines, line)).toEqual([])
  })

  it('ignores a month and year without a day', () => {
    expect(detect(detectDateLines, 'November 2019')).toEqual([])
  })
})

describe('blockDates', () => {
  it('lists the dates of short blocks and skips long ones', () => {
    const long = `${PROSE_EN.join(' ')} It opened on 4 March 2024.`
    const context = contextOf(page('March 4, 2024', long))
    const dates = blockDates(context)
    expect(dates.map((list) => list.map((d) => d.iso))).toEqual([['2024-03-04'], []])
  })
})

describe('chooseDates', () => {
  const header = (...top: string[]): string => page(...top, 'Harbour ferry returns after two-year break', 'June 18, 2024', ...PROSE_EN, 'June 1, 2020')

  it('takes the date under the headline, not a date in the footer', () => {
    const context = contextOf(header())
    // Blocks: 0 headline, 1 date, 2-4 prose, 5 footer date.
    expect(chooseDates(blockDates(context), 0, 2)).toEqual({date: '2024-06-18', pageDate: null})
  })

  it('never takes the page chrome\'s "today" date as the article\'s', () => {
    const context = contextOf(header('Today: Dec 22, 2024'))
    expect(chooseDates(blockDates(context), 1, 3)).toEqual({date: '2024-06-18', pageDate: '2024-12-22'})
  })

  it('prefers the published date to the updated one', () => {
    const context = contextOf(
      page('Harbour ferry returns', 'Updated: June 19, 2024', 'Published: June 18, 2024', ...PROSE_EN)
    )
    expect(chooseDates(blockDates(context), 0, 3).date).toBe('2024-06-18')
  })

  it('reports a date far above the headline as the page date', () => {
    const menu = ['World', 'Business', 'Science', 'Culture', 'Sport']
    const context = contextOf(page('December 22, 2024', ...menu, 'Harbour ferry returns', 'June 18, 2024', ...PROSE_EN))
    // Headline at 6, its date at 7, prose from 8.
    expect(chooseDates(blockDates(context), 6, 8)).toEqual({date: '2024-06-18', pageDate: '2024-12-22'})
  })

  it('gives null when the page has no date', () => {
    const context = contextOf(page('Harbour ferry returns', ...PROSE_EN))
    expect(chooseDates(blockDates(context), 0, 1)).toEqual({date: null, pageDate: null})
  })
})
