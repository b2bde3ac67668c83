import {describe, expect, it} from 'vitest'
import {detectComments} from '../src/detect/comments.js'
import {detect, page, PROSE_EN} from './detect-helpers.js'

describe('detectComments: a comment section after the article', () => {
  it('en: a count heading opens the section, a form closes it', () => {
    const text = page(
      ...PROSE_EN,
      '12 Comments',
      'Great news, I will visit next week with my kids and my parents too.',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *'
    )
    expect(detect(detectComments, text)).toEqual([
      {kind: 'comments', text: '12 Comments', removed: true},
      {kind: 'comments', text: 'Great news, I will visit next week with my kids and my parents too.', removed: true},
      {kind: 'comments', text: 'Leave a Reply', removed: true},
      {kind: 'comments', text: 'Your email address will not be published. Required fields are marked *', removed: true}
    ])
  })

  it.each([
    ['de', 'Kommentare', 'Toller Bericht, danke dafür! Ich war gestern selbst dort und fand es sehr schön.'],
    ['fr', '3 commentaires', 'Merci pour cet article, je vais y aller ce week-end avec mes enfants.'],
    ['es', 'Comentarios', 'Muy buena noticia, iré con mis hijos el próximo fin de semana.'],
    ['it', 'Commenti', 'Bellissima notizia, ci andrò sabato con tutta la famiglia.'],
    ['pt', 'Comentários', 'Ótima notícia, vou visitar com meus filhos no sábado.'],
    ['nl', 'Reacties', 'Mooi nieuws, ik ga er zaterdag met mijn kinderen naartoe.'],
    ['pl', 'Komentarze', 'Świetna wiadomość, pojadę tam w sobotę z dziećmi.'],
    ['ru', 'Комментарии', 'Отличная новость, обязательно схожу.'],
    ['uk', 'Коментарі', 'Чудова новина, обов’язково піду з дітьми.'],
    ['tr', 'Yorumlar', 'Harika bir haber, hafta sonu çocuklarla gideceğim.']
  ])('%s: "%s" and the comment under it', (_lang, headingText, comment) => {
    expect(detect(detectComments, page(...PROSE_EN, headingText, comment))).toEqual([
      {kind: 'comments', text: headingText, removed: true},
      {kind: 'comments', text: comment, removed: true}
    ])
  })

  it('en: a signed comment opens the section without a heading', () => {
    const text = page(...PROSE_EN, 'Jane says: March 4, 2024 at 9:12 am', 'Great news, I will visit next week with my kids.')
    expect(detect(detectComments, text)).toEqual([
      {kind: 'comments', text: 'Jane says: March 4, 2024 at 9:12 am', removed: true},
      {kind: 'comments', text: 'Great news, I will visit next week with my kids.', removed: true}
    ])
  })

  it.each([
    ['de', 'Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.'],
    ['fr', 'Votre adresse e-mail ne sera pas publiée.'],
    ['es', 'Tu dirección de correo electrónico no será publicada.'],
    ['nl', 'Je e-mailadres wordt niet gepubliceerd.']
  ])('%s: the fine print of a comment form', (_lang, line) => {
    expect(detect(detectComments, line)).toEqual([{kind: 'comments', text: line, removed: true}])
  })

  // The notice's case-folding regex takes a long s ("ſ") for an "s", and
  // the lower-cased text keeps it: the pieces that gate the regex hold no "s".
  it.each(['Uſes Akiſmet to reduce ſpam.', 'Your email addreſs will not be publiſhed.'])('the fine print written with a long s: %s', (line) => {
    expect(detect(detectComments, line)).toEqual([{kind: 'comments', text: line, removed: true}])
  })

  // Regression (fixed): SIGNATURE writes the Cyrillic verbs ("пишет", "написал") after `\b`,
  // an ASCII word boundary that never matches before a Cyrillic letter, so a
  // signed Russian comment is not found. Expected both blocks as 'comments';
  // actual none.
  it('ru: a signed comment "Иван пишет: 12.03.2024" opens the section', () => {
    const text = page(...PROSE_EN, 'Иван пишет: 12.03.2024', 'Отличная новость, обязательно схожу туда с детьми в выходные.')
    expect(detect(detectComments, text)).toEqual([
      {kind: 'comments', text: 'Иван пишет: 12.03.2024', removed: true},
      {kind: 'comments', text: 'Отличная новость, обязательно схожу туда с детьми в выходные.', removed: true}
    ])
  })
})

describe('detectComments: look-alikes stay', () => {
  it('en: "Comments made by the minister drew criticism." inside the article', () => {
    const text = page(
      PROSE_EN[0],
      'Comments made by the minister drew criticism from the opposition, who said the plan came too late.',
      PROSE_EN[1],
      PROSE_EN[2]
    )
    expect(detect(detectComments, text)).toEqual([])
  })

  it('a "Comments" link in the top menu does not swallow the article', () => {
    const found = detect(detectComments, page('Comments', ...PROSE_EN))
    expect(found).toEqual([{kind: 'comments', text: 'Comments', removed: true}])
  })

  it.each([
    ['de', 'Kommentare von Lesern zeigen, dass viele Menschen die Pläne der Stadt unterstützen.'],
    ['fr', 'Les commentaires du ministre ont suscité de vives critiques dans l’opposition.']
  ])('%s: prose that starts with the comments word: %s', (_lang, line) => {
    expect(detect(detectComments, page(PROSE_EN[0], line, PROSE_EN[1]))).toEqual([])
  })
})
