import {describe, expect, it} from 'vitest'
import {detectByline} from '../src/detect/byline.js'
import {detect, page, PROSE_EN} from './detect-helpers.js'

describe('detectByline: bylines', () => {
  it.each([
    ['en', 'By Jane Doe', ['Jane Doe']],
    ['en', 'by John Smith and Mary Jones', ['John Smith', 'Mary Jones']],
    ['en', 'By Jane Doe | Reuters | September 13, 2023', ['Jane Doe']],
    ['de', 'Von Max Mustermann', ['Max Mustermann']],
    ['de', 'Von Anna Schmidt und Peter Müller', ['Anna Schmidt', 'Peter Müller']],
    ['de', 'Von dpa', ['dpa']],
    ['fr', 'Par Jean Dupont', ['Jean Dupont']],
    ['fr', 'Texte : Marie Martin', ['Marie Martin']],
    ['es', 'Por María García', ['María García']],
    ['it', 'di Marco Rossi', ['Marco Rossi']],
    ['pt', 'Texto: Ana Souza', ['Ana Souza']],
    ['nl', 'Door Pieter de Vries', ['Pieter de Vries']],
    ['pl', 'Przez Jana Kowalskiego', ['Jana Kowalskiego']],
    ['tr', 'Yazan: Ahmet Yılmaz', ['Ahmet Yılmaz']]
  ])('%s: %s', (_lang, line, authors) => {
    expect(detect(detectByline, line)).toEqual([{kind: 'byline', text: line, removed: true, data: {authors}}])
  })

  it('joins "By" on a line of its own with the names on the next', () => {
    expect(detect(detectByline, 'By\nJane Doe')).toEqual([
      {kind: 'byline', text: 'By\nJane Doe', removed: true, data: {authors: ['Jane Doe']}}
    ])
  })

  it('finds the byline between the headline and the text, and nothing in the prose', () => {
    const text = page('Harbour ferry returns after two-year break', 'By Tom Baker', ...PROSE_EN)
    expect(detect(detectByline, text)).toEqual([
      {kind: 'byline', text: 'By Tom Baker', removed: true, data: {authors: ['Tom Baker']}}
    ])
  })
})

describe('detectByline: look-alikes stay', () => {
  it.each([
    ['en', 'By 2030, the city will have planted ten thousand trees along its main roads.'],
    ['en', 'By the numbers'],
    ['en', 'By Design'],
    ['en', 'Comments made by the minister drew criticism.'],
    ['en', 'Author of three books, she now teaches in Leeds.'],
    ['de', 'Von der Leyen sagte am Dienstag, die Kommission werde einen neuen Vorschlag vorlegen.'],
    ['de', 'Von der Leyen'],
    ['fr', 'Par ailleurs, le gouvernement a annoncé une réforme.'],
    ['fr', 'Par Jean'],
    ['es', 'Por favor, no olvide votar.'],
    ['es', 'Por la tarde, el alcalde visitó la zona.'],
    ['it', 'Di Maio said the coalition would hold.'],
    ['nl', 'Door de regen bleven veel mensen thuis.']
  ])('%s: %s', (_lang, line) => {
    expect(detect(detectByline, line)).toEqual([])
  })
})

describe('detectByline: author footers', () => {
  it.each([
    ['en', 'Author: Jane Doe', ['Jane Doe']],
    ['pl', 'Autor: Jan Kowalski', ['Jan Kowalski']],
    ['tr', 'Yazar: Ahmet Yılmaz', ['Ahmet Yılmaz']]
  ])('%s: %s', (_lang, line, authors) => {
    expect(detect(detectByline, line)).toEqual([{kind: 'author-footer', text: line, removed: true, data: {authors}}])
  })

  it('takes the name printed just above "Author: <name>" with it', () => {
    const text = page(...PROSE_EN, 'Jane Doe', 'Author: Jane Doe')
    expect(detect(detectByline, text)).toEqual([
      {kind: 'author-footer', text: 'Jane Doe', removed: true},
      {kind: 'author-footer', text: 'Author: Jane Doe', removed: true, data: {authors: ['Jane Doe']}}
    ])
  })

  it.each([
    ['en', 'About the author', 'Jane Doe is a culture reporter based in Leeds.'],
    ['de', 'Über den Autor', 'Max Mustermann schreibt seit zehn Jahren über Verkehr und Stadtplanung.'],
    ['pl', 'O autorze', 'Jan Kowalski jest dziennikarzem z Krakowa.'],
    ['ru', 'Об авторе', 'Иван Петров пишет о науке и технологиях.']
  ])('%s: "%s" and the short bio under it', (_lang, heading, bio) => {
    expect(detect(detectByline, page(heading, bio))).toEqual([
      {kind: 'author-footer', text: heading, removed: true},
      {kind: 'author-footer', text: bio, removed: true}
    ])
  })

  it('leaves a long paragraph after an author heading alone', () => {
    const bio = [...PROSE_EN, ...PROSE_EN].join(' ')
    expect(detect(detectByline, page('About the author', bio))).toEqual([
      {kind: 'author-footer', text: 'About the author', removed: true}
    ])
  })
})

describe('detectByline: Cyrillic and label-style bylines above the text', () => {
  // Regression (fixed): "Автор: Иван Петров" above the text was reported as
  // an author footer; the title detector only counts bylines and date lines as
  // a headline's header.
  it('ru: "Автор: Иван Петров" under a headline is a byline', () => {
    const text = page('В Казани открыли новую линию трамвая', 'Автор: Иван Петров', 'В среду в Казани открылась новая линия трамвая.')
    expect(detect(detectByline, text)).toEqual([
      {kind: 'byline', text: 'Автор: Иван Петров', removed: true, data: {authors: ['Иван Петров']}}
    ])
  })

  // Regression (fixed): the same for Ukrainian.
  it('uk: "Автор: Олена Коваленко" under a headline is a byline', () => {
    const text = page('У Львові відкрили новий міст', 'Автор: Олена Коваленко', 'У середу у Львові відкрили новий міст через річку.')
    expect(detect(detectByline, text)).toEqual([
      {kind: 'byline', text: 'Автор: Олена Коваленко', removed: true, data: {authors: ['Олена Коваленко']}}
    ])
  })

  it.each([
    ['ru', 'Автор: Иван Петров', ['Иван Петров']],
    ['uk', 'Автор: Олена Коваленко', ['Олена Коваленко']]
  ])('%s: "%s" is removed and its name extracted (whatever its kind)', (_lang, line, authors) => {
    const found = detect(detectByline, line)
    expect(found.map(({text, removed, data}) => ({text, removed, data}))).toEqual([{text: line, removed: true, data: {authors}}])
    expect(['byline', 'author-footer']).toContain(found[0]?.kind)
  })
})
