import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findDates, foldWord, monthOf, parseDate, weekdayOf, type DateMatch} from '../src/dates.js'
import {MONTH_NAMES} from '../src/data/months.js'

/** The parts of a match most tests compare. */
const brief = (m: DateMatch) => ({text: m.text, iso: m.iso, confidence: m.confidence, label: m.label})
const found = (text: string, lang?: string) => findDates(text, lang === undefined ? {} : {lang}).map(brief)
const one = (text: string, lang?: string) => {
  const matches = found(text, lang)
  expect(matches).toHaveLength(1)
  const [match] = matches
  if (match === undefined) throw new Error(`no date in ${text}`)
  return match
}

describe('findDates: English formats', () => {
  it.each([
    ['September 13, 2023', '2023-09-13'],
    ['Sept. 13, 2023', '2023-09-13'],
    ['Sep 13th, 2023', '2023-09-13'],
    ['Dec 22, 2024', '2024-12-22'],
    ['Nov. 20, 2019', '2019-11-20'],
    ['13 September 2023', '2023-09-13'],
    ['the 13th of September, 2023', '2023-09-13'],
    ['SEPTEMBER 13TH, 2023', '2023-09-13'],
    ['13-Sep-2023', '2023-09-13']
  ])('%s', (input, iso) => {
    const m = one(input)
    expect(m.iso).toBe(iso)
    expect(m.confidence).toBe(1)
    expect(input.endsWith(m.text)).toBe(true)
  })

  it('takes the weekday before the date into the match', () => {
    expect(found('Wednesday, September 13, 2023')).toEqual([
      {text: 'Wednesday, September 13, 2023', iso: '2023-09-13', confidence: 1, label: null}
    ])
  })

  it('reads a Guardian-style date with a dotted time and a zone', () => {
    expect(found('Wed 13 Sep 2023 10.35 BST')).toEqual([
      {text: 'Wed 13 Sep 2023 10.35 BST', iso: '2023-09-13T10:35+01:00', confidence: 1, label: null}
    ])
  })

  it('reads "at 10:35 a.m. ET" and keeps a seasonal zone out of the ISO value', () => {
    expect(found('September 13, 2023 at 10:35 a.m. ET')).toEqual([
      {text: 'September 13, 2023 at 10:35 a.m. ET', iso: '2023-09-13T10:35', confidence: 1, label: null}
    ])
  })

  it('turns p.m. into a 24-hour time and 12 a.m. into 00', () => {
    expect(one('Feb. 12, 2024, 7:00 p.m.').iso).toBe('2024-02-12T19:00')
    expect(one('Dec 22, 2023 12:05 AM').iso).toBe('2023-12-22T00:05')
    expect(one('Dec 22, 2023 04:25:02 PM IST').iso).toBe('2023-12-22T16:25:02')
  })

  it('reads a time printed before the date (CNN)', () => {
    expect(found('Updated 10:35 AM EDT, Wed September 13, 2023')).toEqual([
      {text: '10:35 AM EDT, Wed September 13, 2023', iso: '2023-09-13T10:35-04:00', confidence: 1, label: 'updated'}
    ])
  })

  it('finds dates glued to the name before them, as scraped bylines print them', () => {
    expect(found('By Mark TysonDecember 23, 2023')).toEqual([
      {text: 'December 23, 2023', iso: '2023-12-23', confidence: 1, label: null}
    ])
    expect(found('By Lauren Morton22 December 2023')).toEqual([
      {text: '22 December 2023', iso: '2023-12-22', confidence: 1, label: null}
    ])
  })

  // Regression: a time glued after the year's comma was read as a decimal.
  it('finds a date with its time glued after the comma', () => {
    expect(found('Dec 17, 2023,03:53am EST')).toEqual([
      {text: 'Dec 17, 2023,03:53am EST', iso: '2023-12-17T03:53-05:00', confidence: 1, label: null}
    ])
    expect(found('Revenue grew by 2023,5 units')).toEqual([])
  })

  // Regression: a glued word short enough to pass for a month name with the
  // month ("GermanDec", 9 letters; "DoeDecember", 11) hid the date.
  it('finds a month glued to a short word before it', () => {
    expect(found('By Kent GermanDec 22, 2023')).toEqual([{text: 'Dec 22, 2023', iso: '2023-12-22', confidence: 1, label: null}])
    expect(found('By Jane DoeDecember 23, 2023')).toEqual([{text: 'December 23, 2023', iso: '2023-12-23', confidence: 1, label: null}])
    expect(found('updatedSep 4, 2023')).toEqual([{text: 'Sep 4, 2023', iso: '2023-09-04', confidence: 1, label: 'updated'}])
    // Capitals alone are no glued word: "JUNE 3, 2023" stays one month name, and "MrDec" is no month.
    expect(found('JUNE 3, 2023')).toEqual([{text: 'JUNE 3, 2023', iso: '2023-06-03', confidence: 1, label: null}])
    expect(found('MrDecoy 3, 2023')).toEqual([])
  })

  it('reports offsets into the text', () => {
    const text = 'Posted on Dec 22, 2024 by staff'
    expect(findDates(text)).toEqual([
      {start: 10, end: 22, text: 'Dec 22, 2024', iso: '2024-12-22', confidence: 1, label: 'published'}
    ])
  })
})

