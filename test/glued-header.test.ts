import {describe, expect, it} from 'vitest'
import {splitHeader} from '../src/glued-header.js'

/** The pieces `splitHeader` cuts the whole of `text` into, as text. */
const pieces = (text: string) => splitHeader(text, {start: 0, end: text.length}).map((s) => text.slice(s.start, s.end))

describe('splitHeader', () => {
  it('cuts the menu, the headline, the byline and the date off the first sentence', () => {
    const text =
      'Home News World Business Search Menu Harbour ferry returns after two-year break By Tom Baker June 18, 2024 ' +
      'The harbour ferry between the old town and the island resumed service on Tuesday morning.'
    expect(pieces(text)).toEqual([
      'Home News World Business Search Menu',
      'Harbour ferry returns after two-year break',
      'By Tom Baker',
      'June 18, 2024',
      'The harbour ferry between the old town and the island resumed service on Tuesday morning.'
    ])
  })

  it('reads German: a capitalised noun in the headline is no seam, the byline ("Von") and date are', () => {
    const text =
      'Startseite Politik Wirtschaft Sport Menü Suche Bahn stellt neue Nachtzüge nach Wien vor Von Lena Hoffmann 21. Mai 2024 ' +
      'Die Bahn hat am Dienstag in Berlin die neuen Nachtzüge vorgestellt.'
    expect(pieces(text)).toEqual([
      'Startseite Politik Wirtschaft Sport Menü Suche',
      'Bahn stellt neue Nachtzüge nach Wien vor',
      'Von Lena Hoffmann',
      '21. Mai 2024',
      'Die Bahn hat am Dienstag in Berlin die neuen Nachtzüge vorgestellt.'
    ])
  })

  it('keeps a date\'s label and the separators after it with the date', () => {
    const text = 'Harbour ferry returns By Tom Baker Published June 18, 2024 | The harbour ferry resumed service on Tuesday.'
    expect(pieces(text)).toEqual([
      'Harbour ferry returns',
      'By Tom Baker',
      'Published June 18, 2024 |',
      'The harbour ferry resumed service on Tuesday.'
    ])
  })

  it('leaves a title-case headline with the menu before it: its small words are no seam', () => {
    const text = 'Home Recipes Holidays Homemade Spiced Pear Jam for the Holidays by Regan Miller December 6, 2017 This holiday season I was thinking of flavors.'
    expect(pieces(text)).toEqual([
      'Home Recipes Holidays Homemade Spiced Pear Jam for the Holidays',
      'by Regan Miller',
      'December 6, 2017',
      'This holiday season I was thinking of flavors.'
    ])
  })

  it('reads dates printed one after another as one', () => {
    expect(pieces('By Tom Baker 2024-06-18 | 2024-06-19 The harbour ferry resumed service on Tuesday.')).toEqual([
      'By Tom Baker',
      '2024-06-18 | 2024-06-19',
      'The harbour ferry resumed service on Tuesday.'
    ])
  })

  it('keeps the place of a dateline with its date', () => {
    expect(pieces('Wien, 14. Dezember 2021 – Aufgrund der steigenden Mobilität erholen sich die Menschen in der Natur.')).toEqual([
      'Wien, 14. Dezember 2021 –',
      'Aufgrund der steigenden Mobilität erholen sich die Menschen in der Natur.'
    ])
  })

  it('cuts after a date that starts the span', () => {
    expect(pieces('November 18, 2019 8:22AM EST BERLIN -- The agency says so.')).toEqual([
      'November 18, 2019 8:22AM EST',
      'BERLIN -- The agency says so.'
    ])
  })

  it('leaves dates inside sentences alone', () => {
    for (const text of [
      // A comma after the date: the sentence goes on.
      'The council said on Tuesday, June 18, 2024, that the pier would be repaired.',
      // A lower-case word governs the date.
      'The ferry stopped running on June 18, 2022 and resumed two years later.',
      'The contract signed June 18, 2024 Boeing says will be honoured.',
      // Set off by dashes after a lower-case word, with the sentence going on in lower case.
      'On one of those nights — April 26, 2016 — they got a strong signal of water vapor.',
      // The date of an embedded post, with the article's next sentence after it.
      'No one is taking your slogan. — Jane Doe (@janedoe) November 18, 2019 The latest initiative comes as the state struggles.',
      // Time stamps glued after a word, one after another: page metadata, no header.
      'Immer mehr Menschen auf Hilfe angewiesende-DE2021-10-27T20:35:36+01:00 2021-10-27T20:35:36+01:00 ' +
        '2021-10-28T13:21:30+01:00 UN-Klimakonferenz in Glasgow: Immer mehr Menschen auf Hilfe angewiesen'
    ]) {
      expect(pieces(text)).toEqual([text])
    }
  })

  it('returns spans into the text it was given', () => {
    const head = 'Some earlier text. '
    const text = head + 'Harbour ferry returns By Tom Baker June 18, 2024 The harbour ferry resumed service.'
    const spans = splitHeader(text, {start: head.length, end: text.length})
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Harbour ferry returns',
      'By Tom Baker',
      'June 18, 2024',
      'The harbour ferry resumed service.'
    ])
  })
})
