/**
 * Words that travel with dates on news pages: the label before a date, the
 * small words between a label or a date and a time, and the word some
 * languages print after the year. All in lower case; `dates.ts` folds case
 * and diacritics before comparing, so accents here are only for the reader.
 */

/** What a label right before a date says about it. */
export type DateLabelKind = 'today' | 'published' | 'updated'

/**
 * Label phrases (one to three words) by what they mean. The date finder
 * reads back from a date over punctuation and the connectors below, then
 * tries the last three, two and one words against these phrases.
 */
export const DATE_LABELS: Readonly<Record<DateLabelKind, readonly string[]>> = {
  today: [
    'today', 'heute', "aujourd'hui", 'aujourd’hui', 'hoy', 'oggi', 'hoje', 'vandaag',
    'dziś', 'dzisiaj', 'сегодня', 'сьогодні', 'bugün'
  ],
  published: [
    'published', 'posted', 'first published', 'publication date', 'date published', 'released',
    'veröffentlicht', 'erschienen', 'erstellt', 'publié', 'publiée', 'publication',
    'publicado', 'publicada', 'fecha de publicación', 'pubblicato', 'pubblicata',
    'data di pubblicazione', 'gepubliceerd', 'geplaatst', 'opublikowano', 'data publikacji',
    'опубликовано', 'опубликован', 'опубликована', 'дата публикации', 'опубліковано',
    'дата публікації', 'yayınlanma', 'yayınlanma tarihi', 'yayın tarihi', 'yayımlanma',
    'yayımlanma tarihi', 'oluşturulma tarihi'
  ],
  updated: [
    'updated', 'last updated', 'modified', 'last modified', 'aktualisiert', 'zuletzt aktualisiert',
    'stand', 'geändert', 'mis à jour', 'mise à jour', 'modifié', 'actualizado', 'actualizada',
    'última actualización', 'aggiornato', 'aggiornata', 'ultimo aggiornamento', 'atualizado',
    'atualizada', 'atualização', 'bijgewerkt', 'laatst bijgewerkt', 'zaktualizowano',
    'aktualizacja', 'обновлено', 'обновлен', 'обновлён', 'оновлено', 'güncelleme',
    'güncellenme', 'son güncelleme', 'güncellendi', 'güncelleme tarihi', 'güncellenme tarihi'
  ]
}

/**
 * Small words that may stand between a label and its date ("Published on",
 * "Publié le", "Aktualisiert am", "Stand vom", "Actualizado el").
 */
export const DATE_LABEL_CONNECTORS: readonly string[] = [
  'on', 'at', 'am', 'um', 'vom', 'le', 'du', 'el', 'del', 'de', 'il', 'em', 'op', 'dnia', 'w',
  'от', 'в', 'з'
]

/**
 * Words that may stand between a date and the time after it
 * ("September 13, 2023 at 10:35", "13 septembre 2023 à 10h35").
 */
export const TIME_CONNECTORS: readonly string[] = [
  'at', 'um', 'à', 'a las', 'a la', 'alle', 'ore', 'às', 'as', 'om', 'o', 'godz.', 'godz',
  'в', 'о', 'saat', 'kl.', 'klo'
]

/** Words printed after the year ("2023 г.", "2023 года", "2023 r.", "2023 р."). */
export const YEAR_SUFFIXES: readonly string[] = [
  'г.', 'года', 'году', 'р.', 'року', 'r.', 'roku', 'yılı'
]

/** Words printed after a time of day ("10:35 Uhr", "10 h"). */
export const TIME_SUFFIXES: readonly string[] = ['uhr', 'h', 'ч.', 'год.', 'godz.']