describe('findDates: other languages', () => {
  it.each([
    ['13. September 2023', '2023-09-13'],
    ['13 de septiembre de 2023', '2023-09-13'],
    ['13 De Septiembre De 2023', '2023-09-13'],
    ['13 settembre 2023', '2023-09-13'],
    ['24 Dicembre 2023', '2023-12-24'],
    ['13 de setembro de 2023', '2023-09-13'],
    ['13 september 2023', '2023-09-13'],
    ['13 września 2023', '2023-09-13'],
    ['13 вересня 2023', '2023-09-13'],
    ['13 Eylül 2023', '2023-09-13'],
    ['13 AĞUSTOS 2023', '2023-08-13'],
    ['1er janvier 2024', '2024-01-01'],
    ['3 févr. 2024', '2024-02-03'],
    ['29 février 2024', '2024-02-29'],
    ['5 März 2024', '2024-03-05'],
    ['5 Maerz 2024', '2024-03-05'],
    ['Septiembre 13, 2023', '2023-09-13']
  ])('%s', (input, iso) => {
    expect(one(input)).toEqual({text: input, iso, confidence: 1, label: null})
  })

  it('takes the Russian and Polish year words into the match', () => {
    expect(one('13 сентября 2023 г.').text).toBe('13 сентября 2023 г.')
    expect(one('13 сентября 2023 года').text).toBe('13 сентября 2023 года')
    expect(one('13 września 2023 r., 10:35')).toEqual({
      text: '13 września 2023 r., 10:35',
      iso: '2023-09-13T10:35',
      confidence: 1,
      label: null
    })
  })

  it('leaves "le" out of a French date but reads the label before it', () => {
    expect(found('Publié le 13 septembre 2023')).toEqual([
      {text: '13 septembre 2023', iso: '2023-09-13', confidence: 1, label: 'published'}
    ])
  })

  it('reads a German date with weekday, time and "Uhr"', () => {
    expect(found('Mittwoch, 13. September 2023, 10:35 Uhr')).toEqual([
      {text: 'Mittwoch, 13. September 2023, 10:35 Uhr', iso: '2023-09-13T10:35', confidence: 1, label: null}
    ])
  })

  it('reads French "10h35" and Portuguese weekdays with a hyphen', () => {
    expect(one("Aujourd'hui 13 septembre 2023 à 10h35")).toEqual({
      text: '13 septembre 2023 à 10h35',
      iso: '2023-09-13T10:35',
      confidence: 1,
      label: 'today'
    })
    expect(one('quarta-feira, 13 de setembro de 2023').text).toBe('quarta-feira, 13 de setembro de 2023')
  })
})

