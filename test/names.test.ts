import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {foldWord} from '../src/dates.js'
import {cleanAuthors, looksLikeName, readByline, splitBylinePrefix} from '../src/names.js'

describe('cleanAuthors: prefixes', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['by: Jane Doe', ['Jane Doe']],
    ['BY JANE DOE', ['JANE DOE']],
    ['**By Jane Doe**', ['Jane Doe']],
    ['Written by Jane Doe', ['Jane Doe']],
    ['Von Max Mustermann', ['Max Mustermann']],
    ['Par Jean Dupont', ['Jean Dupont']],
    ['Por Juan Pérez', ['Juan Pérez']],
    ['Di Mario Rossi', ['Mario Rossi']],
    ['Door Jan de Vries', ['Jan de Vries']],
    ['Przez Jan Kowalski', ['Jan Kowalski']],
    ['Autor: Max Mustermann', ['Max Mustermann']],
    ['Autorin: Erika Musterfrau', ['Erika Musterfrau']],
    ['Auteur : Jean Dupont', ['Jean Dupont']],
    ['Author: Jane Doe', ['Jane Doe']],
    ['Автор: Иван Петров', ['Иван Петров']],
    ['Автор Иван Петров', ['Иван Петров']],
    ['Yazar: Ahmet Yılmaz', ['Ahmet Yılmaz']],
    ['Text: Max Mustermann', ['Max Mustermann']]
  ])('%j', (raw, expected) => {
    expect(cleanAuthors(raw)).toEqual(expected)
  })
})

