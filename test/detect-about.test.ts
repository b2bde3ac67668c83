import {describe, expect, it} from 'vitest'
import {detectAbout} from '../src/detect/about.js'
import {detect, page, PROSE_EN} from './detect-helpers.js'

const BIO = 'She has covered museums and galleries in the north of England for ten years.'

describe('detectAbout', () => {
  it.each([
    ['en', 'About Jane Doe'],
    ['en', 'About Brigit Katz'],
    ['de', 'Über Anna Schmidt'],
    ['es', 'Acerca de María García'],
    ['pt', 'Sobre Ana Souza'],
    ['it', 'Informazioni su Marco Rossi'],
    ['nl', 'Over Pieter de Vries']
  ])('%s: "%s" after the article is an author footer', (_lang, heading) => {
    expect(detect(detectAbout, page(...PROSE_EN, heading, BIO))).toEqual([
      {kind: 'author-footer', text: heading, removed: true},
      {kind: 'author-footer', text: BIO, removed: true}
    ])
  })

  it('en: a company\'s boilerplate after a press release', () => {
    const about = 'Acme Inc. makes hearing aids and employs 400 people in Leeds and Lyon.'
    expect(detect(detectAbout, page(...PROSE_EN, 'About Acme Inc.', about))).toEqual([
      {kind: 'boilerplate', text: 'About Acme Inc.', removed: true},
      {kind: 'boilerplate', text: about, removed: true}
    ])
  })

  it('the section ends at the next short heading', () => {
    const text = page(...PROSE_EN, 'About Jane Doe', BIO, 'About Acme Inc.', 'Acme Inc. makes hearing aids.')
    expect(detect(detectAbout, text).map((f) => [f.kind, f.text])).toEqual([
      ['author-footer', 'About Jane Doe'],
      ['author-footer', BIO],
      ['boilerplate', 'About Acme Inc.'],
      ['boilerplate', 'Acme Inc. makes hearing aids.']
    ])
  })

  it('an "About us" link at the top of the page is not a section', () => {
    expect(detect(detectAbout, page('About us', 'About Example Media', ...PROSE_EN))).toEqual([])
  })

  it.each([
    ['en', 'About 200 people attended the meeting, more than the hall could hold.'],
    ['de', 'Über 200 Menschen kamen zu der Versammlung in der Stadthalle.'],
    ['en', 'About the size of a football pitch']
  ])('%s: "%s" after the article stays', (_lang, line) => {
    expect(detect(detectAbout, page(...PROSE_EN, line))).toEqual([])
  })

  // Regression (fixed): looksLikeName() accepts any capitalised word, so "About Ascom" (the
  // module's own example of company boilerplate) and "About Acme Corporation"
  // are reported as kind 'author-footer'. Expected 'boilerplate'; actual
  // 'author-footer' (both are removed either way).
  it('en: "About Ascom" is the company\'s boilerplate, not an author footer', () => {
    const about = 'Ascom is a global provider of communication solutions for hospitals.'
    expect(detect(detectAbout, page(...PROSE_EN, 'About Ascom', about))).toEqual([
      {kind: 'boilerplate', text: 'About Ascom', removed: true},
      {kind: 'boilerplate', text: about, removed: true}
    ])
  })
})

describe('detectAbout: the author\'s bio line after the article', () => {
  it.each([
    ['en', 'Jane Doe is a reporter at the Leeds Herald who covers transport and housing.'],
    ['de', 'Anna Schmidt ist Redakteurin im Ressort Wirtschaft und schreibt über Energie.'],
    ['fr', 'Jean Dupont est journaliste au service politique depuis 2015.']
  ])('%s: "%s" is an author footer, a hint that the article\'s end removes', async (_lang, bio) => {
    expect(detect(detectAbout, page(...PROSE_EN, bio))).toEqual([{kind: 'author-footer', text: bio, removed: false}])
    const {cleanArticle} = await import('../src/index.js')
    expect(cleanArticle(page(...PROSE_EN, bio)).paragraphs).toEqual([...PROSE_EN])
  })

  it('keeps the same sentence at the top of the article', () => {
    const line = 'Jane Doe is a reporter at the Leeds Herald who covers transport and housing.'
    expect(detect(detectAbout, page(line, ...PROSE_EN))).toEqual([])
  })

  it('keeps a closing sentence that names a role but is not a bio', () => {
    const line = 'The council said the reporter would be allowed to attend the next meeting.'
    expect(detect(detectAbout, page(...PROSE_EN, line))).toEqual([])
  })

  it.each([
    ['en', 'Jake Smith is the co-founder of a small consultancy and teaches a course on systems programming.'],
    ['de', 'Inga Buller ist Head of Social & Community bei CHIP und testet gern neue Apps.']
  ])('%s: a bio without a role word is a hint only: "%s"', (_lang, bio) => {
    expect(detect(detectAbout, page(...PROSE_EN, bio))).toEqual([{kind: 'author-footer', text: bio, removed: false}])
  })

  it('a hinted bio goes when it ends the article', async () => {
    const {cleanArticle} = await import('../src/index.js')
    const bio = 'Jake Smith is the co-founder of a small consultancy and teaches a course on systems programming.'
    expect(cleanArticle(page(...PROSE_EN, bio)).paragraphs).toEqual([...PROSE_EN])
  })
})
