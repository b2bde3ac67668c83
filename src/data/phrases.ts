/**
 * Words and phrases of page chrome, in the eleven languages unspun knows.
 *
 * The detectors do not read these lists directly: `phrase-match.ts` builds
 * lookup tables from them once, at module load. Every entry is lower case,
 * uses the ASCII apostrophe, and has no trailing punctuation, except where
 * the punctuation is the point ("photo:" in `caption`, "fot." in Polish).
 * Entries are compared token by token, so "e-mail" also finds "E-Mail" and
 * "photo:" also finds "Photo :".
 *
 * The rule for adding an entry: it must be sure. An entry of a whole-line
 * field must not be a line an article would commonly print in full (a
 * sentence, a subheading); an entry of a substring field must not be common
 * in article prose. Words that are only a weak hint (German "zustimmen",
 * Russian "войти") live in the weak fields (`cookieWeak`, `signIn`) so that a
 * detector can ask for more evidence before it acts on them.
 */

import {APPEALS, type AppealSet} from './appeals.js'

/** The languages the phrase lists cover (ISO 639-1). */
export type PhraseLang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'ru' | 'uk' | 'tr'

/**
 * Every language, in lookup order. When one entry belongs to several
 * languages ("autor"), the first language of this list is reported, so that
 * answers are deterministic.
 */
export const PHRASE_LANGS: readonly PhraseLang[] = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'tr']

/** The phrase lists of one language. Each field says how it is meant to be matched. */
export interface PhraseSet extends AppealSet {
  /**
   * Whole line: a heading that opens a related, promo or teaser block
   * ("Don't miss", "Lesen Sie auch", "Читайте также").
   */
  readonly related: readonly string[]
  /**
   * Line start: a heading made of a prefix and a site, section or topic name
   * ("More from Business", "Mehr aus Berlin"). Some prefixes open ordinary
   * sentences too (French "plus de", Spanish "más de"), so a detector must
   * check that the line is short and reads like a heading.
   */
  readonly relatedPrefixes: readonly string[]
  /** Whole line: a link label that leads to the rest of a teaser ("Read more", "Weiterlesen"). */
  readonly readMore: readonly string[]
  /**
   * Tokens of a share or social line; a short line made only of these, numbers
   * and separators is chrome ("Share · Tweet · Email", "1.2K Shares").
   */
  readonly share: readonly string[]
  /** Substring: marks a subscribe, newsletter, sign-in or paywall line. */
  readonly subscribe: readonly string[]
  /**
   * Whole line: account controls whose words are also ordinary verbs
   * (Portuguese "entrar", Russian "войти", German "anmelden"), so they only
   * count when they are the whole line.
   */
  readonly signIn: readonly string[]
  /** Substring: marks a cookie or consent notice on its own. */
  readonly cookie: readonly string[]
  /**
   * Substring, weak: consent words that are common in article prose too
   * ("consent", "zustimmen", "zgoda"); a hint only when a `cookie` entry or
   * another notice line is near.
   */
  readonly cookieWeak: readonly string[]
  /** Whole line: an advertisement marker ("Advertisement", "Anzeige", "Story continues below advertisement"). */
  readonly advertisement: readonly string[]
  /** Substring: marks a copyright line ("All rights reserved", "©"). */
  readonly copyright: readonly string[]
  /** Whole line: a footer link to a legal or about page ("Privacy policy", "Impressum"). */
  readonly legal: readonly string[]
  /**
   * Whole line, or line start before a count: the heading or a control of a
   * comment section ("Comments", "12 Comments", "Leave a reply").
   */
  readonly comments: readonly string[]
  /**
   * Line start: the word that introduces an author name ("By", "Von", "Par").
   * It also starts ordinary sentences ("By 2030 the city…"), so a detector
   * must check that the rest of the line is a name.
   */
  readonly bylinePrefixes: readonly string[]
  /** Whole line or line start: the label of an author footer ("About the author", "Über den Autor"). */
  readonly authorLabels: readonly string[]
  /** Line start: the label of a date printed by the page chrome ("Today is", "Heute"). */
  readonly today: readonly string[]
  /**
   * Substring: marks a photo caption or credit ("Photo:", "Getty Images",
   * "Reuters/"). Safe anywhere in a line, unlike `captionStarts`.
   */
  readonly caption: readonly string[]
  /**
   * Line start only: a bare credit word that would be ordinary inside a
   * sentence ("Фото РИА Новости", "Fot. Jan Kowalski").
   */
  readonly captionStarts: readonly string[]
  /** Whole line: a control of a photo or gallery widget ("Hide caption", "Enlarge this image"). */
  readonly captionControls: readonly string[]
  /** Whole line: pure site navigation ("Skip to content", "Back to top", "Startseite"). */
  readonly navigation: readonly string[]
}

/** The name of one phrase list. */
export type PhraseField = keyof PhraseSet

/**
 * The fields whose entries may occur anywhere in a line. Every other field is
 * a heading or a label: `containsPhrase` only reports it when the rest of the
 * line is numbers and punctuation ("Comments (12)").
 */
export const SUBSTRING_FIELDS: ReadonlySet<PhraseField> = new Set<PhraseField>([
  'subscribe',
  'cookie',
  'cookieWeak',
  'copyright',
  'caption',
  'appeal',
  'commentInvite',
  'disclosure',
])