describe('findDates: numeric dates', () => {
  it('reads ISO dates and times, with seconds and offsets', () => {
    expect(found('2023-09-13')).toEqual([{text: '2023-09-13', iso: '2023-09-13', confidence: 1, label: null}])
    expect(one('2023-09-13T10:35:00Z').iso).toBe('2023-09-13T10:35:00Z')
    expect(one('2023-09-13T10:35:00.000+0200').iso).toBe('2023-09-13T10:35:00+02:00')
    expect(one('2023-09-13T10:35').iso).toBe('2023-09-13T10:35')
    expect(one('posted on 2023-12-19 23:30 EST by Rafael').iso).toBe('2023-12-19T23:30-05:00')
  })

  it('reads year-first slashes and dots', () => {
    expect(one('2023/09/13')).toEqual({text: '2023/09/13', iso: '2023-09-13', confidence: 0.9, label: null})
    expect(one('Last updated: 2023/12/19 at 9:01 PM')).toEqual({
      text: '2023/12/19 at 9:01 PM',
      iso: '2023-12-19T21:01',
      confidence: 0.9,
      label: 'updated'
    })
    expect(one('The Community Spotlight 2023.04.22').iso).toBe('2023-04-22')
  })

  it('reads dotted dates day first', () => {
    expect(one('13.09.2023')).toEqual({text: '13.09.2023', iso: '2023-09-13', confidence: 0.9, label: null})
    expect(one('13.09.2023 - 10:35')).toEqual({text: '13.09.2023 - 10:35', iso: '2023-09-13T10:35', confidence: 0.9, label: null})
    expect(one('13.09.2023', 'en').iso).toBe('2023-09-13')
    expect(one('5. 3. 2024').iso).toBe('2024-03-05')
  })

  it('reads two-digit years only with dots and a two-digit day or month', () => {
    expect(one('13.9.23')).toEqual({text: '13.9.23', iso: '2023-09-13', confidence: 0.5, label: null})
    expect(one('01.02.99').iso).toBe('1999-02-01')
    expect(found('1.2.23')).toEqual([])
    expect(found('9/13/23')).toEqual([])
    expect(found('v3.10.23')).toEqual([])
  })

  it('reads slashes month first in English and for unknown languages', () => {
    expect(one('09/13/2023')).toEqual({text: '09/13/2023', iso: '2023-09-13', confidence: 0.8, label: null})
    expect(one('03/04/2023')).toEqual({text: '03/04/2023', iso: '2023-03-04', confidence: 0.6, label: null})
    expect(one('03/04/2023', 'en-US').iso).toBe('2023-03-04')
    expect(one('03/04/2023', 'eng').iso).toBe('2023-03-04')
  })

  it('reads slashes day first when the first number cannot be a month', () => {
    expect(one('13/09/2023')).toEqual({text: '13/09/2023', iso: '2023-09-13', confidence: 0.8, label: null})
  })

  it('reads slashes day first for other languages', () => {
    expect(one('03/04/2023', 'fr').iso).toBe('2023-04-03')
    expect(one('03/04/2023', 'deu').iso).toBe('2023-04-03')
    expect(one('13/09/2023', 'es').iso).toBe('2023-09-13')
    expect(one('09/13/2023', 'it').iso).toBe('2023-09-13')
  })

  it('reads dashes like slashes', () => {
    expect(one('12-19-2023').iso).toBe('2023-12-19')
    expect(one('19-12-2023', 'nl').iso).toBe('2023-12-19')
  })
})

describe('findDates: not dates', () => {
  it.each([
    '2.9 million',
    '100,000',
    '3.10.2023a',
    '1.2.3.2023',
    '1-2-3',
    '13:09',
    'a 13:09 win',
    'November 2019',
    'in 2023',
    '2023-2024',
    'Feb 30, 2023',
    '29 February 2023',
    '13.13.2023',
    '31/31/2023',
    '2023-13-01',
    '13 September 1989',
    '13 September 2101',
    '(2nd Gen, 2023)',
    'Set 2, 2023',
    'Chapter 13 Notes 2023',
    '192.168.10.20',
    'call 555-12-2023',
    'version 2023.09.13.1',
    'September 13',
    '13 September\n2023'
  ])('%j', (input) => {
    expect(findDates(input)).toEqual([])
  })

  it('does not read a percentage or a count as the time after a date', () => {
    expect(one('13.09.2023, 10.50 Euro').text).toBe('13.09.2023')
    expect(one('13.09.2023 10.5%').text).toBe('13.09.2023')
    expect(one('13 Sep 2023 - 10.000 people').text).toBe('13 Sep 2023')
  })

  it('does not take an unknown capitalised word for a zone', () => {
    expect(one('13.09.2023 10:35 ZDF').text).toBe('13.09.2023 10:35')
    expect(one('Fri 22 Dec 2023 12.10 CETLast modified').text).toBe('Fri 22 Dec 2023 12.10 CET')
  })

  it('does not take a lower-case two-letter word for a weekday', () => {
    expect(one('and so 13 September 2023').text).toBe('13 September 2023')
    expect(one('So 13. September 2023').text).toBe('So 13. September 2023')
  })
})

