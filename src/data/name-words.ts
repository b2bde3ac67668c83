/**
 * Small word lists `names.ts` reads to tell a list of names from prose. All
 * lower case; compared after case and diacritic folding.
 */

/** Lower-case parts of family names ("Ludwig van Beethoven", "Bashar al-Assad"). */
export const NAME_PARTICLES: readonly string[] = [
  'van', 'von', 'de', 'da', 'di', 'del', 'della', 'dello', 'der', 'den', 'des', 'du', 'la', 'le',
  'lo', 'bin', 'bint', 'ibn', 'al', 'el', 'ten', 'ter', 'zu', 'zum', 'dos', 'das', 'do', 'af',
  'av', "van't"
]

/**
 * Particles that are also articles ("La", "Le", "El", "Der", "De"): a
 * byline's name does not start with one ("Por La Cultura"), while "Van",
 * "Al" and "Di" are also first names ("Van Morrison", "Al Griffin").
 */
export const ARTICLE_PARTICLES: readonly string[] = [
  'la', 'le', 'el', 'lo', 'il', 'der', 'die', 'das', 'den', 'des', 'du', 'de', 'del', 'della',
  'dello', 'dos', 'do'
]

/** Words that join names in a list ("Jane Doe and John Roe", "Max Mustermann und Erika Musterfrau"). */
export const NAME_CONJUNCTIONS: readonly string[] = [
  'and', 'und', 'et', 'y', 'e', 'i', 'en', 've', 'и', 'і', 'та', 'with', 'mit', 'avec', 'con', 'com'
]

/**
 * Words after which a byline names an outlet or a place, not a person
 * ("Jane Doe for Dailymail.com", "Jane Doe in Kyiv"): the name ends there.
 */
export const NAME_ENDERS: readonly string[] = [
  'for', 'für', 'pour', 'para', 'per', 'voor', 'dla', 'для', 'in', 'aus', 'from', 'à', 'em', 'w', 'из',
  'з', 'у', 'в', 'is', 'was', 'ist', 'war', 'est', 'était', 'es', 'era', 'è', 'é', 'foi', 'jest',
  'был', 'была', 'является', 'covers', 'reports', 'writes', 'schreibt', 'berichtet'
]

/**
 * Words that never stand in a name: articles, pronouns, prepositions, verbs
 * of prose. Words that are also first names ("Will", "Les", "May") are left out.
 */
export const NON_NAME_WORDS: readonly string[] = [
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'from', 'this', 'that', 'these', 'those', 'is',
  'are', 'was', 'were', 'has', 'have', 'had', 'it', 'he', 'she', 'they', 'we', 'you', 'i',
  'my', 'our', 'your', 'his', 'her', 'its', 'their', 'not', 'but', 'or', 'as', 'about', 'after',
  'before', 'how', 'what', 'why', 'when', 'where', 'who', 'said', 'says', 'with', 'for', 'by', 'and',
  'up', 'down', 'out', 'into', 'over', 'off', 'than', 'then', 'there', 'here', 'all', 'more', 'most',
  'die', 'ein', 'eine', 'und', 'ist', 'mit', 'auf', 'für', 'im', 'nicht', 'sagte', 'hat',
  'un', 'une', 'est', 'pour', 'dans', 'sur', 'et', 'ailleurs', 'los', 'las', 'una', 'es',
  'para', 'con', 'favor', 'il', 'gli', 'che', 'het', 'een', 'op', 'met', 'się', 'jest', 'и', 'в',
  'на', 'с', 'не', 'bir', 've', 'bu', 'için', 'ile'
]

/**
 * Navigation and section words that are capitalised like names but are not
 * ("Home", "News", "Read more"). Whole-string matches only.
 */
export const HEADING_WORDS: readonly string[] = [
  'home', 'news', 'sport', 'sports', 'read more', 'more', 'menu', 'search', 'share', 'login',
  'log in', 'sign in', 'sign up', 'subscribe', 'newsletter', 'newsletters', 'contact', 'contact us',
  'about', 'about us', 'weather', 'politics', 'business', 'opinion', 'video', 'videos', 'podcast',
  'podcasts', 'world', 'culture', 'travel', 'tech', 'technology', 'science', 'health',
  'entertainment', 'lifestyle', 'top stories', 'latest', 'latest news', 'breaking news', 'live',
  'related', 'advertisement', 'comments', 'follow us', 'privacy policy', 'terms of use',
  'skip to content', 'more news', 'close', 'markets', 'money', 'style', 'food', 'music', 'books',
  'arts', 'local', 'national', 'international', 'world news', 'us news', 'uk news', 'editorial',
  'startseite', 'nachrichten', 'politik', 'wirtschaft', 'mehr', 'suche', 'menü', 'anmelden',
  'abonnieren', 'kontakt', 'impressum', 'datenschutz', 'weiterlesen', 'mehr lesen', 'kultur',
  'wissen', 'panorama', 'meinung', 'accueil', 'actualités', 'politique', 'économie',
  'lire la suite', 'recherche', 'connexion', "s'abonner", 'inicio', 'noticias', 'deportes',
  'política', 'economía', 'leer más', 'buscar', 'opinión', 'notizie', 'home page', 'cronaca',
  'politica', 'economia', 'leggi anche', 'início', 'notícias', 'esportes', 'desporto', 'leia mais',
  'nieuws', 'binnenland', 'buitenland', 'lees meer', 'zoeken', 'wiadomości', 'polityka',
  'czytaj więcej', 'szukaj', 'новости', 'главная', 'спорт', 'политика', 'экономика',
  'читать далее', 'новини', 'головна', 'політика', 'haberler', 'anasayfa', 'ana sayfa', 'spor',
  'gündem', 'ekonomi', 'dünya'
]

/**
 * Words left dangling at the end of a byline once a date or time after it
 * is cut off ("Jane Doe on", "Jean Dupont il y a", "Jan Jansen geleden").
 * Only stripped from the end, and only after such a cut.
 */
export const DATE_FILLERS: readonly string[] = [
  'vor', 'hace', 'há', 'fa', 'geleden', 'temu', 'назад', 'тому', 'önce', 'il', 'y', 'a', 'ago', 'since',
  'le', 'la', 'el', 'am', 'um', 'on', 'at', 'vom', 'de', 'del', 'du', 'em', 'op', 'dnia', 'w', 'от', 'в'
]
