/**
 * Month names by language, as news pages print them.
 *
 * Each language maps to twelve lists (January first); a list holds every
 * form of that month: full nominative, genitive (the form used after a day
 * number in Polish, Russian and Ukrainian), and the usual abbreviations.
 * Forms are written in lower case without a trailing dot; `dates.ts` folds
 * case and diacritics before it looks a word up, so "Août", "AOUT" and "août"
 * all find `août`.
 */
export const MONTH_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb', 'febr'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec']
  ],
  de: [
    ['januar', 'jänner', 'jan', 'jän'],
    ['februar', 'feber', 'feb', 'febr'],
    ['märz', 'maerz', 'mär', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez']
  ],
  fr: [
    ['janvier', 'janv'],
    ['février', 'févr', 'fév'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'déc']
  ],
  es: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sep', 'sept', 'set'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic']
  ],
  it: [
    ['gennaio', 'gen'],
    ['febbraio', 'feb'],
    ['marzo', 'mar'],
    ['aprile', 'apr'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto', 'ago'],
    ['settembre', 'set'],
    ['ottobre', 'ott'],
    ['novembre', 'nov'],
    ['dicembre', 'dic']
  ],
  pt: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['março', 'mar'],
    ['abril', 'abr'],
    ['maio', 'mai'],
    ['junho', 'jun'],
    ['julho', 'jul'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro', 'nov'],
    ['dezembro', 'dez']
  ],
  nl: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['maart', 'mrt', 'mar'],
    ['april', 'apr'],
    ['mei'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['augustus', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec']
  ],
  pl: [
    ['styczeń', 'stycznia', 'sty'],
    ['luty', 'lutego', 'lut'],
    ['marzec', 'marca', 'mar'],
    ['kwiecień', 'kwietnia', 'kwi'],
    ['maj', 'maja'],
    ['czerwiec', 'czerwca', 'cze'],
    ['lipiec', 'lipca', 'lip'],
    ['sierpień', 'sierpnia', 'sie'],
    ['wrzesień', 'września', 'wrz'],
    ['październik', 'października', 'paź'],
    ['listopad', 'listopada', 'lis'],
    ['grudzień', 'grudnia', 'gru']
  ],
  ru: [
    ['январь', 'января', 'янв'],
    ['февраль', 'февраля', 'фев', 'февр'],
    ['март', 'марта', 'мар'],
    ['апрель', 'апреля', 'апр'],
    ['май', 'мая'],
    ['июнь', 'июня', 'июн'],
    ['июль', 'июля', 'июл'],
    ['август', 'августа', 'авг'],
    ['сентябрь', 'сентября', 'сен', 'сент'],
    ['октябрь', 'октября', 'окт'],
    ['ноябрь', 'ноября', 'ноя', 'нояб'],
    ['декабрь', 'декабря', 'дек']
  ],
  uk: [
    ['січень', 'січня', 'січ'],
    ['лютий', 'лютого', 'лют'],
    ['березень', 'березня', 'бер', 'берез'],
    ['квітень', 'квітня', 'квіт'],
    ['травень', 'травня', 'трав'],
    ['червень', 'червня', 'черв'],
    ['липень', 'липня', 'лип'],
    ['серпень', 'серпня', 'серп'],
    ['вересень', 'вересня', 'вер'],
    ['жовтень', 'жовтня', 'жовт'],
    ['листопад', 'листопада', 'лист'],
    ['грудень', 'грудня', 'груд']
  ],
  tr: [
    ['ocak', 'oca'],
    ['şubat', 'şub'],
    ['mart', 'mar'],
    ['nisan', 'nis'],
    ['mayıs', 'may'],
    ['haziran', 'haz'],
    ['temmuz', 'tem'],
    ['ağustos', 'ağu'],
    ['eylül', 'eyl'],
    ['ekim', 'eki'],
    ['kasım', 'kas'],
    ['aralık', 'ara']
  ]
}
