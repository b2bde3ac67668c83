/**
 * The weak detector of calls to action, comment invitations and
 * disclosures: it names its findings but never removes a block on its own.
 */
import {describe, expect, it} from 'vitest'
import {detectAppeal} from '../src/detect/appeal.js'
import {cleanArticle} from '../src/index.js'
import type {RemovedKind} from '../src/types.js'
import {detect, page, PROSE_EN} from './detect-helpers.js'

const hinted = (kind: RemovedKind, text: string) => [{kind, text, removed: false}]

describe('detectAppeal', () => {
  it.each([
    ['en', 'subscribe', 'Get the latest updates, event announcements and tutorials straight to your inbox with our newsletter.'],
    ['en', 'subscribe', 'If you enjoyed reading this post, would you consider supporting our work? Become a member today.'],
    ['en', 'comments', 'Let us know in the comments what you think of the new design.'],
    ['en', 'copyright', 'This post contains affiliate links, and we may earn a commission when you buy through them.'],
    ['de', 'subscribe', 'Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter – fünf Mal die Woche!'],
    ['de', 'comments', 'Verraten Sie gerne in den Kommentaren, was der Preis für Sie bedeutet.'],
    ['de', 'copyright', 'Die Bilder in diesem Blog stehen unter einer Creative Commons Lizenz.'],
    ['fr', 'copyright', "Les opinions exprimées dans les blogs n'engagent que leurs auteurs."],
    ['es', 'subscribe', 'Suscríbete a nuestro boletín y recibe las noticias en tu bandeja de entrada.'],
    ['it', 'comments', 'Dicci la tua nei commenti qui sotto.'],
    ['pt', 'subscribe', 'Assine a nossa newsletter e receba as novidades.'],
    ['nl', 'subscribe', 'Schrijf je in voor onze nieuwsbrief.'],
    ['pl', 'comments', 'Prosimy o zaznaczenie checkboxa przed dodaniem komentarza.'],
    ['ru', 'subscribe', 'Подпишитесь на наш канал, чтобы не пропустить новости.'],
    ['uk', 'comments', 'Залиште коментар нижче.'],
    ['tr', 'subscribe', 'Gelişmelerden haberdar olmak için bizi takip edin.']
  ])('%s: finds a %s note, weakly', (_lang, kind, line) => {
    expect(detect(detectAppeal, line)).toEqual(hinted(kind as RemovedKind, line))
  })

  it.each([
    ['en', 'The European Commission said the rules would apply from next year.'],
    ['en', 'Comments made by the minister on Tuesday drew criticism from the opposition.'],
    ['de', 'Die Anzeige wurde am Montag bei der Polizei erstattet.'],
    ['de', 'Der Händler behält drei Prozent Provision für jeden verkauften Wagen.'],
    // A question about a licence is no licence note.
    ['de', 'Was ist Creative Commons?']
  ])('%s: leaves prose alone: %s', (_lang, line) => {
    expect(detect(detectAppeal, line)).toEqual([])
  })

  it('ignores long blocks, whatever they mention', () => {
    const long = `${PROSE_EN.join(' ')} ${PROSE_EN.join(' ')} Sign up for our newsletter.`
    expect(detect(detectAppeal, long)).toEqual([])
  })
})

describe('weak notes at the article’s edges', () => {
  const appeal = 'Get the latest stories and announcements straight to your inbox: sign up for our weekly newsletter today.'

  it('are removed after the article', () => {
    const article = cleanArticle(page(...PROSE_EN, appeal))
    expect(article.paragraphs).toEqual([...PROSE_EN])
    expect(article.removed).toContainEqual(expect.objectContaining({kind: 'subscribe', text: appeal}))
  })

  it('are removed before the article', () => {
    const disclosure = 'This post contains affiliate links; we may earn a small commission at no extra cost to you.'
    expect(cleanArticle(page(disclosure, ...PROSE_EN)).paragraphs).toEqual([...PROSE_EN])
  })

  it('go as a box, with an unflagged line between two flagged ones', () => {
    const box = [
      'Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter, fünf Mal die Woche von Dienstag bis Samstag.',
      'Ja, ich will regelmäßig über Angebote aus dem Verlag informiert werden, auch per Telefon und per Post.',
      'Sie können unsere Newsletter jederzeit wieder abbestellen, mit einem Klick auf den Link in jeder Ausgabe.'
    ]
    expect(cleanArticle(page(...PROSE_EN, ...box)).paragraphs).toEqual([...PROSE_EN])
  })

  it('go as a box inside the article when three or more of them stand together', () => {
    const box = [
      'Latest research by mail',
      'We keep you posted on our investigations by email, and you can unsubscribe at any time you like.',
      'Email address',
      'Leave this field empty if you are human:'
    ]
    const input = page(PROSE_EN[0], ...box, PROSE_EN[1], PROSE_EN[2], ...box)
    expect(cleanArticle(input).paragraphs).toEqual([...PROSE_EN])
  })

  it('stay inside the article', () => {
    const middle = 'Readers can follow us on the museum’s own channels, where the curators post a picture of the day from the valley.'
    const input = page(PROSE_EN[0], middle, PROSE_EN[1], PROSE_EN[2])
    expect(cleanArticle(input).paragraphs).toEqual([PROSE_EN[0], middle, PROSE_EN[1], PROSE_EN[2]])
  })

  it('never empty an article', () => {
    const only = 'Our goal with these open threads is to give blog readers an opportunity to publicly raise comments or questions about our work, and we hope you will leave a comment below with anything you want to ask.'
    expect(cleanArticle(only).paragraphs).toEqual([only])
  })
})
