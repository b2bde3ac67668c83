import { describe, expect, it } from 'vitest'
import { PHRASES, PHRASE_LANGS, SUBSTRING_FIELDS } from '../src/data/phrases.js'
import type { PhraseField } from '../src/data/phrases.js'
import { ALL_STOPWORDS, STOPWORDS } from '../src/data/stopwords.js'
import {
  containsPhrase,
  isShareLine,
  matchesWhole,
  normalizeLine,
  prepareLine,
  startsWithPhrase,
  stopwordDensity,
  tokenizeLine,
} from '../src/phrase-match.js'

const FIELDS = Object.keys(PHRASES.en) as PhraseField[]

describe('phrase data', () => {
  it('has the same fields in every language', () => {
    for (const lang of PHRASE_LANGS) expect(Object.keys(PHRASES[lang]).sort()).toEqual([...FIELDS].sort())
  })

  it('writes every entry lower case, with ASCII apostrophes, without duplicates', () => {
    for (const lang of PHRASE_LANGS) {
      for (const field of FIELDS) {
        const list = PHRASES[lang][field]
        expect(new Set(list).size, `${lang}.${field} has duplicates`).toBe(list.length)
        for (const entry of list) {
          expect(entry, `${lang}.${field}`).toBe(entry.toLowerCase())
          expect(entry).not.toMatch(/[\u2018\u2019\u201c\u201d]/)
          // Only caption entries keep punctuation that normalizeLine would strip ("photo:").
          if (field !== 'caption') expect(normalizeLine(entry), `${lang}.${field}: "${entry}"`).toBe(entry)
        }
      }
    }
  })

  it('finds every entry through the lookup its field is meant for', () => {
    for (const lang of PHRASE_LANGS) {
      for (const field of FIELDS) {
        for (const entry of PHRASES[lang][field]) {
          expect(matchesWhole(field, entry), `${lang}.${field}: "${entry}"`).not.toBeNull()
          expect(startsWithPhrase(field, entry), `${lang}.${field}: "${entry}"`).not.toBeNull()
          if (SUBSTRING_FIELDS.has(field)) {
            expect(containsPhrase(field, `x ${entry} y`), `${lang}.${field}: "${entry}"`).not.toBeNull()
          }
        }
      }
    }
  })

  it('holds 100 to 200 lower-case function words per language, and their union', () => {
    const union = new Set<string>()
    for (const lang of PHRASE_LANGS) {
      const words = STOPWORDS[lang]
      expect(words.length, lang).toBeGreaterThanOrEqual(100)
      expect(words.length, lang).toBeLessThanOrEqual(200)
      expect(new Set(words).size, `${lang} has duplicates`).toBe(words.length)
      for (const word of words) {
        expect(word).toBe(word.toLowerCase())
        union.add(word)
      }
    }
    expect(ALL_STOPWORDS.size).toBe(union.size)
    expect(ALL_STOPWORDS.has('the')).toBe(true)
    expect(ALL_STOPWORDS.has('которые')).toBe(true)
    expect(ALL_STOPWORDS.has('minister')).toBe(false)
  })
})

describe('normalizeLine', () => {
  it.each([
    ['  • READ   MORE »', 'read more'],
    ['Don’t Miss:', "don't miss"],
    ['» Lesen Sie auch:', 'lesen sie auch'],
    ['À LIRE AUSSI →', 'à lire aussi'],
    ['# Noticias\u00a0 relacionadas |', 'noticias relacionadas'],
    ['* Czytaj także...', 'czytaj także'],
    ['— Читайте также…', 'читайте также'],
    ['İLGİLİ HABERLER', 'ilgili haberler'],
    ['> Leggi anche >>', 'leggi anche'],
    ['| Lees ook!', 'lees ook'],
    ['“Quoted” text', '"quoted" text'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLine(input)).toBe(expected)
  })

  it('keeps inner punctuation and numbers', () => {
    expect(normalizeLine('1 of 12')).toBe('1 of 12')
    expect(normalizeLine('E-Mail')).toBe('e-mail')
    expect(normalizeLine('...')).toBe('')
  })
})