const en: PhraseSet = {
  ...APPEALS.en,
  related: [ 'explore further', 'we recommend', 'recommended videos', 'more videos', 'most read in', 'popular in', 'trending in', 'recent posts', 'popular posts', 'recent articles', 'you might also enjoy', 'you may also enjoy', 'related reads',
    "don't miss", 'do not miss', 'read more', 'read also', 'also read', 'read next', 'read this next',
    'related', 'related articles', 'related article', 'related stories', 'related story', 'related content',
    'related posts', 'related news', 'related coverage', 'related topics', 'related links', 'related reading',
    'related videos', 'you may also like', 'you might also like', 'you may like', 'you might like',
    'you may be interested in', 'you might be interested in', 'you may have missed', 'more stories', 'more news',
    'more articles', 'more top stories', 'more like this', 'more for you', 'more to explore', 'explore more',
    'recommended', 'recommended for you', 'recommended stories', 'recommended reading', 'recommended articles',
    'trending', 'trending now', 'trending stories', 'trending news', 'trending topics', 'popular now',
    'popular', 'popular stories', 'most popular', 'most read', 'most viewed', 'most shared', 'most commented',
    'latest', 'latest news', 'latest stories', 'latest articles', 'top stories', 'top news',
    "editor's picks", "editors' picks", "editor's choice", 'see also', 'further reading', 'what to read next',
    'up next', 'more on this story', 'more on this topic', 'sponsored stories', 'promoted stories',
    'around the web', 'from the web', 'elsewhere on the web', 'from our partners', 'in case you missed it',
    'must read', 'must reads', 'keep reading', 'watch next',
  ],
  relatedPrefixes: [ 'most read in', 'popular in', 'trending in', 'latest in',
    'more from', 'more in', 'more on', 'more about', 'more stories from', 'more articles from', 'also on',
    'trending on', 'latest from', 'most popular on', 'read more about',
  ],
  readMore: [
    'read more', 'continue reading', 'read full story', 'read the full story', 'read full article',
    'read the full article', 'read the rest', 'read the rest of this story', 'read on', 'keep reading',
    'full story', 'see more', 'show more', 'load more', 'view more', 'read more here',
    'click here to read more', 'continue reading the main story', 'continue to article', 'expand article',
  ],
  share: [ 'like this',
    'share', 'shares', 'share this', 'share this article', 'share this story', 'share this post',
    'share this page', 'share article', 'share story', 'share on', 'share via', 'share by email',
    'share on facebook', 'share on twitter', 'share on x', 'share on linkedin', 'share on whatsapp',
    'share all sharing options', 'sharing options', 'tweet', 'tweet this', 'post', 'pin', 'pin it',
    'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'pinterest', 'reddit', 'tumblr', 'threads',
    'bluesky', 'mastodon', 'email', 'e-mail', 'mail', 'sms', 'print', 'copy link', 'copy url', 'link copied',
    'copied', 'messenger', 'flipboard', 'pocket', 'xing', 'vk', 'gift this article', 'gift article', 'gift',
    'save', 'save article', 'saved', 'bookmark', 'like', 'comment', 'comments',
    // WordPress share buttons: "Click to share on Facebook (Opens in new window)".
    'click to share on', 'click to share', 'click to email a link to a friend', 'click to email this to a friend',
    'click to print', 'click to copy url', 'click to copy link', 'opens in new window', 'opens in a new window',
  ],
  subscribe: [ 'subscription', 'subscriptions', 'yearly subscription', 'monthly subscription', 'receive our newsletter', 'receive our monthly newsletter', 'receive our weekly newsletter', 'support our journalism', 'donate now', 'unsubscribe', 'no spam', 'unsubscribe at any time', 'subscribed', 'stay up to date with', 'like this article?', 'get our newsletter',
    'subscribe', 'subscriber', 'subscribers only', 'subscriber only', 'for subscribers', 'already a subscriber',
    'exclusive to subscribers', 'subscriber exclusive', 'newsletter', 'newsletters', 'sign up', 'sign in',
    'log in', 'login', 'log-in', 'sign out', 'log out', 'create an account', 'create a free account',
    'create your free account', 'already have an account', 'register for free', 'premium content',
    'unlock this article', 'unlock unlimited access', 'unlimited digital access', 'start your free trial',
    'manage your subscription', 'manage subscription', 'delivered to your inbox', 'straight to your inbox',
    'in your inbox', 'thanks for signing up', 'by signing up', 'forgot your password', 'forgot password',
  ],
  signIn: [
    'sign in', 'sign up', 'log in', 'login', 'log out', 'logout', 'sign out', 'register', 'my account',
    'account', 'create account',
  ],
  cookie: [ 'third-party content', 'load external content',
    'cookie', 'cookies', 'cookie policy', 'cookie settings', 'cookie preferences', 'privacy settings',
    'privacy preferences', 'your privacy choices', 'manage consent', 'manage preferences', 'consent preferences',
    'accept all', 'reject all', 'we use cookies',
    'do not sell or share my personal information', 'do not sell my personal information',
  ],
  cookieWeak: ['consent', 'gdpr', 'accept', 'reject', 'tracking', 'personal data', 'third parties', 'partners'],
  advertisement: [
    'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsor content',
    'paid content', 'paid post', 'partner content', 'promoted', 'promoted content', 'advertiser content',
    'ad feature', 'story continues below advertisement', 'story continues below', 'article continues below',
    'article continues below advertisement', 'article continues after advertisement',
    'scroll to continue with content', 'continue reading below', 'advertisement - continue reading below',
    'advertisement - scroll to continue', 'skip advertisement', 'report this ad', 'ad feedback', 'ad choices',
    'adchoices',
  ],
  copyright: [
    'all rights reserved', 'copyright ©', '©', '(c) copyright', 'reproduction without permission',
    'may not be published, broadcast, rewritten', 'may not be reproduced',
  ],
  legal: [
    'privacy policy', 'privacy notice', 'privacy statement', 'privacy', 'privacy center', 'terms',
    'terms of use', 'terms of service', 'terms and conditions', 'terms & conditions', 'cookie policy',
    'cookies policy', 'cookie settings', 'contact us', 'contact', 'about us', 'about', 'accessibility',
    'accessibility statement', 'accessibility help', 'sitemap', 'site map', 'imprint', 'legal', 'legal notice',
    'disclaimer', 'advertise', 'advertise with us', 'careers', 'help', 'help center', 'faq', 'faqs',
    'code of conduct', 'community guidelines', 'editorial guidelines', 'copyright policy', 'ad choices',
    'your privacy choices', 'california privacy rights', 'your california privacy rights',
    'do not sell my personal information', 'do not sell or share my personal information', 'reprints',
    'reprints and permissions', 'reprints & permissions', 'masthead', 'rss', 'rss feeds', 'feedback',
    'customer service', 'work with us', 'media kit', 'manage cookies', 'cookie preferences',
  ],
  comments: [ 'top rated comments', 'top comments', 'most popular comments', 'all comments', 'latest comments', 'recent comments', 'featured comments',
    'comments', 'comment', 'leave a comment', 'leave a reply', 'post a comment', 'add your comment',
    'add a comment', 'have your say', 'reader comments', 'join the conversation', 'join the discussion',
    'start the conversation', 'show comments', 'view comments', 'see comments', 'load comments',
    'loading comments', 'hide comments', 'no comments yet', 'be the first to comment', 'comment policy',
    'comments are closed', 'comments closed', 'log in to comment', 'sign in to comment',
    'login to leave a comment', 'comment on this story', 'comment on this article', 'cancel reply',
    'post comment', 'submit comment',
  ],
  bylinePrefixes: [
    'by', 'written by', 'words by', 'posted by', 'story by', 'reporting by', 'reported by', 'published by',
  ],
  authorLabels: [
    'author', 'authors', 'about the author', 'about the authors', 'written by', 'contributor', 'contributors',
    'author bio',
  ],
  today: ['today', 'today is', "today's date"],
  caption: [ 'illustration by', 'illustration:', 'illustration on',
    'photo:', 'photos:', 'photo by', 'photos by', 'photograph:', 'photograph by', 'photographs by', 'image:',
    'images:', 'image by', 'picture:', 'pictured:', 'credit:', 'credits:', 'image credit', 'photo credit',
    'photo credits', 'source:', 'getty images', 'afp via getty images', 'via getty images', 'ap photo',
    'afp photo', 'reuters/', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'alamy stock photo',
    'picture alliance', 'imago images', 'photo courtesy', 'file photo',
  ],
  captionStarts: ['photo', 'photos', 'courtesy of', 'courtesy', 'credit', 'image credit'],
  captionControls: [
    'buy photo', 'buy image', 'enlarge this image', 'enlarge', 'hide caption', 'show caption', 'toggle caption',
    'caption', 'view gallery', 'open gallery', 'close gallery', 'view image', 'view full image', 'expand',
    'expand image', 'fullscreen', 'full screen', 'wait 1 second', 'previous image', 'next image',
    'view slideshow', 'slideshow', 'gallery', 'play video', 'watch video',
  ],
  navigation: [ 'previous post', 'next post', 'back to list', 'table of contents', 'contents',
    'home', 'homepage', 'menu', 'main menu', 'open menu', 'close menu', 'toggle menu', 'toggle navigation',
    'open navigation menu', 'navigation', 'search', 'search for', 'submit search', 'toggle search',
    'skip to content', 'skip to main content', 'skip to navigation', 'skip navigation', 'back to top',
    'back to home', 'go to top', 'top', 'next', 'previous', 'prev', 'next article', 'previous article',
    'close', 'open', 'more', 'sections', 'all sections', 'follow us', 'follow', 'connect with us',
    'stay connected', 'download the app', 'get the app', 'listen', 'listen to this article',
    'listen to article', 'play', 'pause', 'loading', 'view all', 'see all', 'learn more', 'dismiss', 'tags',
    'topics', '×', '✕',
  ],
}

