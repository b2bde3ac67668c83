/**
 * Job titles printed next to author names ("Jane Doe, Staff Writer",
 * "Senior Correspondent Jane Doe"). A run of role words is only taken for a
 * title when it holds at least one head word, so "Jane White" keeps "White"
 * while "Jane Doe White House Correspondent" loses "White House Correspondent".
 * All lower case; compared after case and diacritic folding.
 */

/** Nouns that name a newsroom job. */
export const ROLE_HEADS: readonly string[] = [
  // en
  'writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor', 'journalist',
  'producer', 'photographer', 'analyst', 'author', 'staff', 'intern', 'anchor', 'host', 'critic',
  'commentator', 'researcher', 'blogger', 'fellow', 'editor-at-large', 'editors', 'writers',
  'reporters', 'correspondents', 'officer', 'director', 'president', 'ceo', 'founder', 'co-founder',
  'professor', 'manager', 'chair', 'partner', 'team', 'desk', 'newsroom', 'head',
  // de
  'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'reporterin', 'autorin',
  'journalistin', 'volontär', 'volontärin', 'chefredakteur', 'chefredakteurin', 'ressortleiter',
  'ressortleiterin', 'mitarbeiter', 'mitarbeiterin', 'kolumnist', 'kolumnistin',
  // fr
  'journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'envoyé', 'envoyée',
  'chroniqueur', 'chroniqueuse', 'éditorialiste',
  // es, pt, it
  'periodista', 'redactor', 'redactora', 'corresponsal', 'enviado', 'enviada', 'columnista',
  'reportero', 'reportera', 'jornalista', 'repórter', 'redator', 'redatora', 'correspondente',
  'colunista', 'giornalista', 'redattore', 'redattrice', 'corrispondente', 'inviato', 'inviata',
  'editorialista',
  // nl, pl
  'redacteur', 'verslaggever', 'dziennikarz', 'dziennikarka', 'redaktor', 'redaktorka',
  'korespondent', 'korespondentka', 'reporterka', 'publicysta', 'publicystka',
  // ru, uk
  'корреспондент', 'журналист', 'журналистка', 'обозреватель', 'редактор', 'корр', 'спецкор',
  'кореспондент', 'журналіст', 'журналістка', 'оглядач',
  // tr
  'muhabir', 'muhabiri', 'muhabirimiz', 'editör', 'editörü', 'yazarı', 'köşe yazarı'
]

/** Words that qualify a job title; they go with a head word, never alone. */
export const ROLE_MODIFIERS: readonly string[] = [
  'senior', 'chief', 'political', 'deputy', 'managing', 'associate', 'assistant', 'executive',
  'bureau', 'news', 'desk', 'special', 'freelance', 'investigative', 'foreign', 'national',
  'international', 'economics', 'economy', 'business', 'science', 'health', 'technology', 'tech',
  'sports', 'sport', 'entertainment', 'culture', 'features', 'digital', 'social', 'media', 'video',
  'data', 'legal', 'affairs', 'white', 'house', 'washington', 'europe', 'contributing', 'staff',
  'lead', 'principal', 'general', 'global', 'royal', 'crime', 'politics', 'climate', 'education',
  'environment', 'at', 'large', 'the', 'our', 'of', 'and', 'opinion', 'guest', 'healthcare', 'city',
  'metro', 'state', 'graphics', 'visual', 'photo', 'multimedia', 'audience', 'commerce', 'shopping',
  'deals', 'reviews', 'product', 'fashion', 'beauty', 'style', 'travel', 'food', 'arts', 'weekend',
  'night', 'morning', 'breaking', 'trending', 'energy', 'finance', 'markets', 'money', 'security',
  'defense', 'justice', 'courts', 'campaign', 'election', 'congressional', 'capitol', 'world',
  'investigations', 'enterprise', 'homepage', 'social-media', 'editorial', 'research',
  'leitender', 'leitende', 'freier', 'freie', 'stellvertretender', 'stellvertretende',
  'spécial', 'spéciale', 'permanent', 'permanente', 'en', 'chef', 'especial', 'jefe', 'speciale',
  'naczelny', 'naczelna', 'специальный', 'собственный', 'старший', 'главный', 'спеціальний',
  'головний', 'özel', 'haber'
]
