/**
 * Copies of a hast tree without the elements a reader never sees as
 * article text. The input tree is never changed; untouched nodes are shared
 * with it. Iterative, so deep pages cannot overflow the call stack here.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import {prop, tokens, walkElements} from './hast.js'
import {ARTICLE_CLASS_WORDS, CHROME_CLASS_WORDS} from './vocab.js'

type Parent = Root | Element
type Child = RootContent | ElementContent

/** A copy of `tree` without the elements `drop` answers true for (and everything inside them). */
export function prune(tree: Root, drop: (element: Element) => boolean): Root {
  const root: Root = {...tree, children: []}
  const stack: Array<{source: Parent; copy: Parent}> = [{source: tree, copy: root}]
  while (stack.length > 0) {
    const {source, copy} = stack.pop() as {source: Parent; copy: Parent}
    const children: Child[] = []
    for (const child of source.children) {
      if (child.type !== 'element') children.push(child)
      else if (!drop(child)) {
        const element: Element = {...child, children: []}
        children.push(element)
        stack.push({source: child, copy: element})
      }
    }
    copy.children = children as typeof copy.children
  }
  return root
}

/** Elements that hold no readable text: code, styles, media, form widgets. */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'datalist'])

// Inline styles that hide an element; a browser's innerText would skip it.
const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i

/** Drop what never renders as text: scripts, styles, media, hidden elements. */
export function isInvisible(element: Element): boolean {
  if (NEVER_TEXT.has(element.tagName)) return true
  if (prop(element, 'hidden') !== null) return true
  if (prop(element, 'ariaHidden') === 'true') return true
  const style = prop(element, 'style')
  return style !== null && HIDDEN_STYLE_RE.test(style)
}

/** Landmark roles of page chrome around an article. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menubar', 'menu'])
/** Elements that are page chrome by their name alone. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer'])

/**
 * Page chrome by structure: `<nav>`, `<aside>`, `<footer>`, and landmark
 * roles of navigation, banner, footer and sidebars. (A `<header>` outside
 * the article was measured too: it changed nothing on the evaluation pages,
 * so it is left to the text pipeline.)
 */
export function isChrome(element: Element): boolean {
  if (CHROME_TAGS.has(element.tagName)) return true
  return tokens(element, 'role').some((role) => CHROME_ROLES.has(role))
}

/** How much of an element's text is link text. */
export interface LinkStats {
  /** Characters of text, white space not counted. */
  text: number
  /** Of those, characters inside `<a>`. */
  link: number
  /** Number of `<a href>` inside. */
  links: number
}

const SPACE_RE = /\s/g

/** Link statistics of every element of `tree`, in one pass. */
export function linkStats(tree: Root): Map<Element, LinkStats> {
  const stats = new Map<Element, LinkStats>()
  // Pre-order list of elements with their parent element; summed bottom-up below.
  const order: Array<{element: Element; parent: Element | null; inLink: boolean}> = []
  const stack: Array<{node: Child; parent: Element | null; inLink: boolean}> = [...tree.children].reverse().map((node) => ({node, parent: null, inLink: false}))
  while (stack.length > 0) {
    const {node, parent, inLink} = stack.pop() as {node: Child; parent: Element | null; inLink: boolean}
    if (node.type === 'text') {
      if (parent === null) continue
      const own = stats.get(parent) as LinkStats
      const length = node.value.length - (node.value.match(SPACE_RE)?.length ?? 0)
      own.text += length
      if (inLink) own.link += length
      continue
    }
    if (node.type !== 'element') continue
    const isLink = node.tagName === 'a' && prop(node, 'href') !== null
    stats.set(node, {text: 0, link: 0, links: isLink ? 1 : 0})
    order.push({element: node, parent, inLink})
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({node: node.children[i] as Child, parent: node, inLink: inLink || isLink})
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const {element, parent} = order[i] as {element: Element; parent: Element | null}
    if (parent === null) continue
    const own = stats.get(element) as LinkStats
    const up = stats.get(parent) as LinkStats
    up.text += own.text
    up.link += own.link
    up.links += own.links
  }
  return stats
}