const de: PhraseSet = {
  ...APPEALS.de,
  related: [ 'auch lesen', 'lesen sie hier', 'lesen sie dazu', 'empfohlen für dich', 'das thema könnte dich auch interessieren', 'noch mehr infos für dich', 'noch mehr infos', 'mehr infos', 'das könnte dich auch interessieren', 'das könnte dich interessieren', 'das könnte ihnen auch gefallen', 'das könnte dir auch gefallen', 'schon gelesen', 'empfehlungen aus der redaktion', 'diese beiträge solltest du nicht verpassen', 'weitere beiträge', 'ähnliche beiträge', 'verwandte beiträge', 'beliebte beiträge', 'neueste beiträge', 'aktuelle beiträge', 'letzte beiträge', 'meistgelesene beiträge',
    'lesen sie auch', 'lesen sie dazu auch', 'mehr zum thema', 'zum thema', 'das könnte sie auch interessieren',
    'das könnte sie interessieren', 'weitere artikel', 'weitere nachrichten', 'weitere themen', 'mehr artikel',
    'meistgelesen', 'meistgelesene artikel', 'meist gelesen', 'empfohlen', 'empfehlungen',
    'unsere empfehlungen', 'auch interessant', 'auch lesenswert', 'verwandte artikel', 'verwandte themen',
    'ähnliche artikel', 'passend zum thema', 'nicht verpassen', 'neueste artikel', 'top-themen',
    'aktuelle nachrichten', 'beliebt', 'mehr aus dem ressort',
  ],
  relatedPrefixes: [ 'weitere beiträge zu', 'weitere beiträge zum thema','mehr aus', 'mehr zu', 'mehr zum thema', 'mehr von', 'weitere artikel aus', 'weitere artikel zum thema'],
  readMore: [
    'weiterlesen', 'mehr lesen', 'hier weiterlesen', 'mehr erfahren', 'artikel lesen', 'zum artikel',
    'ganzen artikel lesen', 'mehr anzeigen', 'alles lesen', 'lesen sie mehr',
  ],
  share: [ 'teilen mit', 'teilen sie dies mit', 'sharen mit', 'gefällt mir', 'gefällt mir wird geladen', 'jetzt teilen', 'mit freunden teilen', 'beitrag teilen', 'seite teilen', 'per e-mail teilen',
    'teilen', 'artikel teilen', 'teilen auf', 'drucken', 'link kopieren', 'link kopiert', 'merken',
    'artikel merken', 'speichern', 'versenden', 'artikel verschenken', 'verschenken', 'kommentare',
  ],
  subscribe: [ 'mit der anmeldung stimme ich', 'newsletter bestellen', 'jetzt spenden', 'jede kleine spende', 'unterstützen sie unsere arbeit',
    'abonnieren', 'jetzt abonnieren', 'abonnement', 'abonnent', 'abonnenten', 'bereits abonnent',
    'schon abonnent', 'für abonnenten', 'exklusiv für abonnenten', 'newsletter', 'newsletter abonnieren',
    'jetzt anmelden', 'hier anmelden', 'zum newsletter anmelden', 'kostenlos registrieren', 'jetzt registrieren',
    'jetzt testen', 'kostenlos testen', 'gratis testen', 'abo abschließen', 'jetzt abo abschließen',
  ],
  signIn: [
    'anmelden', 'abmelden', 'einloggen', 'ausloggen', 'registrieren', 'mein konto', 'konto', 'login',
  ],
  cookie: [ 'externer inhalt', 'externe inhalte', 'empfohlener redaktioneller inhalt', 'inhalt laden', 'inhalte laden',
    'datenschutzeinstellungen', 'privatsphäre-einstellungen', 'cookie-einstellungen', 'alle akzeptieren',
    'alle ablehnen', 'einwilligung verwalten', 'zustimmen und weiter', 'akzeptieren und weiter',
    'cookie-richtlinie', 'cookies zulassen',
  ],
  cookieWeak: ['einwilligung', 'zustimmen', 'akzeptieren', 'ablehnen', 'dsgvo', 'personenbezogene daten', 'drittanbieter'],
  advertisement: [
    'anzeige', 'werbung', 'gesponsert', 'advertorial', 'weiterlesen nach der anzeige',
    'lesen sie nach der anzeige weiter', 'weiter nach der anzeige', 'artikel wird nach der anzeige fortgesetzt',
  ],
  copyright: ['alle rechte vorbehalten', 'urheberrechtlich geschützt', 'nachdruck nur mit genehmigung'],
  legal: [
    'impressum', 'datenschutz', 'datenschutzerklärung', 'datenschutzhinweise', 'agb', 'kontakt',
    'nutzungsbedingungen', 'barrierefreiheit', 'über uns', 'mediadaten', 'cookie-einstellungen', 'hilfe',
    'karriere', 'jugendschutz',
  ],
  comments: [ 'hinterlasse eine antwort', 'hinterlasse einen kommentar', 'kommentieren sie hier', 'ihre meinung zu diesem thema', 'ihre meinung', 'schreiben sie einen kommentar', 'schreibe einen kommentar',
    'kommentare', 'kommentieren', 'leserkommentare', 'diskutieren sie mit', 'kommentar schreiben',
    'kommentar verfassen', 'jetzt kommentieren', 'zu den kommentaren', 'kommentare anzeigen',
    'kommentare lesen',
  ],
  bylinePrefixes: ['von', 'text von', 'text', 'ein artikel von', 'ein beitrag von', 'autor', 'autorin'],
  authorLabels: ['autor', 'autorin', 'autoren', 'über den autor', 'über die autorin', 'über die autoren'],
  today: ['heute', 'heute ist'],
  caption: [
    'foto:', 'fotos:', 'bild:', 'bilder:', 'quelle:', 'bildquelle:', 'fotograf:', 'fotografin:',
    'picture alliance', 'imago images',
  ],
  captionStarts: ['foto', 'fotos', 'bildquelle'],
  captionControls: [ 'bild anzeigen', 'bilder anzeigen','bildergalerie', 'zur bildergalerie', 'galerie', 'vergrößern', 'bild vergrößern', 'vollbild'],
  navigation: [ 'vorheriger beitrag', 'nächster beitrag', 'zurück zur liste', 'zurück zur übersicht', 'inhalt', 'inhaltsverzeichnis',
    'startseite', 'suche', 'zurück', 'menü', 'navigation', 'schließen', 'mehr', 'weiter',
    'zum inhalt springen', 'zum hauptinhalt springen', 'nach oben', 'zurück nach oben', 'folgen sie uns',
    'ressorts', 'alle ressorts', 'artikel anhören', 'vorlesen', 'anhören', 'app herunterladen', 'wird geladen',
  ],
}