describe('tokenizeLine', () => {
  it('cuts words, numbers and marks with offsets into the line as given', () => {
    const tokens = tokenizeLine('By: Jane O’Neil, 1.2K')
    expect(tokens.norms).toEqual(['by', ':', 'jane', "o'neil", ',', '1', '.', '2k'])
    expect(tokens.kinds).toEqual(['word', 'mark', 'word', 'word', 'mark', 'number', 'mark', 'number'])
    expect(tokens.starts).toEqual([0, 2, 4, 9, 15, 17, 18, 19])
    expect(tokens.ends).toEqual([2, 3, 8, 15, 16, 18, 19, 21])
  })

  it('keeps offsets when a Turkish capital İ lower-cases to two characters', () => {
    const tokens = tokenizeLine('İlgili Haberler')
    expect(tokens.norms).toEqual(['ilgili', 'haberler'])
    expect(tokens.starts).toEqual([0, 7])
  })
})

describe('matchesWhole', () => {
  it.each([
    ['related', 'Don’t Miss', 'en'],
    ['related', 'RELATED ARTICLES:', 'en'],
    ['related', 'Lesen Sie auch:', 'de'],
    ['related', 'À lire aussi', 'fr'],
    ['related', 'Lo más leído', 'es'],
    ['related', 'Leggi anche', 'it'],
    ['related', 'Leia também', 'pt'],
    ['related', 'Lees ook', 'nl'],
    ['related', 'Czytaj także:', 'pl'],
    ['related', 'Читайте также', 'ru'],
    ['related', 'Читайте також', 'uk'],
    ['related', 'İlgili Haberler', 'tr'],
    ['readMore', 'Weiterlesen »', 'de'],
    ['readMore', 'Continue reading →', 'en'],
    ['advertisement', 'ADVERTISEMENT', 'en'],
    ['advertisement', 'Anzeige', 'de'],
    ['advertisement', 'Реклама', 'ru'],
    ['legal', 'Impressum', 'de'],
    ['legal', 'Mentions légales', 'fr'],
    ['navigation', 'Skip to main content', 'en'],
    ['navigation', 'Ana Sayfa', 'tr'],
    ['signIn', 'Entrar', 'es'],
    ['captionControls', 'Hide caption', 'en'],
  ] as const)('%s: %j → %s', (field, line, lang) => {
    expect(matchesWhole(field, line)).toBe(lang)
  })

  it('reports the first language of PHRASE_LANGS when several list the entry', () => {
    expect(matchesWhole('authorLabels', 'Autor')).toBe('de')
    expect(matchesWhole('navigation', 'Menu')).toBe('en')
    expect(matchesWhole('bylinePrefixes', 'Por')).toBe('es')
  })

  it('does not match lines that only begin with an entry', () => {
    expect(matchesWhole('readMore', 'Read more books this year, the study says.')).toBeNull()
    expect(matchesWhole('related', 'Related to this, the minister said…')).toBeNull()
    expect(matchesWhole('advertisement', 'The ad campaign cost millions.')).toBeNull()
    expect(matchesWhole('comments', 'Comments made by the minister drew criticism.')).toBeNull()
    expect(matchesWhole('related', 'Trending upward')).toBeNull()
  })

  it('throws on an unknown field', () => {
    expect(() => matchesWhole('nonsense' as PhraseField, 'x')).toThrow('Unknown phrase field: nonsense')
  })
})