/** Containers a list of links can be; paragraphs and headings are judged by the text pipeline. */
const LINK_LIST_TAGS = new Set(['div', 'section', 'ul', 'ol', 'menu', 'dl', 'table', 'tbody', 'form', 'header'])
/** At least this many links make a list of links… */
export const MIN_LINK_LIST_LINKS = 3
/** …when at least this share of the text is link text. */
export const LINK_LIST_DENSITY = 0.7

/**
 * …and at most this many characters are not link text. A wrapper around a
 * huge menu and a short article can be mostly links as a whole; the cap
 * keeps such wrappers, and the menu inside is judged on its own.
 */
export const MAX_LINK_LIST_PROSE = 100

/** A container whose text is mostly links: a menu, a list of related stories, a tag cloud. */
export function isLinkList(element: Element, stats: ReadonlyMap<Element, LinkStats>): boolean {
  if (!LINK_LIST_TAGS.has(element.tagName)) return false
  const own = stats.get(element)
  if (own === undefined || own.links < MIN_LINK_LIST_LINKS || own.text === 0) return false
  return own.link / own.text >= LINK_LIST_DENSITY && own.text - own.link <= MAX_LINK_LIST_PROSE
}

const CHROME_WORDS = new Set(CHROME_CLASS_WORDS)
const ARTICLE_WORDS = new Set(ARTICLE_CLASS_WORDS)
/** Elements whose class names are never read: they wrap everything. */
const UNNAMED_TAGS = new Set(['html', 'body', 'main', 'article'])
// Word boundaries inside class names: separators, and lower-to-upper case
// changes ("relatedLinks"), which are first turned into a space.
const CLASS_SEPARATOR_RE = /[-_\s:.]+/
const CAMEL_RE = /(\p{Ll})(\p{Lu})/gu
/** A named-chrome element holding more than this share of the page's prose is a wrapper, kept. */
export const MAX_NAMED_CHROME_SHARE = 0.3

/** The words of an element's `class` and `id`, lowercased. */
export function classWords(element: Element): string[] {
  const names = [prop(element, 'className'), prop(element, 'id')].filter((x): x is string => x !== null)
  return names.flatMap((name) => name.replace(CAMEL_RE, '$1 $2').split(CLASS_SEPARATOR_RE)).map((word) => word.toLowerCase()).filter((word) => word !== '')
}

/**
 * Page chrome by name: a class or id with a chrome word ("related",
 * "share", "sidebar") and no article word, holding little of the page's prose.
 */
export function isNamedChrome(element: Element, stats: ReadonlyMap<Element, LinkStats>, pageProse: number): boolean {
  if (UNNAMED_TAGS.has(element.tagName)) return false
  const words = classWords(element)
  if (!words.some((word) => CHROME_WORDS.has(word)) || words.some((word) => ARTICLE_WORDS.has(word))) return false
  const own = stats.get(element)
  return own === undefined || own.text - own.link <= MAX_NAMED_CHROME_SHARE * pageProse
}

/** Characters of text outside links in the whole tree. */
export function pageProse(tree: Root, stats: ReadonlyMap<Element, LinkStats>): number {
  let prose = 0
  for (const child of tree.children) {
    if (child.type !== 'element') continue
    const own = stats.get(child)
    if (own !== undefined) prose += own.text - own.link
  }
  return prose
}

/** The single `<article>` must hold at least this share of the page's prose to stand for the page. */
export const MIN_ARTICLE_SHARE = 0.5

/**
 * The page narrowed to its `<article>` element, when it has exactly one
 * (teaser grids have many) holding most of the page's prose; else the page.
 */
export function focusArticle(tree: Root, stats: ReadonlyMap<Element, LinkStats>, pageProse: number): Root {
  const articles: Element[] = []
  walkElements(tree, (element) => {
    if (element.tagName !== 'article') return true
    articles.push(element)
    return false
  })
  const only = articles.length === 1 ? articles[0] : undefined
  const own = only === undefined ? undefined : stats.get(only)
  if (only === undefined || own === undefined || own.text - own.link < MIN_ARTICLE_SHARE * pageProse) return tree
  return {type: 'root', children: [only]}
}
