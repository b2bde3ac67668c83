/**
 * The two halves of a related-block heading that the whole-line lists of
 * `phrases.ts` do not hold: a word that says "other" or "more" ("Weitere",
 * "Otras", "Popular") and a word that says "articles" ("Beiträge",
 * "Noticias", "Stories"). A short heading with one of each opens a teaser
 * list in every language unspun knows: "Weitere Beiträge aus der Kolumne",
 * "Otras Noticias", "Die meistgelesenen Artikel", "Notas relacionadas".
 *
 * Lower case; matched as whole words.
 */

import type {PhraseLang} from './phrases.js'

/** The two word lists of one language. */
export interface RelatedWords {
  /** "More", "other", "related", "popular", "latest", "recommended"… */
  readonly modifiers: readonly string[]
  /** "Articles", "posts", "stories", "news"… (plural mostly: a heading names a list). */
  readonly nouns: readonly string[]
}

/** Both lists, by language. */
export const RELATED_WORDS: Readonly<Record<PhraseLang, RelatedWords>> = {
  en: {
    modifiers: ['more', 'other', 'related', 'similar', 'popular', 'latest', 'recent', 'recommended', 'top', 'trending', 'further', 'featured', 'most'],
    nouns: ['articles', 'posts', 'stories', 'news', 'reads', 'videos', 'topics', 'headlines', 'guides', 'reviews']
  },
  de: {
    modifiers: ['mehr', 'weitere', 'weiteren', 'andere', 'anderen', 'ähnliche', 'verwandte', 'beliebte', 'beliebteste', 'beliebtesten', 'neueste', 'neuesten', 'aktuelle', 'aktuellen', 'meistgelesene', 'meistgelesenen', 'meistgeklickte', 'empfohlene', 'top', 'letzte', 'passende'],
    nouns: ['beiträge', 'artikel', 'themen', 'nachrichten', 'meldungen', 'news', 'geschichten', 'stories', 'videos', 'kolumnen', 'texte', 'berichte', 'tipps']
  },
  fr: {
    modifiers: ['plus', 'autres', 'similaires', 'populaires', 'derniers', 'dernières', 'recommandés', 'associés', 'connexes'],
    nouns: ['articles', 'actualités', 'sujets', 'billets', 'infos', 'vidéos', 'publications', 'contenus', 'dossiers']
  },
  es: {
    modifiers: ['más', 'otras', 'otros', 'relacionadas', 'relacionados', 'similares', 'populares', 'últimas', 'últimos', 'recomendados', 'recomendadas', 'destacadas', 'destacados'],
    nouns: ['noticias', 'notas', 'artículos', 'publicaciones', 'historias', 'entradas', 'temas', 'vídeos', 'contenidos']
  },
  it: {
    modifiers: ['altri', 'altre', 'correlati', 'correlate', 'simili', 'popolari', 'ultimi', 'ultime', 'consigliati', 'più'],
    nouns: ['articoli', 'notizie', 'storie', 'contenuti', 'argomenti']
  },
  pt: {
    modifiers: ['mais', 'outras', 'outros', 'relacionadas', 'relacionados', 'semelhantes', 'populares', 'últimas', 'últimos', 'recomendados'],
    nouns: ['artigos', 'notícias', 'matérias', 'publicações', 'histórias', 'vídeos', 'conteúdos']
  },
  nl: {
    modifiers: ['meer', 'andere', 'gerelateerde', 'populaire', 'laatste', 'nieuwste', 'aanbevolen', 'vergelijkbare'],
    nouns: ['artikelen', 'berichten', 'nieuws', 'verhalen', 'onderwerpen']
  },
  pl: {
    modifiers: ['więcej', 'inne', 'powiązane', 'podobne', 'popularne', 'najnowsze', 'polecane', 'najczęściej'],
    nouns: ['artykuły', 'artykułów', 'wiadomości', 'tematy', 'wpisy', 'teksty', 'materiały']
  },
  ru: {
    modifiers: ['другие', 'похожие', 'популярные', 'последние', 'ещё', 'еще', 'рекомендуем', 'читаемые', 'самые'],
    nouns: ['статьи', 'новости', 'материалы', 'публикации', 'записи', 'статей', 'новостей', 'материалов']
  },
  uk: {
    modifiers: ['інші', 'схожі', 'популярні', 'останні', 'ще', 'рекомендуємо'],
    nouns: ['статті', 'новини', 'матеріали', 'публікації', 'записи', 'статей', 'новин']
  },
  tr: {
    modifiers: ['diğer', 'benzer', 'popüler', 'son', 'ilgili', 'önerilen', 'daha'],
    nouns: ['haberler', 'yazılar', 'makaleler', 'içerikler']
  }
}