describe('containsPhrase', () => {
  it.each([
    ['subscribe', 'Subscribe to our newsletter for more', 'en', 'subscribe'],
    ['subscribe', 'Jetzt abonnieren und weiterlesen', 'de', 'jetzt abonnieren'],
    ['subscribe', 'Abonnez-vous pour lire la suite', 'fr', 'abonnez-vous'],
    ['subscribe', 'Suscríbete para seguir leyendo', 'es', 'suscríbete'],
    ['subscribe', 'Zapisz się do newslettera', 'pl', 'zapisz się'],
    ['subscribe', 'Подпишитесь на наш канал', 'ru', 'подпишитесь'],
    ['subscribe', 'E-bültene abone olun', 'tr', 'e-bültene'],
    ['cookie', 'We use cookies to improve your experience.', 'en', 'we use cookies'],
    ['cookie', 'Diese Website verwendet Cookies.', 'en', 'cookies'],
    ['cookie', 'Tout accepter', 'fr', 'tout accepter'],
    ['cookie', 'Bu sitede çerezler kullanılmaktadır', 'tr', 'çerezler'],
    ['cookieWeak', 'Ich möchte zustimmen', 'de', 'zustimmen'],
    ['copyright', '© 2023 Example Media. All rights reserved.', 'en', '©'],
    ['copyright', 'Tous droits réservés, Le Monde 2024', 'fr', 'tous droits réservés'],
    ['copyright', 'Wszelkie prawa zastrzeżone', 'pl', 'wszelkie prawa zastrzeżone'],
    ['copyright', 'Все права защищены.', 'ru', 'все права защищены'],
    ['caption', 'Photo: Jane Doe/AP', 'en', 'photo:'],
    ['caption', 'Protesters in Rafah. (Photo by James Manning/PA Images via Getty Images)', 'en', 'photo by'],
    ['caption', 'Foto: dpa', 'de', 'foto:'],
    ['caption', 'Photo : AFP', 'en', 'photo:'],
    ['caption', 'Fot. Jan Kowalski', 'pl', 'fot.'],
    ['caption', 'Фото: РИА Новости', 'ru', 'фото:'],
    ['caption', 'Fotoğraf: AA', 'tr', 'fotoğraf:'],
  ] as const)('%s in %j → %s %j', (field, line, lang, phrase) => {
    expect(containsPhrase(field, line)).toEqual({ lang, phrase })
  })

  it('takes the leftmost entry, then the longest', () => {
    expect(containsPhrase('subscribe', 'Already a subscriber? Sign in')).toEqual({
      lang: 'en',
      phrase: 'already a subscriber',
    })
  })

  it('finds heading fields only when the rest of the line is counts and punctuation', () => {
    expect(containsPhrase('comments', 'Comments (12)')).toEqual({ lang: 'en', phrase: 'comments' })
    expect(containsPhrase('comments', '12 Kommentare')).toEqual({ lang: 'de', phrase: 'kommentare' })
    expect(containsPhrase('comments', 'Commentaires')).toEqual({ lang: 'fr', phrase: 'commentaires' })
    expect(containsPhrase('comments', 'Commenti: 4')).toEqual({ lang: 'it', phrase: 'commenti' })
    expect(containsPhrase('comments', 'Komentarze (0)')).toEqual({ lang: 'pl', phrase: 'komentarze' })
    expect(containsPhrase('comments', 'Комментарии: 5')).toEqual({ lang: 'ru', phrase: 'комментарии' })
    expect(containsPhrase('comments', 'Yorumlar (3)')).toEqual({ lang: 'tr', phrase: 'yorumlar' })
    expect(containsPhrase('comments', '» Leave a reply')).toEqual({ lang: 'en', phrase: 'leave a reply' })
    expect(containsPhrase('comments', 'Comments made by the minister drew criticism.')).toBeNull()
    expect(containsPhrase('comments', 'She read the comments')).toBeNull()
    expect(containsPhrase('related', 'Related to this, the minister said…')).toBeNull()
    expect(containsPhrase('readMore', 'Read more books this year, the study says.')).toBeNull()
  })

  it('matches whole words only', () => {
    expect(containsPhrase('advertisement', 'The ad campaign cost millions.')).toBeNull()
    expect(containsPhrase('subscribe', 'Unsubscribed readers left')).toBeNull()
    expect(containsPhrase('cookie', 'Cookiecutter houses')).toBeNull()
    expect(containsPhrase('copyright', 'All rights reservedly')).toBeNull()
  })

  it('accepts a line prepared once', () => {
    const line = prepareLine('Sign up for our newsletter')
    expect(containsPhrase('subscribe', line)).toEqual({ lang: 'en', phrase: 'sign up' })
    expect(containsPhrase('cookie', line)).toBeNull()
  })
})

