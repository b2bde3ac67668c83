/**
 * unspun: clean scraped article text into an article object.
 *
 * The main entry is `cleanArticle`; each stage of its pipeline is exported
 * too, for users who want to run or replace one.
 */
export {cleanArticle} from './pipeline.js'
export {InputTooLargeError} from './heap-room.js'
export {cleanHtml} from './html.js'
export type {HtmlArticle, HtmlOptions} from './html.js'
export {retextUnspun} from './plugin.js'
export type {Options as RetextUnspunOptions} from './plugin.js'
export {findSpun, unspin} from './spun/index.js'
export {renderReport} from './report/render.js'
export type {ReportEntry} from './report/render.js'
export type {SpunOptions} from './spun/index.js'

export {findMarkup} from './markup/index.js'
export {normalize, toInput} from './normalize.js'
export type {Normalized, OffsetMap} from './normalize.js'
export {segment, detectShape, splitLines} from './segment.js'
export {blockFeatures, documentFeatures} from './features.js'
export type {BlockFeatures} from './features.js'
export {addHeadline, DETECTORS, detectAll} from './detect/index.js'
export type {DetectContext, Detector} from './detect/index.js'
export {detectTitle} from './detect/title.js'
export {detectNameLine} from './detect/name-line.js'
export type {TitleResult} from './detect/title.js'
export {blockDates, chooseDates} from './detect/dateline.js'
export type {ChosenDates} from './detect/dateline.js'
export {decide, mainRun, PRESETS} from './decide.js'
export type {Decision, PresetSettings} from './decide.js'
export {assemble} from './assemble.js'
export {detectLanguage} from './language.js'
export {findDates, parseDate} from './dates.js'
export type {DateMatch} from './dates.js'
export {cleanAuthors} from './names.js'

export type {
  Article,
  Block,
  CleanOptions,
  Doc,
  Edit,
  Finding,
  FindingData,
  Line,
  Markup,
  Preset,
  RelatedItem,
  Removed,
  RemovedKind,
  Span,
  SpunFinding,
  TextShape
} from './types.js'