const fr: PhraseSet = {
  ...APPEALS.fr,
  related: [ 'pour approfondir',
    'à lire aussi', 'lire aussi', 'à lire également', 'lire également', 'lire la suite', 'sur le même sujet',
    'sur le même thème', 'dans la même rubrique', 'à voir aussi', 'à voir également', 'voir aussi',
    'articles similaires', 'articles liés', 'les plus lus', 'les plus populaires', 'les plus partagés',
    'les plus consultés', 'nos recommandations', 'recommandé pour vous', 'sélectionné pour vous',
    'vous aimerez aussi', 'vous aimerez aussi lire', 'vous pourriez aussi aimer', 'à découvrir',
    'à découvrir aussi', 'à ne pas manquer', 'dernières actualités', 'les dernières actualités',
    'dernières infos', 'tendances', 'en ce moment',
  ],
  relatedPrefixes: ["plus d'articles", 'plus sur', "plus d'infos sur", "d'autres articles", 'autres articles de'],
  readMore: [
    'lire la suite', 'lire plus', 'en savoir plus', 'voir plus', "lire l'article", "lire l'article complet",
    'afficher plus', 'continuer la lecture', 'la suite',
  ],
  share: [ "j'aime", "j'aime chargement", 'partager ceci',
    'partager', 'partagez', 'partager cet article', 'partager sur facebook', 'partager sur twitter',
    'partager sur', 'imprimer', 'copier le lien', 'lien copié', 'envoyer', 'enregistrer', 'sauvegarder',
    'offrir', 'offrir cet article', 'commentaires',
  ],
  subscribe: [
    "s'abonner", 'abonnez-vous', "je m'abonne", 'abonnement', 'déjà abonné', 'réservé aux abonnés',
    'article réservé aux abonnés', 'newsletter', "lettre d'information", 'inscrivez-vous', "s'inscrire",
    'se connecter', 'connectez-vous', 'créer un compte', "offre d'abonnement",
  ],
  signIn: ['connexion', 'se connecter', "s'identifier", 'mon compte', 'déconnexion', 'inscription', 'compte'],
  cookie: [
    'paramètres des cookies', 'gérer les cookies', 'tout accepter', 'tout refuser', 'accepter et fermer',
    'continuer sans accepter', 'gérer mes choix', 'paramétrer les cookies', 'traceurs',
  ],
  cookieWeak: ['consentement', 'accepter', 'refuser', 'rgpd', 'données personnelles', 'partenaires'],
  advertisement: [
    'publicité', 'pub', 'contenu sponsorisé', 'sponsorisé', 'article sponsorisé', 'contenu partenaire',
    'la suite après cette publicité', 'la suite après la publicité', 'publi-rédactionnel',
  ],
  copyright: ['tous droits réservés', 'tous droits de reproduction réservés'],
  legal: [
    'mentions légales', 'politique de confidentialité', "conditions générales d'utilisation", 'cgu', 'cgv',
    'contactez-nous', 'nous contacter', 'qui sommes-nous', 'plan du site', 'accessibilité',
    'gestion des cookies', 'politique de cookies', 'données personnelles', 'confidentialité',
  ],
  comments: [
    'commentaires', 'laisser un commentaire', 'réagir', 'réagissez', 'ajouter un commentaire',
    'voir les commentaires', 'afficher les commentaires', 'écrire un commentaire', 'réagir à cet article',
    'les commentaires sont fermés',
  ],
  bylinePrefixes: ['par', 'propos recueillis par', 'rédigé par', 'publié par'],
  authorLabels: ['auteur', 'autrice', "l'auteur", "à propos de l'auteur", "à propos de l'autrice"],
  today: ["aujourd'hui", "aujourd'hui nous sommes le"],
  caption: ['photo :', 'crédit photo', 'crédits photo', 'crédit :', 'crédits :', 'illustration :', 'source :'],
  captionStarts: ['photo'],
  captionControls: ['agrandir', 'voir la galerie', 'diaporama', 'galerie', "agrandir l'image", 'plein écran'],
  navigation: [
    'accueil', 'recherche', 'rechercher', 'menu', 'fermer', 'plus', 'suivant', 'précédent',
    'aller au contenu', 'aller au contenu principal', 'retour en haut', 'haut de page', 'suivez-nous',
    'rubriques', 'écouter', 'écouter cet article', 'chargement', "télécharger l'application",
  ],
}