describe('cleanAuthors: lists', () => {
  it.each([
    ['Von Max Mustermann und Erika Musterfrau', ['Max Mustermann', 'Erika Musterfrau']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Roe & Ann Poe', ['Jane Doe', 'John Roe', 'Ann Poe']],
    ['Par Jean Dupont et Marie Martin', ['Jean Dupont', 'Marie Martin']],
    ['Por Juan Pérez y María López', ['Juan Pérez', 'María López']],
    ['Di Mario Rossi e Giulia Bianchi', ['Mario Rossi', 'Giulia Bianchi']],
    ['Door Jan de Vries en Piet Jansen', ['Jan de Vries', 'Piet Jansen']],
    ['Przez Jan Kowalski i Anna Nowak', ['Jan Kowalski', 'Anna Nowak']],
    ['Автор: Иван Петров и Мария Иванова', ['Иван Петров', 'Мария Иванова']],
    ['Yazar: Ahmet Yılmaz ve Ayşe Kaya', ['Ahmet Yılmaz', 'Ayşe Kaya']],
    ['By Leah Stodart , Miller Kern , and Timothy Beck Werth', ['Leah Stodart', 'Miller Kern', 'Timothy Beck Werth']],
    ['By Jane Doe and Jane Doe', ['Jane Doe']],
    ['By Jane Doe, JANE DOE', ['Jane Doe']],
    ['By John E Smith', ['John E Smith']],
    ['By John F. Kennedy.', ['John F. Kennedy']],
    ['Written by James Presbitero Jr.', ['James Presbitero Jr.']]
  ])('%j', (raw, expected) => {
    expect(cleanAuthors(raw)).toEqual(expected)
  })
})

describe('cleanAuthors: what travels with names', () => {
  it.each([
    ['Jane Doe | Reuters', ['Jane Doe']],
    ['Jane Doe, Reuters', ['Jane Doe']],
    ['Jane Doe / AFP', ['Jane Doe']],
    ['Jane Doe (AP)', ['Jane Doe']],
    ['Jane Doe and agencies', ['Jane Doe']],
    ['Max Mustermann, dpa', ['Max Mustermann']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['Jane Doe - Senior Correspondent', ['Jane Doe']],
    ['Jane Doe, Political Editor', ['Jane Doe']],
    ['by Gabrielle M. Etzel, Healthcare Reporter', ['Gabrielle M. Etzel']],
    ['Senior Correspondent Jane Doe', ['Jane Doe']],
    ['Jean Dupont, envoyé spécial', ['Jean Dupont']],
    ['Jane Doe For Dailymail.com', ['Jane Doe']],
    ['Jane Doe For Daily Mail Australia', ['Jane Doe']],
    ['Jane Doe @janedoe', ['Jane Doe']],
    ['Jane Doe jane.doe@example.com', ['Jane Doe']],
    ['Jane Doe https://example.com/jane', ['Jane Doe']],
    ['By Jane Doe, September 13, 2023', ['Jane Doe']],
    ['By Jane Doe Updated 10:35 AM', ['Jane Doe']],
    ['By Jane Doe on Sept. 13', ['Jane Doe']],
    ['By Jane Doe, CNN Updated 10:35 AM EDT, Wed September 13, 2023', ['Jane Doe']],
    ['By Jane Doe • 5 min read', ['Jane Doe']],
    ['Von Max Mustermann, 13.09.2023, 10:35 Uhr', ['Max Mustermann']],
    ['Par Jean Dupont, publié le 13 septembre 2023', ['Jean Dupont']],
    ['By Mark TysonDecember 23, 2023', ['Mark Tyson']],
    ['By Deborah NetburnStaff Writer', ['Deborah Netburn']],
    ['By Emma BatyPublished: Dec 22, 2023 10:55 AM EST', ['Emma Baty']],
    ['By Jane Doe in Kyiv and John Roe in Moscow', ['Jane Doe', 'John Roe']],
    ['Jane Doe is a senior correspondent covering Europe', ['Jane Doe']],
    ['By Amanda Cappelli Fox News', ['Amanda Cappelli']],
    ['By John O\'connor The Associated Press', ["John O'connor"]],
    ['By Tim Balk | tbalk@nydailynews.com | New York Daily News', ['Tim Balk']],
    ['By Simon Bisson, Contributor, InfoWorld |', ['Simon Bisson']],
    ['By Naandika Tripathi, Forbes India Staff', ['Naandika Tripathi']]
  ])('%j', (raw, expected) => {
    expect(cleanAuthors(raw)).toEqual(expected)
  })

  it('keeps an agency or outlet when it is the only credit', () => {
    expect(cleanAuthors('dpa')).toEqual(['dpa'])
    expect(cleanAuthors('Von dpa')).toEqual(['dpa'])
    expect(cleanAuthors('By Reuters')).toEqual(['Reuters'])
    expect(cleanAuthors('AFP/dpa')).toEqual(['AFP', 'dpa'])
    expect(cleanAuthors('By POLITICO staff')).toEqual(['POLITICO'])
  })

  it('drops credits that name nobody', () => {
    expect(cleanAuthors('Staff and agencies')).toEqual([])
    expect(cleanAuthors('By Staff Writer')).toEqual([])
    expect(cleanAuthors('Redaktion')).toEqual([])
  })

  it('keeps names whose first word is also a prefix', () => {
    expect(cleanAuthors('Von der Leyen')).toEqual(['Von der Leyen'])
    expect(cleanAuthors('Di Maio')).toEqual(['Di Maio'])
  })

  it('returns nothing for prose', () => {
    expect(cleanAuthors('By 2030, the city will be greener')).toEqual([])
    expect(cleanAuthors('Par ailleurs, le gouvernement a annoncé')).toEqual([])
    expect(cleanAuthors('Por favor')).toEqual([])
    expect(cleanAuthors('Read more')).toEqual([])
    expect(cleanAuthors('')).toEqual([])
  })
})

describe('splitBylinePrefix', () => {
  it.each([
    ['By Jane Doe', {prefix: 'By', rest: 'Jane Doe', lang: 'en'}],
    ['by: Jane Doe', {prefix: 'by:', rest: 'Jane Doe', lang: 'en'}],
    ['Written by Jane Doe and John Roe', {prefix: 'Written by', rest: 'Jane Doe and John Roe', lang: 'en'}],
    ['Von Max Mustermann und Erika Musterfrau', {prefix: 'Von', rest: 'Max Mustermann und Erika Musterfrau', lang: 'de'}],
    ['Autorin: Erika Musterfrau', {prefix: 'Autorin:', rest: 'Erika Musterfrau', lang: 'de'}],
    ['Par Jean Dupont', {prefix: 'Par', rest: 'Jean Dupont', lang: 'fr'}],
    ['Auteur : Jean Dupont', {prefix: 'Auteur :', rest: 'Jean Dupont', lang: 'und'}],
    ['Por Juan Pérez', {prefix: 'Por', rest: 'Juan Pérez', lang: 'und'}],
    ['Di Mario Rossi', {prefix: 'Di', rest: 'Mario Rossi', lang: 'it'}],
    ['Door Jan de Vries', {prefix: 'Door', rest: 'Jan de Vries', lang: 'nl'}],
    ['Przez Jan Kowalski', {prefix: 'Przez', rest: 'Jan Kowalski', lang: 'pl'}],
    ['Автор: Иван Петров', {prefix: 'Автор:', rest: 'Иван Петров', lang: 'und'}],
    ['Yazar: Ahmet Yılmaz', {prefix: 'Yazar:', rest: 'Ahmet Yılmaz', lang: 'tr'}],
    ['Text: Max Mustermann', {prefix: 'Text:', rest: 'Max Mustermann', lang: 'de'}],
    ['Von dpa', {prefix: 'Von', rest: 'dpa', lang: 'de'}],
    ['  By Jane Doe | Reuters | September 13, 2023', {prefix: 'By', rest: 'Jane Doe | Reuters | September 13, 2023', lang: 'en'}],
    ['By Jane Doe • 12/18/23 4:02pm', {prefix: 'By', rest: 'Jane Doe • 12/18/23 4:02pm', lang: 'en'}],
    ['By Van Sias Dec 21, 2023', {prefix: 'By', rest: 'Van Sias Dec 21, 2023', lang: 'en'}]
  ])('%j', (line, expected) => {
    expect(splitBylinePrefix(line)).toEqual(expected)
  })

  it.each([
    'By 2030, the city will be greener',
    'By 2030 the plan will be complete',
    'Von der Leyen sagte am Montag, sie werde kandidieren',
    'Von der Leyen hat die Wahl gewonnen',
    'Von der Leyen',
    'Par ailleurs, le gouvernement a annoncé une réforme',
    'Por favor',
    'Por La Cultura',
    'Di Maio said the talks would continue',
    'Di Maio',
    'Author of three books',
    'Author Interviews',
    'Text messages show the plan',
    'By Design',
    'By Monday',
    'By The Numbers',
    'By clicking Sign Up, you agree to our Terms and Conditions.',
    'By Jane Doe 5 things you need to know',
    'DI-IND',
    'Byline',
    'By',
    'Author:',
    'Home',
    ''
  ])('%j is not a byline', (line) => {
    expect(splitBylinePrefix(line)).toBeNull()
  })
})

describe('looksLikeName', () => {
  it.each([
    'Jane Doe',
    'JANE DOE',
    'Иван Петров',
    'Ludwig van Beethoven',
    'Ursula von der Leyen',
    'Bashar al-Assad',
    'Luigi Di Maio',
    'Maria de la Cruz Fernández',
    'John F. Kennedy',
    'J.R.R. Tolkien',
    'Martin Luther King Jr.',
    "Caitlin O'Kane",
    'Jean-Pierre Raffarin',
    'Ahmet Yılmaz',
    'Madonna',
    'John B Smith'
  ])('%j is a name', (s) => {
    expect(looksLikeName(s)).toBe(true)
  })

  it.each([
    'Home',
    'News',
    'Sport',
    'Read more',
    'READ MORE',
    'Nachrichten',
    'Новости',
    'jane doe',
    'Jane Doe said',
    'The Plan',
    'By 2030',
    'Jane Doe.',
    'Is it true?',
    'Monday',
    'Jane Doe, John Roe',
    'Agent 007',
    'One Two Three Four Five Six',
    'van der',
    'B',
    'J K',
    ''
  ])('%j is not a name', (s) => {
    expect(looksLikeName(s)).toBe(false)
  })
})

describe('properties', () => {
  const bylineish = fc
    .array(
      fc.constantFrom(
        'By', 'Von', 'Par', 'Di', 'Autor:', 'Jane', 'Doe', 'Max', 'von', 'der', 'Leyen', 'and', 'und', ',', '|', '/',
        '(', ')', 'AP', 'dpa', 'Reuters', 'Staff', 'Writer', 'For', 'Daily', 'Mail', '@jd', 'j@d.com', 'Updated',
        '10:35', 'AM', 'September', '13,', '2023', 'Иван', 'Петров', '•', '-', 'é', '  ', '.'
      ),
      {maxLength: 20}
    )
    .map((parts) => parts.join(' '))

  it('never throws, and returns trimmed, distinct names without digits or handles', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'grapheme'}), bylineish), (raw) => {
        const names = cleanAuthors(raw)
        expect(new Set(names.map(foldWord)).size).toBe(names.length)
        for (const name of names) {
          expect(name).toBe(name.trim())
          expect(name).not.toBe('')
          expect(name).not.toMatch(/[\d@]/)
        }
        const split = splitBylinePrefix(raw)
        if (split !== null) expect(cleanAuthors(raw).length).toBeGreaterThan(0)
        looksLikeName(raw)
      }),
      {numRuns: 2000}
    )
  })

  it('readByline is splitBylinePrefix with cleanAuthors of the line as printed, its list read once', () => {
    const check = (line: string, raw: string): void => {
      const split = splitBylinePrefix(line)
      expect(readByline(line, raw)).toEqual(split === null ? null : {...split, authors: cleanAuthors(raw)})
    }
    // "Di" is also a name particle: the printed line's name list is not the split's.
    check('Di Vegolosi.it', 'di Vegolosi.it')
    fc.assert(
      fc.property(fc.oneof(fc.string(), bylineish), fc.boolean(), (raw, upper) => {
        check(upper ? raw.charAt(0).toUpperCase() + raw.slice(1) : raw, raw)
      }),
      {numRuns: 2000}
    )
  })

  it('stays linear on long inputs', () => {
    const long = [
      'Jane Doe, '.repeat(20_000),
      'By ' + ' '.repeat(100_000) + 'Jane',
      'By Jane' + ',;'.repeat(50_000),
      'By Jane' + '.'.repeat(100_000),
      'A.'.repeat(50_000),
      'By ' + 'aB'.repeat(50_000)
    ]
    for (const raw of long) {
      const t0 = performance.now()
      cleanAuthors(raw)
      splitBylinePrefix(raw)
      looksLikeName(raw)
      expect(performance.now() - t0).toBeLessThan(1500)
    }
  })
})
