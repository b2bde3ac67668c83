/**
 * Data: the names pages use to state their metadata, in the order unspun
 * trusts them (earlier wins).
 */

/** schema.org types of a news or blog article (JSON-LD `@type`). */
export const ARTICLE_TYPES: readonly string[] = [
  'newsarticle',
  'article',
  'blogposting',
  'reportagenews',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'liveblogposting',
  'scholarlyarticle',
  'techarticle',
  'socialmediaposting',
  'report',
  'posting'
]

/** schema.org types that describe the page rather than the article, used only when no article node exists. */
export const PAGE_TYPES: readonly string[] = ['webpage', 'itempage', 'medicalwebpage']

/** `<meta property|name|itemprop>` keys (lowercased) holding the headline. */
export const TITLE_META: readonly string[] = ['og:title', 'twitter:title', 'dc.title', 'headline']

/** Keys holding the site's name, to strip from `<title>`. */
export const SITE_NAME_META: readonly string[] = ['og:site_name', 'application-name', 'twitter:site', 'publisher']

/** Keys holding the publication date. */
export const DATE_META: readonly string[] = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'published_time',
  'article.published',
  'article_date_original',
  'publication_date',
  'publish-date',
  'publishdate',
  'pubdate',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'cxenseparse:recs:publishtime',
  'release_date'
]

/** Keys holding author names. */
export const AUTHOR_META: readonly string[] = [
  'author',
  'article:author',
  'og:article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'citation_author'
]

/**
 * Words of `class` and `id` names (split at `-`, `_`, spaces and case
 * changes, lowercased) that name page chrome.
 */
export const CHROME_CLASS_WORDS: readonly string[] = [
  'ad',
  'ads',
  'advert',
  'advertisement',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'comment',
  'comments',
  'consent',
  'cookie',
  'cookies',
  'disqus',
  'footer',
  'masthead',
  'menu',
  'modal',
  'nav',
  'navbar',
  'navigation',
  'newsletter',
  'outbrain',
  'pagination',
  'popup',
  'promo',
  'recommended',
  'related',
  'share',
  'sharing',
  'sidebar',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'taboola',
  'toolbar'
]

/** Words of `class` and `id` names that mark the article itself; they outweigh chrome words. */
export const ARTICLE_CLASS_WORDS: readonly string[] = ['article', 'body', 'content', 'entry', 'main', 'post', 'story', 'text']

/** Words of `class` and `id` names of an author's name or byline. */
export const BYLINE_CLASS_WORDS: readonly string[] = ['author', 'authors', 'byline', 'autor', 'auteur', 'autore', 'creator']

/**
 * Elements that start a new line of text where they open and close (block
 * boxes, table rows and cells, line breaks, and the document's own frame).
 * Markup between two pieces of text that holds one of these is read as a
 * line break; other markup (`<a>`, `<b>`, `<span>`) joins its text.
 */
export const LINE_BREAKING_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul'
])