const es: PhraseSet = {
  ...APPEALS.es,
  related: [ 'le puede interesar', 'le podría interesar', 'puedes ver', 'también puedes leer', 'lea más', 'lea', 'mirá también', 'infórmate más', 'informate más',
    'te puede interesar', 'también te puede interesar', 'te podría interesar', 'quizás te interese',
    'puede interesarte', 'lee también', 'lea también', 'leer más', 'noticias relacionadas',
    'artículos relacionados', 'contenido relacionado', 'relacionado', 'relacionadas', 'lo más leído',
    'lo más visto', 'más leídas', 'más leído', 'más noticias', 'últimas noticias', 'te recomendamos',
    'recomendados', 'tendencias', 'no te pierdas', 'mira también', 'ver también', 'también en',
  ],
  relatedPrefixes: ['más sobre', 'más noticias de', 'más artículos de'],
  readMore: [
    'leer más', 'lee más', 'seguir leyendo', 'sigue leyendo', 'continuar leyendo', 'ver más',
    'leer nota completa', 'leer artículo completo', 'mostrar más',
  ],
  share: [ 'compartir esto', 'comparte esto', 'me gusta',
    'compartir', 'comparte', 'compartir en facebook', 'compartir en twitter', 'compartir en', 'imprimir',
    'copiar enlace', 'enlace copiado', 'enviar', 'guardar', 'comentarios',
  ],
  subscribe: [
    'suscríbete', 'suscribirse', 'suscripción', 'suscriptor', 'suscriptores', 'exclusivo para suscriptores',
    'hazte suscriptor', 'ya eres suscriptor', 'newsletter', 'iniciar sesión', 'inicia sesión', 'regístrate',
    'crea una cuenta', 'crear cuenta',
  ],
  signIn: ['entrar', 'acceder', 'registrarse', 'mi cuenta', 'cerrar sesión', 'iniciar sesión', 'cuenta'],
  cookie: [
    'aceptar todas', 'rechazar todas', 'aceptar todo', 'rechazar todo', 'configuración de cookies',
    'aceptar cookies', 'política de cookies', 'configurar cookies',
  ],
  cookieWeak: ['aceptar', 'rechazar', 'consentimiento', 'rgpd', 'datos personales', 'socios'],
  advertisement: [
    'publicidad', 'patrocinado', 'contenido patrocinado', 'anuncio', 'contenido de marca',
  ],
  copyright: [
    'todos los derechos reservados', 'derechos reservados', 'prohibida su reproducción',
    'queda prohibida la reproducción',
  ],
  legal: [
    'aviso legal', 'política de privacidad', 'política de cookies', 'términos y condiciones',
    'condiciones de uso', 'contacto', 'contáctanos', 'quiénes somos', 'mapa del sitio', 'accesibilidad',
    'privacidad',
  ],
  comments: [
    'comentarios', 'deja un comentario', 'dejar un comentario', 'deja tu comentario', 'añadir comentario',
    'ver comentarios', 'escribe un comentario', 'comenta',
  ],
  bylinePrefixes: ['por', 'escrito por', 'texto'],
  authorLabels: ['autor', 'autora', 'sobre el autor', 'sobre la autora', 'acerca del autor'],
  today: ['hoy', 'hoy es'],
  caption: ['fotografía:', 'foto:', 'fotos:', 'imagen:', 'créditos:', 'crédito:', 'fuente:'],
  captionStarts: ['foto', 'fotos', 'fotografía'],
  captionControls: ['ampliar', 'ver galería', 'galería', 'ampliar imagen', 'pantalla completa'],
  navigation: [
    'inicio', 'portada', 'buscar', 'búsqueda', 'menú', 'cerrar', 'más', 'siguiente', 'anterior',
    'ir al contenido', 'saltar al contenido', 'volver arriba', 'síguenos', 'secciones', 'escuchar',
    'escuchar noticia', 'cargando', 'descarga la app',
  ],
}

const it: PhraseSet = {
  ...APPEALS.it,
  related: [
    'leggi anche', 'potrebbe interessarti', 'potrebbe interessarti anche', 'ti potrebbe interessare',
    'potrebbero interessarti', 'articoli correlati', 'notizie correlate', 'correlati', 'i più letti',
    'più letti', 'più lette', 'le più lette', 'leggi di più', 'da non perdere', 'consigliati',
    'consigliati per te', 'ti consigliamo', 'ultime notizie', 'altre notizie', 'vedi anche', 'guarda anche',
    'in evidenza',
  ],
  relatedPrefixes: ['altro da', 'altro su', 'altri articoli di', 'altre notizie su', 'altre notizie di'],
  readMore: [
    'leggi tutto', 'continua a leggere', 'leggi di più', "leggi l'articolo", "leggi l'articolo completo",
    'mostra altro', 'scopri di più', 'vedi altro',
  ],
  share: [ 'condividi questo', 'mi piace',
    'condividi', 'condividi su facebook', 'condividi su', 'stampa', 'invia', 'copia link', 'link copiato',
    'salva', 'commenti',
  ],
  subscribe: [
    'iscriviti', 'abbonati', 'abbonamento', 'abbonarsi', 'già abbonato', 'riservato agli abbonati',
    'contenuto riservato agli abbonati', 'newsletter', 'accedi per', 'registrati', 'crea un account',
  ],
  signIn: ['accedi', 'accedi o registrati', 'registrati', 'esci', 'il mio account', 'account'],
  cookie: [
    'accetta tutti', 'rifiuta tutti', 'accetta e chiudi', 'continua senza accettare', 'preferenze cookie',
    'gestisci i cookie',
  ],
  cookieWeak: ['acconsenti', 'accetta', 'rifiuta', 'consenso', 'gdpr', 'dati personali', 'partner'],
  advertisement: ['pubblicità', 'sponsorizzato', 'contenuto sponsorizzato', 'annuncio', 'contenuto promozionale'],
  copyright: ['tutti i diritti riservati', 'riproduzione riservata'],
  legal: [
    'note legali', 'privacy', 'privacy policy', 'cookie policy', 'termini e condizioni', "condizioni d'uso",
    'contatti', 'chi siamo', 'mappa del sito', 'accessibilità', 'informativa privacy',
    'informativa sulla privacy',
  ],
  comments: [
    'commenti', 'lascia un commento', 'commenta', 'scrivi un commento', 'aggiungi un commento',
    'mostra commenti', 'leggi i commenti',
  ],
  bylinePrefixes: ['di', 'a cura di', 'scritto da', 'testo di'],
  authorLabels: ['autore', "l'autore", 'autrice', "l'autrice", "sull'autore"],
  today: ['oggi', 'oggi è'],
  caption: ['foto:', 'fonte:', 'immagine:', 'credit:', 'crediti:'],
  captionStarts: ['foto'],
  captionControls: ['ingrandisci', 'galleria', 'apri la gallery', 'schermo intero'],
  navigation: [
    'home', 'cerca', 'menu', 'chiudi', 'altro', 'successivo', 'precedente', 'vai al contenuto', 'torna su',
    "torna all'inizio", 'seguici', 'sezioni', 'ascolta', "ascolta l'articolo", 'caricamento',
  ],
}

