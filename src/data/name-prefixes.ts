/**
 * Byline prefixes: the words a page prints before its author names.
 *
 * `colon: true` marks prefixes that only introduce a byline when a colon
 * follows ("Author: Jane Doe", but "Author of three books"; "Text: …" but
 * "Text messages show …"). `lang` is the ISO 639-1 code of the language the
 * prefix belongs to, or "und" when several supported languages share it
 * ("Autor" is German, Spanish, Portuguese and Polish).
 */
export interface BylinePrefix {
  /** Lower case, single spaces. */
  phrase: string
  lang: string
  colon: boolean
}

/** Every recognised byline prefix. Matching tries longer phrases first. */
export const BYLINE_PREFIXES: readonly BylinePrefix[] = [
  {phrase: 'written by', lang: 'en', colon: false},
  {phrase: 'words by', lang: 'en', colon: false},
  {phrase: 'story by', lang: 'en', colon: false},
  {phrase: 'reporting by', lang: 'en', colon: false},
  {phrase: 'text by', lang: 'en', colon: false},
  {phrase: 'posted by', lang: 'en', colon: false},
  {phrase: 'review by', lang: 'en', colon: false},
  {phrase: 'analysis by', lang: 'en', colon: false},
  {phrase: 'opinion by', lang: 'en', colon: false},
  {phrase: 'interview by', lang: 'en', colon: false},
  {phrase: 'by', lang: 'en', colon: false},
  {phrase: 'author', lang: 'en', colon: true},
  {phrase: 'authors', lang: 'en', colon: true},
  {phrase: 'geschrieben von', lang: 'de', colon: false},
  {phrase: 'ein beitrag von', lang: 'de', colon: false},
  {phrase: 'von', lang: 'de', colon: false},
  {phrase: 'autorin', lang: 'de', colon: true},
  {phrase: 'autoren', lang: 'de', colon: true},
  {phrase: 'text', lang: 'de', colon: true},
  {phrase: 'autor', lang: 'und', colon: true},
  {phrase: 'écrit par', lang: 'fr', colon: false},
  {phrase: 'rédigé par', lang: 'fr', colon: false},
  {phrase: 'par', lang: 'fr', colon: false},
  {phrase: 'auteur', lang: 'und', colon: true},
  {phrase: 'auteure', lang: 'fr', colon: true},
  {phrase: 'texte', lang: 'fr', colon: true},
  {phrase: 'escrito por', lang: 'und', colon: false},
  {phrase: 'redactado por', lang: 'es', colon: false},
  {phrase: 'por', lang: 'und', colon: false},
  {phrase: 'autora', lang: 'und', colon: true},
  {phrase: 'texto', lang: 'und', colon: true},
  {phrase: 'scritto da', lang: 'it', colon: false},
  {phrase: 'di', lang: 'it', colon: false},
  {phrase: 'autore', lang: 'it', colon: true},
  {phrase: 'testo', lang: 'it', colon: true},
  {phrase: 'geschreven door', lang: 'nl', colon: false},
  {phrase: 'door', lang: 'nl', colon: false},
  {phrase: 'tekst', lang: 'und', colon: true},
  {phrase: 'przez', lang: 'pl', colon: false},
  {phrase: 'autorka', lang: 'pl', colon: true},
  {phrase: 'автор', lang: 'und', colon: false},
  {phrase: 'авторы', lang: 'ru', colon: false},
  {phrase: 'автори', lang: 'uk', colon: false},
  {phrase: 'текст', lang: 'und', colon: true},
  {phrase: 'yazar', lang: 'tr', colon: true},
  {phrase: 'yazan', lang: 'tr', colon: true},
  {phrase: 'haber', lang: 'tr', colon: true}
]
