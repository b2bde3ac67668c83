// The scorer in ../shared/eval calls cleanArticle(text, set, id); unspun's
// second argument is its options object and a string there is a TypeError.
// This adapter passes the text alone.
import {cleanArticle as clean} from '../dist/index.js'

export function cleanArticle(text) {
  return clean(text)
}