const pt: PhraseSet = {
  ...APPEALS.pt,
  related: [
    'leia também', 'leia mais', 'veja também', 'veja mais', 'notícias relacionadas', 'matérias relacionadas',
    'artigos relacionados', 'conteúdo relacionado', 'relacionadas', 'mais lidas', 'mais lidos', 'as mais lidas',
    'mais vistas', 'mais vistos', 'recomendados', 'recomendado para você', 'recomendadas para você',
    'você pode gostar', 'você também pode gostar', 'pode te interessar', 'pode interessar', 'últimas notícias',
    'mais notícias', 'não perca', 'em alta', 'tendências',
  ],
  relatedPrefixes: ['mais sobre', 'mais notícias de', 'mais artigos de'],
  readMore: [
    'leia mais', 'continuar lendo', 'continue lendo', 'ler mais', 'saiba mais', 'veja mais', 'ver mais',
    'ler artigo completo', 'leia a matéria completa', 'continuar a ler',
  ],
  share: [ 'compartilhe isso', 'compartilhar isso', 'curtir',
    'compartilhar', 'compartilhe', 'partilhar', 'partilhe', 'compartilhar no facebook', 'compartilhar no',
    'imprimir', 'copiar link', 'link copiado', 'enviar', 'salvar', 'guardar', 'comentários',
  ],
  subscribe: [
    'assine', 'assinante', 'assinantes', 'assinatura', 'inscreva-se', 'cadastre-se', 'newsletter',
    'exclusivo para assinantes', 'já é assinante', 'faça login', 'faça seu login', 'crie sua conta',
    'crie uma conta',
  ],
  signIn: ['entrar', 'entre', 'sair', 'minha conta', 'cadastre-se', 'cadastrar', 'conta', 'login'],
  cookie: [
    'aceitar todos', 'rejeitar todos', 'aceitar cookies', 'política de cookies', 'definições de cookies',
    'configurações de cookies', 'gerenciar cookies',
  ],
  cookieWeak: ['aceitar', 'rejeitar', 'consentimento', 'lgpd', 'rgpd', 'dados pessoais', 'parceiros'],
  advertisement: [
    'publicidade', 'patrocinado', 'conteúdo patrocinado', 'anúncio', 'continua após a publicidade',
    'conteúdo de marca',
  ],
  copyright: ['todos os direitos reservados', 'direitos reservados', 'proibida a reprodução'],
  legal: [
    'política de privacidade', 'termos de uso', 'termos e condições', 'contato', 'contacto', 'contactos',
    'fale conosco', 'quem somos', 'mapa do site', 'acessibilidade', 'política de cookies', 'ficha técnica',
    'expediente', 'privacidade',
  ],
  comments: [
    'comentários', 'deixe um comentário', 'deixe seu comentário', 'comente', 'ver comentários',
    'adicionar comentário', 'escreva um comentário',
  ],
  bylinePrefixes: ['por', 'escrito por', 'texto'],
  authorLabels: ['autor', 'autora', 'sobre o autor', 'sobre a autora'],
  today: ['hoje', 'hoje é'],
  caption: ['foto:', 'fotos:', 'fonte:', 'créditos:', 'crédito:', 'imagem:'],
  captionStarts: ['foto', 'fotos'],
  captionControls: ['ampliar imagem', 'ver galeria', 'galeria', 'ampliar', 'tela cheia', 'ecrã inteiro'],
  navigation: [
    'início', 'página inicial', 'buscar', 'pesquisar', 'busca', 'pesquisa', 'menu', 'fechar', 'mais',
    'próximo', 'anterior', 'ir para o conteúdo', 'pular para o conteúdo', 'voltar ao topo', 'siga-nos',
    'seções', 'secções', 'ouvir', 'ouça', 'ouvir notícia', 'carregando', 'a carregar',
  ],
}

const nl: PhraseSet = {
  ...APPEALS.nl,
  related: [
    'lees ook', 'lees meer', 'gerelateerd', 'gerelateerde artikelen', 'gerelateerde berichten', 'meest gelezen',
    'meest bekeken', 'aanbevolen', 'aanbevolen voor jou', 'ook interessant', 'misschien ook interessant',
    'dit vind je misschien ook leuk', 'meer nieuws', 'laatste nieuws', 'net binnen', 'populair',
    'meer over dit onderwerp', 'uitgelicht', 'bekijk ook',
  ],
  relatedPrefixes: ['meer van', 'meer over', 'meer nieuws over', 'meer artikelen over'],
  readMore: [
    'lees verder', 'lees meer', 'meer lezen', 'verder lezen', 'lees het hele artikel', 'toon meer', 'bekijk meer',
  ],
  share: [ 'delen met', 'vind ik leuk',
    'delen', 'deel', 'deel dit artikel', 'delen via', 'printen', 'afdrukken', 'kopieer link', 'link gekopieerd',
    'opslaan', 'bewaren', 'reacties',
  ],
  subscribe: [
    'abonneer', 'abonneren', 'abonnee', 'abonnees', 'word abonnee', 'al abonnee', 'alleen voor abonnees',
    'nieuwsbrief', 'inloggen', 'registreer', 'registreren', 'maak een account aan',
  ],
  signIn: ['inloggen', 'uitloggen', 'log in', 'registreren', 'mijn account', 'account'],
  cookie: [
    'alles accepteren', 'alle cookies accepteren', 'cookie-instellingen', 'cookiebeleid', 'cookieverklaring',
    'cookievoorkeuren',
  ],
  cookieWeak: ['toestemming', 'accepteren', 'weigeren', 'avg', 'persoonsgegevens', 'partners'],
  advertisement: [
    'advertentie', 'gesponsord', 'gesponsorde inhoud', 'reclame', 'lees verder na de advertentie',
    'lees verder onder de advertentie',
  ],
  copyright: ['alle rechten voorbehouden'],
  legal: [
    'privacybeleid', 'privacyverklaring', 'privacy', 'cookiebeleid', 'algemene voorwaarden',
    'gebruiksvoorwaarden', 'contact', 'over ons', 'colofon', 'disclaimer', 'toegankelijkheid',
  ],
  comments: [
    'reacties', 'reageer', 'reageren', 'plaats een reactie', 'laat een reactie achter', 'bekijk reacties',
    'toon reacties',
  ],
  bylinePrefixes: ['door', 'tekst'],
  authorLabels: ['auteur', 'over de auteur', 'over de schrijver'],
  today: ['vandaag'],
  caption: ['foto:', "foto's:", 'beeld:', 'bron:', 'afbeelding:'],
  captionStarts: ['foto', 'beeld'],
  captionControls: ['vergroten', 'fotoserie', 'bekijk fotoserie', 'volledig scherm'],
  navigation: [
    'home', 'zoeken', 'menu', 'sluiten', 'meer', 'volgende', 'vorige', 'naar de inhoud', 'ga naar inhoud',
    'terug naar boven', 'volg ons', 'rubrieken', 'luister', 'beluister', 'laden',
  ],
}

