import {francAll} from 'franc'
import {describe, expect, it} from 'vitest'
import {detectLanguage, languageSample, MIN_LANGUAGE_SAMPLE, UNSURE_MARGIN} from '../src/language.js'

/** What `detectLanguage` answered when franc ranked every language on the whole sample. */
function rankedOnAll(paragraphs: string[]): string {
  const sample = languageSample(paragraphs)
  if (sample.length < MIN_LANGUAGE_SAMPLE) return 'und'
  const [first, second] = francAll(sample, {minLength: MIN_LANGUAGE_SAMPLE})
  if (!first || first[0] === 'und') return 'und'
  if (second && first[1] - second[1] < UNSURE_MARGIN && sample.length < 400) return 'und'
  return first[0]
}

const PAGES: Record<string, string[]> = {
  english: [
    'The museum reopened its east wing on Saturday after a renovation that took almost three years and cost more than the original building did in 1902.',
    'Visitors queued along the river from early morning, and by noon the staff had counted more than four thousand people in the new galleries.'
  ],
  german: [
    'Das Museum hat am Samstag seinen Ostflügel nach einer Renovierung wieder eröffnet, die fast drei Jahre gedauert hat und mehr kostete als der ursprüngliche Bau.',
    'Die Besucher standen schon am frühen Morgen am Fluss an, und bis Mittag zählte das Personal mehr als viertausend Menschen in den neuen Galerien.'
  ],
  // A page whose first paragraph is in another language than the rest.
  'english, then german': [
    'Read the original article in English here.',
    'Das Museum hat am Samstag seinen Ostflügel nach einer Renovierung wieder eröffnet, die fast drei Jahre gedauert hat und mehr kostete als der ursprüngliche Bau.',
    'Die Besucher standen schon am frühen Morgen am Fluss an, und bis Mittag zählte das Personal mehr als viertausend Menschen in den neuen Galerien.',
    'Der Direktor sagte, der Flügel werde wechselnde Ausstellungen zeigen, beginnend mit Landschaften aus dem Tal und Bildern von Malern aus der Region.'
  ],
  // Latin script first, Cyrillic for the most part.
  'latin, then cyrillic': [
    'Photo: Reuters / Jane Doe, all rights reserved worldwide.',
    'Музей в субботу вновь открыл восточное крыло после реконструкции, которая заняла почти три года и обошлась дороже, чем само здание в 1902 году.',
    'Посетители стояли в очереди вдоль реки с раннего утра, а к полудню сотрудники насчитали более четырёх тысяч человек в новых галереях.',
    'Директор сказал, что в крыле будут проходить сменные выставки, начиная с показа пейзажей местных художников из долины и окрестностей.'
  ],
  greek: [
    'Το μουσείο άνοιξε ξανά την ανατολική πτέρυγα το Σάββατο μετά από μια ανακαίνιση που κράτησε σχεδόν τρία χρόνια και κόστισε περισσότερο από το αρχικό κτίριο.'
  ],
  short: ['Too short to tell.']
}

describe('detectLanguage', () => {
  for (const [name, paragraphs] of Object.entries(PAGES)) {
    it(`chooses what ranking every language would (${name})`, () => {
      expect(detectLanguage(paragraphs)).toBe(rankedOnAll(paragraphs))
    })
  }

  it('keeps to the languages it is given', () => {
    expect(detectLanguage(PAGES.german as string[], {only: ['eng', 'nld']})).toMatch(/^(?:eng|nld|und)$/)
  })
})