describe('findDates: labels', () => {
  const labelOf = (text: string) => one(text).label
  it.each([
    ['Today: 13 September 2023', 'today'],
    ['Heute, 13.09.2023', 'today'],
    ["Aujourd'hui 13 septembre 2023", 'today'],
    ['Hoy 13 de septiembre de 2023', 'today'],
    ['Oggi 13 settembre 2023', 'today'],
    ['Hoje, 13 de setembro de 2023', 'today'],
    ['Vandaag 13 september 2023', 'today'],
    ['Dziś 13 września 2023', 'today'],
    ['Сегодня, 13 сентября 2023', 'today'],
    ['Сьогодні 13 вересня 2023', 'today'],
    ['Bugün 13 Eylül 2023', 'today'],
    ['Published: 13 September 2023', 'published'],
    ['Posted on Sep 13, 2023', 'published'],
    ['Veröffentlicht am 13.09.2023', 'published'],
    ['Publié le 13 septembre 2023', 'published'],
    ['Publicado el 13 de septiembre de 2023', 'published'],
    ['Pubblicato il 13 settembre 2023', 'published'],
    ['Publicado em 13 de setembro de 2023', 'published'],
    ['Gepubliceerd op 13 september 2023', 'published'],
    ['Opublikowano: 13 września 2023', 'published'],
    ['Опубликовано: 13 сентября 2023', 'published'],
    ['Опубліковано 13 вересня 2023', 'published'],
    ['Yayınlanma: 13 Eylül 2023', 'published'],
    ['Yayın tarihi: 13 Eylül 2023', 'published'],
    ['Updated: Sep 13, 2023', 'updated'],
    ['Last updated on 13 Sep 2023', 'updated'],
    ['Aktualisiert am 13.09.2023', 'updated'],
    ['Stand: 13.09.2023, 10:35 Uhr', 'updated'],
    ['Mis à jour le 13 septembre 2023', 'updated'],
    ['Actualizado el 13 de septiembre de 2023', 'updated'],
    ['Aggiornato il 13 settembre 2023', 'updated'],
    ['Atualizado em 13 de setembro de 2023', 'updated'],
    ['Bijgewerkt op 13 september 2023', 'updated'],
    ['Zaktualizowano: 13 września 2023', 'updated'],
    ['Обновлено: 13 сентября 2023', 'updated'],
    ['Оновлено 13 вересня 2023', 'updated'],
    ['Güncelleme: 13 Eylül 2023', 'updated'],
    ['Published\n13 September 2023', 'published']
  ])('%j', (input, label) => {
    expect(labelOf(input)).toBe(label)
  })

  it('has no label for other words', () => {
    expect(labelOf('Monday news 13 September 2023')).toBeNull()
    expect(labelOf('Published by Reuters on 13 September 2023')).toBeNull()
    expect(labelOf('13 September 2023')).toBeNull()
  })
})

describe('findDates: several dates', () => {
  it('finds every date, sorted and non-overlapping', () => {
    const text = 'Published: 01:46 GMT, 22 December 2023 | Updated: 10:53 GMT, 22 December 2023'
    expect(found(text)).toEqual([
      {text: '01:46 GMT, 22 December 2023', iso: '2023-12-22T01:46Z', confidence: 1, label: 'published'},
      {text: '10:53 GMT, 22 December 2023', iso: '2023-12-22T10:53Z', confidence: 1, label: 'updated'}
    ])
  })

  it('does not let a time before one date reach into the date before it', () => {
    expect(found('13.09.2023 14.09.2023').map((m) => m.iso)).toEqual(['2023-09-13', '2023-09-14'])
    expect(found('September 13, 2023 10:35, September 14, 2023').map((m) => m.text)).toEqual([
      'September 13, 2023 10:35',
      'September 14, 2023'
    ])
  })

  it('finds a date range as two dates', () => {
    expect(found('13.09.2023-15.09.2023').map((m) => m.iso)).toEqual(['2023-09-13', '2023-09-15'])
  })
})

describe('parseDate', () => {
  it('returns the ISO value of a string that is one date', () => {
    expect(parseDate('September 13, 2023')).toBe('2023-09-13')
    expect(parseDate('  13.09.2023 ')).toBe('2023-09-13')
    expect(parseDate('2023-09-13T10:35:00Z')).toBe('2023-09-13T10:35:00Z')
    expect(parseDate('Published: 13 September 2023.')).toBe('2023-09-13')
    expect(parseDate('13 сентября 2023 г.')).toBe('2023-09-13')
  })

  it('returns null for anything else', () => {
    expect(parseDate('November 2019')).toBeNull()
    expect(parseDate('')).toBeNull()
    expect(parseDate('on 13 September 2023')).toBeNull()
    expect(parseDate('13 September 2023 and 14 September 2023')).toBeNull()
    expect(parseDate('13 September 2023 in Berlin')).toBeNull()
    expect(parseDate('Feb 30, 2023')).toBeNull()
  })
})

