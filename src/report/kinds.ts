/**
 * How the report shows each removed kind: a colour pair and a short
 * description for the legend. Data only; `render.ts` holds the logic.
 */
import type {RemovedKind} from '../types.js'

/** A kind's colours (text and background) and legend description. */
export interface KindStyle {
  color: string
  background: string
  description: string
}

/**
 * Every removed kind in legend order, with its style. Colours are chosen to
 * stay apart from their neighbours and readable when struck through.
 */
export const KIND_STYLES: Readonly<Record<RemovedKind, KindStyle>> = {
  'page-date': {color: '#0b6e79', background: '#d8f3f6', description: 'a date printed by the page chrome'},
  title: {color: '#1d4ed8', background: '#dbe6ff', description: 'the headline'},
  'duplicate-title': {color: '#3730a3', background: '#e4e2ff', description: 'a copy of the headline'},
  dateline: {color: '#047857', background: '#d5f5e8', description: 'a line that only gives the date'},
  byline: {color: '#7e22ce', background: '#f0e2ff', description: '“By Jane Doe”'},
  'author-footer': {color: '#a21caf', background: '#fbe0fb', description: '“Author: …”, “About the author”'},
  related: {color: '#b45309', background: '#fde9cc', description: 'related and promo blocks and their items'},
  navigation: {color: '#475569', background: '#e5e9ef', description: 'menus, breadcrumbs, “Skip to content”'},
  share: {color: '#be123c', background: '#ffe0e6', description: 'social sharing lines'},
  subscribe: {color: '#c2410c', background: '#ffe4d6', description: 'sign-up prompts'},
  cookie: {color: '#854d0e', background: '#f8ecc6', description: 'consent notices'},
  advertisement: {color: '#b91c1c', background: '#fddcdc', description: 'ads'},
  copyright: {color: '#4d7c0f', background: '#e7f5cf', description: 'copyright lines'},
  comments: {color: '#0369a1', background: '#dcefff', description: 'comment sections'},
  counter: {color: '#57534e', background: '#ece9e6', description: 'view, like and comment counts'},
  caption: {color: '#9d174d', background: '#fbe2ee', description: 'image and video captions'},
  repeated: {color: '#15803d', background: '#dcf7e3', description: 'a line printed several times on the page'},
  boilerplate: {color: '#52525b', background: '#ededf0', description: 'outside the article, no more specific kind'},
  markup: {color: '#78350f', background: '#efe3d3', description: 'leftover markup'},
  whitespace: {color: '#6b7280', background: '#f3f4f6', description: 'stray whitespace'}
}

/** The removed kinds in legend order. */
export const KIND_ORDER = Object.keys(KIND_STYLES) as RemovedKind[]
