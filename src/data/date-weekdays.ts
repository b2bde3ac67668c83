/**
 * Weekday names by language, Monday first, in lower case without a trailing
 * dot. A date finder only uses them to widen a match over the weekday that
 * pages print before a date ("Wednesday, September 13, 2023"), so short
 * abbreviations that are also ordinary words are harmless here: they are only
 * looked at right before a date.
 */
export const WEEKDAY_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ['monday', 'mon'],
    ['tuesday', 'tue', 'tues'],
    ['wednesday', 'wed'],
    ['thursday', 'thu', 'thur', 'thurs'],
    ['friday', 'fri'],
    ['saturday', 'sat'],
    ['sunday', 'sun']
  ],
  de: [
    ['montag', 'mo'],
    ['dienstag', 'di'],
    ['mittwoch', 'mi'],
    ['donnerstag', 'do'],
    ['freitag', 'fr'],
    ['samstag', 'sonnabend', 'sa'],
    ['sonntag', 'so']
  ],
  fr: [
    ['lundi', 'lun'],
    ['mardi', 'mar'],
    ['mercredi', 'mer'],
    ['jeudi', 'jeu'],
    ['vendredi', 'ven'],
    ['samedi', 'sam'],
    ['dimanche', 'dim']
  ],
  es: [
    ['lunes', 'lun'],
    ['martes', 'mar'],
    ['miércoles', 'mié'],
    ['jueves', 'jue'],
    ['viernes', 'vie'],
    ['sábado', 'sáb'],
    ['domingo', 'dom']
  ],
  it: [
    ['lunedì', 'lun'],
    ['martedì', 'mar'],
    ['mercoledì', 'mer'],
    ['giovedì', 'gio'],
    ['venerdì', 'ven'],
    ['sabato', 'sab'],
    ['domenica', 'dom']
  ],
  pt: [
    ['segunda-feira', 'segunda', 'seg'],
    ['terça-feira', 'terça', 'ter'],
    ['quarta-feira', 'quarta', 'qua'],
    ['quinta-feira', 'quinta', 'qui'],
    ['sexta-feira', 'sexta', 'sex'],
    ['sábado', 'sáb'],
    ['domingo', 'dom']
  ],
  nl: [
    ['maandag', 'ma'],
    ['dinsdag', 'di'],
    ['woensdag', 'wo'],
    ['donderdag', 'do'],
    ['vrijdag', 'vr'],
    ['zaterdag', 'za'],
    ['zondag', 'zo']
  ],
  pl: [
    ['poniedziałek', 'pon'],
    ['wtorek', 'wt'],
    ['środa', 'śr'],
    ['czwartek', 'czw'],
    ['piątek', 'pt'],
    ['sobota', 'sob'],
    ['niedziela', 'niedz', 'ndz']
  ],
  ru: [
    ['понедельник', 'пн'],
    ['вторник', 'вт'],
    ['среда', 'ср'],
    ['четверг', 'чт'],
    ['пятница', 'пт'],
    ['суббота', 'сб'],
    ['воскресенье', 'вс']
  ],
  uk: [
    ['понеділок', 'пн'],
    ['вівторок', 'вт'],
    ['середа', 'ср'],
    ['четвер', 'чт'],
    ["п'ятниця", 'пʼятниця', 'п’ятниця', 'пт'],
    ['субота', 'сб'],
    ['неділя', 'нд']
  ],
  tr: [
    ['pazartesi', 'pzt'],
    ['salı', 'sal'],
    ['çarşamba', 'çar', 'çrş'],
    ['perşembe', 'per', 'prş'],
    ['cuma', 'cum'],
    ['cumartesi', 'cmt'],
    ['pazar', 'paz']
  ]
}
