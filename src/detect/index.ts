/**
 * The independent detectors, in the order they run. Each is a pure function
 * of the document; order only decides ties (the first finding wins).
 */
import {detectAbout} from './about.js'
import {detectAdvertisement} from './advertisement.js'
import {detectAppeal} from './appeal.js'
import {detectByline} from './byline.js'
import {detectCaption} from './caption.js'
import {detectComments} from './comments.js'
import {blockLines, HEADER_KINDS, type DetectContext, type Detector} from './context.js'
import {detectCookie} from './cookie.js'
import {detectCopyright} from './copyright.js'
import {detectCounter} from './counter.js'
import {detectDateLines} from './dateline.js'
import {detectNavigation} from './navigation.js'
import {detectRelated} from './related.js'
import {detectFeeds} from './feed.js'
import {detectMenus, MENU_RULE} from './navigation.js'
import {detectRelativeTime} from './relative-time.js'
import {detectRepeats} from './repeats.js'
import {detectShare} from './share.js'
import {detectSubscribe} from './subscribe.js'
import type {Finding} from '../types.js'

/** Every independent detector, by rule name. */
export const DETECTORS: Readonly<Record<string, Detector>> = {
  dateline: detectDateLines,
  'relative-time': detectRelativeTime,
  byline: detectByline,
  about: detectAbout,
  comments: detectComments,
  advertisement: detectAdvertisement,
  share: detectShare,
  subscribe: detectSubscribe,
  cookie: detectCookie,
  copyright: detectCopyright,
  counter: detectCounter,
  caption: detectCaption,
  navigation: detectNavigation,
  repeats: detectRepeats,
  appeal: detectAppeal
}

/**
 * Kinds of page chrome that end a related block's items. Share lines, ads and
 * comment counts are not among them: lists interleave them with their items.
 */
const CHROME_KINDS = new Set(['cookie', 'subscribe', 'copyright'])

/** Kinds of lines a related block's items may have between them, but not after the last (see `detectRelated`). */
const ASIDE_KINDS = new Set(['share', 'advertisement'])

/**
 * Run every detector and return all findings. The independent detectors run
 * first; related blocks and menus are anchored on their findings.
 * `removeAt` is the preset's removal threshold (see `detectMenus`).
 */
export function detectAll(given: DetectContext, removeAt = 0.6): Finding[] {
  // Every detector shares one table of prepared lines (see `blockLines`).
  const context = given.lines ? given : {...given, lines: blockLines(given.doc)}
  const independent = runDetectors(context)
  const dates = new Set(independent.filter((f) => f.kind === 'dateline').map((f) => f.start))
  // A date in a comment section is a comment's signature ("Jane says: March 4, 2024 at 9:12 am"):
  // no article's header, but the end of any list above it.
  const comments = new Set(independent.filter((f) => f.kind === 'comments').map((f) => f.start))
  const signatures = new Set([...dates].filter((start) => comments.has(start)))
  const headers = new Set(independent.filter((f) => HEADER_KINDS.has(f.kind) && !signatures.has(f.start)).map((f) => f.start))
  const chrome = new Set(independent.filter((f) => CHROME_KINDS.has(f.kind) && f.confidence >= removeAt).map((f) => f.start))
  for (const start of signatures) chrome.add(start)
  const asides = new Set(independent.filter((f) => ASIDE_KINDS.has(f.kind) && f.confidence >= removeAt).map((f) => f.start))
  const related = [...detectRelated(context, headers, chrome, asides), ...detectFeeds(context, dates)]
  const found = [...independent, ...related]
  return [...found, ...detectMenus(context, found, removeAt)]
}

/**
 * The findings of every independent detector, in `DETECTORS` order. A
 * plain loop, not `flatMap` (which calls each detector back through a
 * builtin and copies its findings, a quarter of a million a pass over the
 * eval pages): the whole pipeline measured 2–5% faster.
 */
function runDetectors(context: DetectContext): Finding[] {
  const findings: Finding[] = []
  for (const detector of Object.values(DETECTORS)) {
    for (const finding of detector(context)) findings.push(finding)
  }
  return findings
}

/**
 * The page's findings with the headline's added (`detectTitle`, and the
 * name line beside it, `detectNameLine`), and the menus the headline hid.
 * Menus are found before the headline is known, so the headline and its
 * copies stood among their lines: a long one broke a run in two, a short
 * one counted as one of its lines. Cleaning the clean body again sees the
 * run without them, so menus are found again with the headline set aside
 * like every other removed line, and a run either way calls a menu goes
 * (one found with the headline goes whole, so the second pass never sees
 * it). Else the second pass finds a menu the first did not.
 */
export function addHeadline(context: DetectContext, findings: readonly Finding[], headline: readonly Finding[], removeAt = 0.6): Finding[] {
  if (headline.length === 0) return [...findings]
  const menus = new Set<number>()
  const others: Finding[] = []
  for (const finding of findings) {
    if (finding.rule === MENU_RULE) menus.add(finding.start)
    else others.push(finding)
  }
  const more = detectMenus(context, [...others, ...headline], removeAt).filter((finding) => !menus.has(finding.start))
  return [...findings, ...more, ...headline]
}

export type {DetectContext, Detector} from './context.js'