describe('month and weekday data', () => {
  it('gives every month form in every language one month number', () => {
    const seen = new Map<string, number>()
    for (const [lang, months] of Object.entries(MONTH_NAMES)) {
      expect(months, lang).toHaveLength(12)
      months.forEach((forms, index) => {
        for (const form of forms) {
          const key = foldWord(form)
          const before = seen.get(key)
          if (before !== undefined) expect(before, `${lang} ${form}`).toBe(index + 1)
          seen.set(key, index + 1)
          expect(monthOf(form)).toBe(index + 1)
        }
      })
    }
  })

  it('folds case and diacritics', () => {
    expect(monthOf('AOUT')).toBe(8)
    expect(monthOf('Août')).toBe(8)
    expect(monthOf('MAYIS')).toBe(5)
    expect(monthOf('wrzesnia')).toBe(9)
    expect(monthOf('Monday')).toBeNull()
    expect(weekdayOf('Mittwoch')).toBe(3)
    expect(weekdayOf('ÇARŞAMBA')).toBe(3)
    expect(weekdayOf('September')).toBeNull()
  })
})

describe('findDates: properties', () => {
  const dateish = fc
    .array(
      fc.constantFrom(
        '13', '09', '2023', '1999', '23', '.', '/', '-', ':', ',', ' ', '  ', '\n', 'September', 'Sept.', 'sept',
        'de', 'of', 'th', 'Wed', 'Mittwoch', 'at', 'um', 'Uhr', 'a.m.', 'PM', 'BST', 'ET', 'Z', 'T', '+02:00',
        '10:35', '10.35', '10h35', 'г.', 'r.', 'września', 'Eylül', 'Published', 'Updated', 'Heute', 'le', 'é'
      ),
      {maxLength: 40}
    )
    .map((parts) => parts.join(''))

  const checkMatches = (text: string, matches: DateMatch[]) => {
    let last = 0
    for (const m of matches) {
      expect(m.text).toBe(text.slice(m.start, m.end))
      expect(m.iso).toMatch(/^\d{4}-\d{2}-\d{2}/)
      expect(m.start).toBeGreaterThanOrEqual(last)
      expect(m.end).toBeGreaterThan(m.start)
      expect(m.confidence).toBeGreaterThan(0)
      expect(m.confidence).toBeLessThanOrEqual(1)
      last = m.end
    }
  }

  it('never throws, and every match is a slice of the input with an ISO date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'grapheme'}), dateish), fc.constantFrom(undefined, 'en', 'de', 'fra', ''), (text, lang) => {
        checkMatches(text, findDates(text, lang === undefined ? {} : {lang}))
        const iso = parseDate(text)
        if (iso !== null) expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}/)
      }),
      {numRuns: 2000}
    )
  })

  it('finds only real calendar days', () => {
    fc.assert(
      fc.property(dateish, (text) => {
        for (const m of findDates(text)) {
          const day = new Date(`${m.iso.slice(0, 10)}T00:00:00Z`)
          expect(day.toISOString().slice(0, 10)).toBe(m.iso.slice(0, 10))
        }
      }),
      {numRuns: 1000}
    )
  })
})

describe('findDates: speed', () => {
  const timeOf = (text: string) => {
    const t0 = performance.now()
    findDates(text)
    return performance.now() - t0
  }

  it.each([
    ['years', '2023 '.repeat(40_000)],
    ['dotted numbers', '1.'.repeat(100_000)],
    ['slashes', '1/'.repeat(100_000) + '2023'],
    ['month words', 'September 13 '.repeat(15_000)],
    ['spaces', ' '.repeat(200_000) + '13 September 2023'],
    ['letters', 'a'.repeat(200_000) + '2023'],
    ['digits', '9'.repeat(200_000)],
    ['colons', '10:35 '.repeat(30_000) + '2023']
  ])('stays linear on repeated %s', (_name, text) => {
    expect(timeOf(text)).toBeLessThan(1500)
  })
})