const pl: PhraseSet = {
  ...APPEALS.pl,
  related: [
    'czytaj także', 'czytaj też', 'czytaj również', 'czytaj więcej', 'zobacz także', 'zobacz też',
    'zobacz również', 'przeczytaj także', 'przeczytaj też', 'przeczytaj również', 'polecamy', 'polecane',
    'polecane artykuły', 'najczęściej czytane', 'najchętniej czytane', 'najpopularniejsze', 'najnowsze',
    'najnowsze artykuły', 'najnowsze wiadomości', 'powiązane', 'powiązane artykuły', 'podobne artykuły',
    'może cię zainteresować', 'może cię także zainteresować', 'więcej artykułów', 'więcej wiadomości',
    'nie przegap', 'popularne', 'na czasie',
  ],
  relatedPrefixes: ['więcej z', 'więcej o', 'więcej na temat', 'więcej artykułów z'],
  readMore: ['czytaj dalej', 'czytaj więcej', 'czytaj całość', 'pokaż więcej', 'zobacz więcej', 'rozwiń'],
  share: [ 'udostępnij to', 'lubię to',
    'udostępnij', 'podziel się', 'drukuj', 'kopiuj link', 'skopiuj link', 'link skopiowany', 'wyślij',
    'zapisz', 'komentarze',
  ],
  subscribe: [
    'subskrybuj', 'subskrypcja', 'subskrypcję', 'prenumerata', 'prenumeratę', 'zaloguj', 'zaloguj się',
    'zarejestruj się', 'newsletter', 'newslettera', 'zapisz się', 'załóż konto', 'wykup dostęp',
    'dostęp premium', 'tylko dla subskrybentów',
  ],
  signIn: ['zaloguj', 'zaloguj się', 'wyloguj', 'wyloguj się', 'zarejestruj się', 'moje konto', 'konto'],
  cookie: ['pliki cookie', 'plików cookie', 'zaakceptuj wszystkie', 'akceptuję wszystkie', 'ustawienia prywatności'],
  cookieWeak: ['zgoda', 'zgody', 'akceptuję', 'akceptuj', 'odrzuć', 'rodo', 'dane osobowe', 'partnerzy'],
  advertisement: [
    'reklama', 'materiał sponsorowany', 'artykuł sponsorowany', 'sponsorowane', 'materiał partnera',
    'dalsza część artykułu pod reklamą',
  ],
  copyright: ['wszelkie prawa zastrzeżone', 'wszystkie prawa zastrzeżone'],
  legal: [
    'polityka prywatności', 'polityka cookies', 'polityka plików cookie', 'regulamin', 'kontakt', 'o nas',
    'mapa strony', 'dostępność', 'deklaracja dostępności', 'warunki korzystania',
  ],
  comments: [
    'komentarze', 'dodaj komentarz', 'skomentuj', 'pokaż komentarze', 'zobacz komentarze',
    'napisz komentarz', 'brak komentarzy',
  ],
  bylinePrefixes: ['przez', 'autor', 'autorka', 'tekst', 'oprac', 'opracowanie'],
  authorLabels: ['autor', 'autorka', 'o autorze', 'o autorce'],
  today: ['dziś', 'dzisiaj', 'dziś jest'],
  caption: ['zdjęcie:', 'zdjęcia:', 'fot.', 'fot:', 'foto:', 'źródło:', 'zdj.'],
  captionStarts: ['fot', 'foto'],
  captionControls: ['powiększ', 'galeria', 'galeria zdjęć', 'zobacz galerię', 'pełny ekran'],
  navigation: [
    'strona główna', 'szukaj', 'wyszukaj', 'menu', 'zamknij', 'więcej', 'następny', 'poprzedni',
    'przejdź do treści', 'do góry', 'wróć na górę', 'obserwuj nas', 'działy', 'posłuchaj', 'słuchaj',
    'ładowanie', 'wczytywanie',
  ],
}

const ru: PhraseSet = {
  ...APPEALS.ru,
  related: [
    'читайте также', 'читайте еще', 'читайте ещё', 'смотрите также', 'похожие статьи', 'похожие новости',
    'похожие материалы', 'читать далее', 'по теме', 'новости по теме', 'материалы по теме', 'еще по теме',
    'ещё по теме', 'самое читаемое', 'самое популярное', 'популярное', 'популярные новости', 'рекомендуем',
    'рекомендуем прочитать', 'другие новости', 'другие материалы', 'вам может быть интересно',
    'вас может заинтересовать', 'последние новости', 'лента новостей', 'не пропустите', 'выбор редакции',
    'сейчас читают',
  ],
  relatedPrefixes: ['больше о', 'больше по теме', 'больше новостей', 'ещё по теме', 'еще по теме'],
  readMore: [
    'читать далее', 'читать дальше', 'подробнее', 'читать полностью', 'читать статью', 'показать ещё',
    'показать еще', 'далее',
  ],
  share: [ 'нравится',
    'поделиться', 'поделитесь', 'вконтакте', 'одноклассники', 'телеграм', 'распечатать', 'печать',
    'копировать ссылку', 'ссылка скопирована', 'отправить', 'сохранить', 'комментарии',
  ],
  subscribe: [
    'подписаться', 'подпишитесь', 'подписывайтесь', 'оформить подписку', 'оформите подписку', 'войдите',
    'зарегистрируйтесь', 'авторизуйтесь', 'для подписчиков', 'только для подписчиков',
  ],
  signIn: ['войти', 'выйти', 'вход', 'регистрация', 'зарегистрироваться', 'личный кабинет'],
  cookie: ['файлы cookie', 'файлов cookie', 'куки', 'файлы куки', 'использование cookie'],
  cookieWeak: ['согласие', 'принять', 'согласен', 'персональных данных', 'персональные данные'],
  advertisement: [
    'реклама', 'на правах рекламы', 'партнерский материал', 'партнёрский материал', 'спецпроект',
  ],
  copyright: ['все права защищены', 'при использовании материалов ссылка обязательна'],
  legal: [
    'политика конфиденциальности', 'пользовательское соглашение', 'контакты', 'о нас', 'о проекте',
    'карта сайта', 'правила использования материалов', 'обратная связь', 'реклама на сайте', 'вакансии',
  ],
  comments: [
    'комментарии', 'оставить комментарий', 'написать комментарий', 'добавить комментарий',
    'показать комментарии', 'комментировать',
  ],
  bylinePrefixes: ['автор', 'авторы', 'текст'],
  authorLabels: ['автор', 'авторы', 'об авторе'],
  today: ['сегодня'],
  caption: ['фото:', 'источник:', 'фотография:', 'иллюстрация:', 'фото из открытых источников'],
  captionStarts: ['фото'],
  captionControls: ['увеличить', 'фотогалерея', 'галерея', 'на весь экран'],
  navigation: [
    'главная', 'поиск', 'найти', 'меню', 'закрыть', 'ещё', 'еще', 'следующая', 'предыдущая',
    'перейти к содержанию', 'наверх', 'вернуться наверх', 'мы в соцсетях', 'разделы', 'рубрики', 'слушать',
    'загрузка',
  ],
}

