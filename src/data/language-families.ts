/**
 * Data: the families of the languages unspun has function words for, with
 * the franc codes (ISO 639-3) of each family. When a sample's function
 * words point to one family, franc compares only that family on it:
 * franc still decides, between the languages that share the family's
 * function words and trigrams (English and Scots, German and Low German,
 * Russian and Ukrainian), at a fraction of the cost of comparing all of
 * them. Members are franc's codes for languages of the same script and
 * branch.
 */
import type {PhraseLang} from './phrases.js'

const GERMANIC = ['eng', 'sco', 'deu', 'nds', 'nld', 'afr', 'dan', 'swe', 'nob', 'nno']
const ROMANCE = ['spa', 'por', 'glg', 'cat', 'ita', 'fra', 'ron', 'vec', 'src', 'rup']
const WEST_SOUTH_SLAVIC_LATIN = ['pol', 'ces', 'slk', 'hrv', 'bos', 'srp', 'slv']
const SLAVIC_CYRILLIC = ['rus', 'ukr', 'bel', 'bul', 'mkd', 'srp', 'bos']
const TURKIC = ['tur', 'azj', 'tuk', 'uzn']

/** A family: the languages unspun has function words for, and franc's codes of the whole family. */
export interface LanguageFamily {
  /** Languages of `STOPWORDS` in the family. */
  members: readonly PhraseLang[]
  /** The codes franc compares on a sample whose function words are the family's. */
  franc: readonly string[]
}

/** Families as franc knows them, by script and branch. */
export const LANGUAGE_FAMILIES: readonly LanguageFamily[] = [
  {members: ['en', 'de', 'nl'], franc: GERMANIC},
  {members: ['fr', 'es', 'it', 'pt'], franc: ROMANCE},
  {members: ['pl'], franc: WEST_SOUTH_SLAVIC_LATIN},
  {members: ['ru', 'uk'], franc: SLAVIC_CYRILLIC},
  {members: ['tr'], franc: TURKIC}
]