describe('startsWithPhrase', () => {
  it.each([
    ['By Jane Doe', 'en', 'by', 'Jane Doe'],
    ['Written by: Jane Doe ', 'en', 'written by', 'Jane Doe'],
    ['- By Jane Doe', 'en', 'by', 'Jane Doe'],
    ['Von Max Mustermann', 'de', 'von', 'Max Mustermann'],
    ['Par Jean Dupont', 'fr', 'par', 'Jean Dupont'],
    ['Por María García', 'es', 'por', 'María García'],
    ['di Mario Rossi', 'it', 'di', 'Mario Rossi'],
    ['Door Jan Jansen', 'nl', 'door', 'Jan Jansen'],
    ['Autor: Jan Kowalski', 'de', 'autor', 'Jan Kowalski'],
    ['Автор: Иван Петров', 'ru', 'автор', 'Иван Петров'],
    ['Yazan: Ahmet Yılmaz', 'tr', 'yazan', 'Ahmet Yılmaz'],
  ] as const)('bylinePrefixes: %j → %s %j, rest %j', (line, lang, phrase, rest) => {
    expect(startsWithPhrase('bylinePrefixes', line)).toEqual({ lang, phrase, rest })
  })

  it('matches sentences that begin with a byline word; the caller checks the rest', () => {
    expect(startsWithPhrase('bylinePrefixes', 'By 2030 the city will have grown.')).toEqual({
      lang: 'en',
      phrase: 'by',
      rest: '2030 the city will have grown.',
    })
  })

  it('needs a word boundary after the prefix', () => {
    expect(startsWithPhrase('bylinePrefixes', 'By-elections were held in May')).toBeNull()
    expect(startsWithPhrase('bylinePrefixes', 'Bystanders filmed the scene')).toBeNull()
    expect(startsWithPhrase('bylinePrefixes', 'Jane Doe by the river')).toBeNull()
    expect(startsWithPhrase('relatedPrefixes', 'Moreover, the court ruled')).toBeNull()
  })

  it('serves the other prefix fields', () => {
    expect(startsWithPhrase('relatedPrefixes', 'More from Business')).toEqual({
      lang: 'en',
      phrase: 'more from',
      rest: 'Business',
    })
    expect(startsWithPhrase('relatedPrefixes', 'Mehr aus Berlin')).toEqual({ lang: 'de', phrase: 'mehr aus', rest: 'Berlin' })
    expect(startsWithPhrase('relatedPrefixes', 'Więcej z kraju')).toEqual({ lang: 'pl', phrase: 'więcej z', rest: 'kraju' })
    expect(startsWithPhrase('today', 'Today is Monday, December 22, 2024')).toEqual({
      lang: 'en',
      phrase: 'today is',
      rest: 'Monday, December 22, 2024',
    })
    expect(startsWithPhrase('today', 'Heute: 22.12.2024')).toEqual({ lang: 'de', phrase: 'heute', rest: '22.12.2024' })
    expect(startsWithPhrase('today', 'Сьогодні 22 грудня')).toEqual({ lang: 'uk', phrase: 'сьогодні', rest: '22 грудня' })
    expect(startsWithPhrase('captionStarts', 'Фото РИА Новости')).toEqual({ lang: 'ru', phrase: 'фото', rest: 'РИА Новости' })
    expect(startsWithPhrase('captionStarts', 'Fot. Jan Kowalski')).toEqual({ lang: 'pl', phrase: 'fot', rest: 'Jan Kowalski' })
    expect(startsWithPhrase('authorLabels', 'About the author | Jane Doe')).toEqual({
      lang: 'en',
      phrase: 'about the author',
      rest: 'Jane Doe',
    })
    expect(startsWithPhrase('authorLabels', 'Об авторе')).toEqual({ lang: 'ru', phrase: 'об авторе', rest: '' })
  })
})

describe('isShareLine', () => {
  it.each([
    'Share · Tweet · Email',
    'Share 12',
    '1.2K Shares',
    'Share this article',
    'Facebook Twitter LinkedIn WhatsApp E-mail',
    'Teilen | Drucken',
    'Partager / Imprimer',
    'Compartir en Facebook',
    'Condividi Stampa',
    'Поделиться ВКонтакте Одноклассники',
    'Paylaş',
    'Udostępnij',
  ])('%j is a share line', (line) => {
    expect(isShareLine(line)).toBe(true)
  })

  it.each([
    'She shared the prize with her colleague.',
    'Share prices fell 3% on Monday.',
    'Email: jane@example.com',
    '3 x 4',
    '12',
    '',
    'Share Share Share Share Share Share Share Share Share Share Share Share Share',
  ])('%j is not a share line', (line) => {
    expect(isShareLine(line)).toBe(false)
  })
})

describe('stopwordDensity', () => {
  it.each([
    [['The', 'minister', 'said', 'that', 'the', 'plan', 'failed'], 4 / 7],
    [['Don’t', 'stop', 'the', 'plan'], 2 / 4],
    [['Der', 'Plan', 'ist', 'nicht', 'fertig'], 3 / 5],
    [["l'homme", 'est', 'dans', 'la', 'maison'], 4 / 5],
    [['El', 'gobierno', 'dijo', 'que', 'no', 'hay', 'plan'], 4 / 7],
    [["dell'anno", 'scorso', 'il', 'governo', 'ha', 'detto'], 3 / 6],
    [['Rząd', 'powiedział', 'że', 'to', 'nie', 'jest', 'plan'], 4 / 7],
    [['Он', 'сказал', 'что', 'это', 'не', 'так'], 5 / 6],
    [['Bu', 'karar', 've', 'yeni', 'plan', 'için'], 3 / 6],
    [['Home', 'Sport', 'Business', 'Weather'], 0],
    [[], 0],
  ])('%j → %d', (words, expected) => {
    expect(stopwordDensity(words)).toBeCloseTo(expected, 10)
  })
})