const uk: PhraseSet = {
  ...APPEALS.uk,
  related: [
    'читайте також', 'також читайте', 'читайте ще', 'дивіться також', 'схожі статті', 'схожі новини',
    'схожі матеріали', 'читати далі', 'по темі', 'за темою', 'новини за темою', 'матеріали за темою',
    'рекомендуємо', 'найпопулярніше', 'популярне', 'найчитаніше', 'останні новини', 'інші новини',
    'вам може бути цікаво', 'вас може зацікавити', 'не пропустіть', 'вибір редакції', 'стрічка новин',
  ],
  relatedPrefixes: ['більше про', 'ще за темою', 'більше новин'],
  readMore: ['читати далі', 'детальніше', 'докладніше', 'читати повністю', 'показати ще', 'далі'],
  share: [ 'подобається',
    'поділитися', 'поділіться', 'друкувати', 'копіювати посилання', 'посилання скопійовано', 'надіслати',
    'зберегти', 'коментарі',
  ],
  subscribe: [
    'підписатися', 'підпишіться', 'підписуйтесь', 'підписуйтеся', 'оформити підписку', 'оформіть підписку',
    'передплатити', 'передплата', 'для передплатників', 'увійдіть', 'зареєструйтеся',
  ],
  signIn: ['увійти', 'вийти', 'вхід', 'реєстрація', 'зареєструватися', 'особистий кабінет'],
  cookie: ['файли cookie', 'файлів cookie', 'кукі', 'файли куки'],
  cookieWeak: ['згода', 'прийняти', 'погоджуюсь', 'персональних даних', 'персональні дані'],
  advertisement: ['реклама', 'на правах реклами', 'партнерський матеріал', 'спецпроєкт', 'спецпроект'],
  copyright: ['всі права захищені', 'усі права захищені', 'всі права застережено', 'усі права застережено'],
  legal: [
    'політика конфіденційності', 'умови використання', 'контакти', 'про нас', 'про проєкт', 'про проект',
    'карта сайту', 'правила користування', "зворотний зв'язок",
  ],
  comments: [
    'коментарі', 'залишити коментар', 'написати коментар', 'додати коментар', 'коментувати',
    'показати коментарі',
  ],
  bylinePrefixes: ['автор', 'авторка', 'автори', 'текст'],
  authorLabels: ['автор', 'авторка', 'про автора', 'про авторку'],
  today: ['сьогодні'],
  caption: ['фото:', 'джерело:', 'ілюстрація:', 'фото з відкритих джерел'],
  captionStarts: ['фото'],
  captionControls: ['збільшити', 'фотогалерея', 'галерея', 'на весь екран'],
  navigation: [
    'головна', 'пошук', 'знайти', 'меню', 'закрити', 'ще', 'більше', 'наступна', 'попередня',
    'перейти до вмісту', 'вгору', 'нагору', 'ми в соцмережах', 'розділи', 'рубрики', 'слухати',
    'завантаження',
  ],
}

const tr: PhraseSet = {
  ...APPEALS.tr,
  related: [
    'ayrıca okuyun', 'ayrıca bakınız', 'ilgili haberler', 'benzer haberler', 'ilgili içerikler',
    'devamını oku', 'en çok okunanlar', 'en çok okunan', 'çok okunanlar', 'en çok okunan haberler',
    'bunlar da ilginizi çekebilir', 'ilginizi çekebilir', 'önerilen', 'önerilen haberler',
    'editörün seçtikleri', 'sıradaki haber', 'diğer haberler', 'popüler', 'popüler haberler', 'son haberler',
    'yazarın diğer yazıları',
  ],
  relatedPrefixes: [],
  readMore: [
    'devamını oku', 'devamı', 'devamını okuyun', 'haberin devamı', 'tümünü oku', 'daha fazla göster',
    'devamı için tıklayın', 'haberin devamı için tıklayın', 'okumaya devam et',
  ],
  share: [ 'bunu paylaş', 'beğen',
    'paylaş', 'paylaşın', 'yazdır', 'bağlantıyı kopyala', 'linki kopyala', 'e-posta', 'kaydet', 'yorumlar',
  ],
  subscribe: [
    'abone ol', 'abone olun', 'abonelik', 'bülten', 'bültene', 'bültenimize', 'e-bülten', 'e-bültene',
    'giriş yap', 'üye ol', 'kayıt ol', 'üye girişi',
  ],
  signIn: ['giriş', 'giriş yap', 'üye ol', 'kayıt ol', 'çıkış', 'çıkış yap', 'hesabım'],
  cookie: [
    'çerez', 'çerezler', 'çerezleri', 'çerezlerin', 'çerez politikası', 'çerez ayarları', 'tümünü kabul et',
  ],
  cookieWeak: ['kabul et', 'kabul ediyorum', 'reddet', 'kvkk', 'kişisel veriler', 'kişisel verilerin'],
  advertisement: ['reklam', 'sponsorlu', 'sponsorlu içerik', 'reklamı geç'],
  copyright: ['tüm hakları saklıdır', 'her hakkı saklıdır', 'izinsiz kullanılamaz', 'kaynak gösterilmeden kullanılamaz'],
  legal: [
    'gizlilik politikası', 'gizlilik', 'künye', 'iletişim', 'hakkımızda', 'kullanım koşulları',
    'kullanım şartları', 'çerez politikası', 'kvkk', 'kvkk aydınlatma metni', 'site haritası',
    'gizlilik sözleşmesi',
  ],
  comments: [
    'yorumlar', 'yorum yap', 'yorum yapın', 'yorum yaz', 'yorum ekle', 'yorumları göster', 'yorumunuzu yazın',
    'ilk yorumu sen yap',
  ],
  bylinePrefixes: ['yazan', 'yazar'],
  authorLabels: ['yazar', 'yazar hakkında'],
  today: ['bugün'],
  caption: ['fotoğraf:', 'foto:', 'kaynak:', 'görsel:'],
  captionStarts: ['fotoğraf', 'foto'],
  captionControls: ['büyüt', 'galeri', 'foto galeri', 'fotoğraf galerisi', 'tam ekran'],
  navigation: [
    'ana sayfa', 'anasayfa', 'ara', 'arama', 'menü', 'kapat', 'daha fazla', 'sonraki', 'önceki',
    'içeriğe geç', 'yukarı çık', 'başa dön', 'bizi takip edin', 'kategoriler', 'dinle', 'haberi dinle',
    'yükleniyor',
  ],
}

/** The phrase lists of every language. */
export const PHRASES: Readonly<Record<PhraseLang, PhraseSet>> = { en, de, fr, es, it, pt, nl, pl, ru, uk, tr }
