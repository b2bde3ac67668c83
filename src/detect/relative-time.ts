/**
 * Relative times on a line of their own: "2 days ago at 07:52 am",
 * "vor 3 Stunden", "il y a 2 jours", "hace 5 minutos". Feeds and comment
 * threads print them; articles carry absolute dates.
 */
import {flagsAt, SPACE} from '../char-class.js'
import {blockFinding, blockFindings, type Detector} from './context.js'

const RELATIVE =
  /^(?:(?:\d{1,3}|an?|one) (?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?|[smhdwy]) ago|vor (?:\d{1,3}|einer?|einem) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|il y a (?:\d{1,3}|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hace (?:\d{1,3}|una?) (?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)|(?:\d{1,3}|un[ao]?) (?:second[io]|minut[io]|or[ae]|giorn[io]|settiman[ae]|mes[ei]|ann[io]) fa|há (?:\d{1,3}|uma?) (?:segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)|(?:\d{1,3}|een) (?:seconden?|minuten?|uur|dagen?|weken?|maanden?|jaar) geleden|\d{1,3} (?:sekund[ay]?|minut[ay]?|godzin[ay]?|dni|dzień|tygodni[ae]?|miesięcy|lat[a]?) temu|\d{1,3} (?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[ьюи]|месяц(?:а|ев)?|год(?:а)?|лет) назад)(?: (?:at|um|à|a las|alle|às|om|o|в) \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?$/iu

/** Find lines that only give a relative time. */
export const detectRelativeTime: Detector = ({doc}) =>
  blockFindings(doc, (block) => {
    if (block.text.length > 60 || !RELATIVE.test(withoutTrailing(block.text))) return null
    return blockFinding(block, 'dateline', 0.7, 'A relative time ("2 days ago"), as feeds and comment threads print.', 'relative-time')
  })

const TRAILING = /(?<![\s.·|•-])[\s.·|•-]+$/u

/**
 * `text.replace(TRAILING, '')`. The regex removes nothing unless the last
 * character is one it removes: looking at that one first spares most lines
 * a regex tried at every position (keep both in step).
 */
function withoutTrailing(text: string): string {
  const last = text.charCodeAt(text.length - 1)
  const trailing = last === 0x2e || last === 0xb7 || last === 0x7c || last === 0x2022 || last === 0x2d || (flagsAt(text, text.length - 1) & SPACE) !== 0
  return trailing ? text.replace(TRAILING, '') : text
}
