/**
 * End-to-end: small realistic pages in several languages and layouts, with
 * the exact article expected from `cleanArticle`.
 */
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import type {Article, RemovedKind} from '../src/types.js'

/** The parts of an article a reader checks, with related items as `{title, teaser}`. */
function summary(article: Article) {
  return {
    title: article.title,
    date: article.date,
    authors: article.authors,
    paragraphs: article.paragraphs,
    related: article.related.map((item) => (item.teaser === undefined ? {title: item.title} : {title: item.title, teaser: item.teaser})),
    removed: article.removed.map((r): [RemovedKind, string] => [r.kind, r.text])
  }
}

const lines = (...blocks: string[]): string => blocks.join('\n\n') + '\n'

describe('cleanArticle: German page with "Lesen Sie auch"', () => {
  const paragraphs = [
    'Der Stadtrat hat am Dienstag beschlossen, die alte Schwimmhalle im Norden der Stadt bis zum Sommer zu sanieren und danach wieder zu öffnen.',
    'Die Kosten für die Sanierung schätzt die Verwaltung auf rund zwölf Millionen Euro, den größten Teil zahlt das Land.',
    'Der Bürgermeister sagte, er rechne mit einer Eröffnung im August, wenn das Wetter mitspiele und die Firmen pünktlich lieferten.',
    'Von der Leyen sagte am Rande eines Besuchs, die EU werde ähnliche Projekte in anderen Städten fördern.'
  ]
  const text = lines(
    'Home\nNews\nSport\nKultur',
    'Stadt saniert die alte Schwimmhalle im Norden',
    'Von Anna Schmidt',
    '13. September 2023',
    paragraphs[0] as string,
    paragraphs[1] as string,
    'Lesen Sie auch',
    'Neue Radwege für die Innenstadt',
    'Busfahrer streiken am Freitag',
    paragraphs[2] as string,
    paragraphs[3] as string,
    'Teilen | Drucken',
    'Kommentare',
    '© 2023 Stadtanzeiger. Alle Rechte vorbehalten.'
  )

  it('keeps the article, "Von der Leyen sagte…" included, and sets the rest aside', () => {
    const article = cleanArticle(text)
    expect(summary(article)).toEqual({
      title: 'Stadt saniert die alte Schwimmhalle im Norden',
      date: '2023-09-13',
      authors: ['Anna Schmidt'],
      paragraphs,
      related: [{title: 'Neue Radwege für die Innenstadt'}, {title: 'Busfahrer streiken am Freitag'}],
      removed: [
        ['navigation', 'Home'],
        ['navigation', 'News\nSport\nKultur'],
        ['title', 'Stadt saniert die alte Schwimmhalle im Norden'],
        ['byline', 'Von Anna Schmidt'],
        ['dateline', '13. September 2023'],
        ['related', 'Lesen Sie auch'],
        ['related', 'Neue Radwege für die Innenstadt\n\nBusfahrer streiken am Freitag'],
        ['share', 'Teilen | Drucken'],
        ['comments', 'Kommentare'],
        ['copyright', '© 2023 Stadtanzeiger. Alle Rechte vorbehalten.']
      ]
    })
    expect(article.language).toBe('deu')
    expect(article.shape).toBe('paragraphs')
  })
})

describe('cleanArticle: French page with "Par Jean Dupont" and "À lire aussi"', () => {
  const paragraphs = [
    "La ville de Lyon a annoncé lundi que toutes les cantines de ses écoles primaires serviraient des repas entièrement bio d'ici la rentrée de septembre.",
    "Selon l'adjointe chargée de l'éducation, le surcoût sera en partie compensé par une baisse du gaspillage, qui représente encore près d'un quart des plats servis.",
    "Les parents d'élèves ont été reçus à la mairie pour présenter leurs attentes, notamment sur la place des produits locaux dans les menus.",
    'Par ailleurs, la ville prévoit de former les cuisiniers aux nouvelles recettes pendant les vacances de printemps.'
  ]
  const text = lines(
    'Accueil > Société > Éducation',
    'Les cantines scolaires passent au bio à Lyon',
    'Par Jean Dupont',
    'Publié le 4 mars 2024 à 08h15',
    paragraphs[0] as string,
    paragraphs[1] as string,
    'À lire aussi',
    'Grève des enseignants : les écoles fermées jeudi',
    paragraphs[2] as string,
    paragraphs[3] as string,
    'Partager',
    'Publicité'
  )

  it('keeps "Par ailleurs, …" and removes the byline "Par Jean Dupont"', () => {
    const article = cleanArticle(text)
    expect(summary(article)).toEqual({
      title: 'Les cantines scolaires passent au bio à Lyon',
      date: '2024-03-04T08:15',
      authors: ['Jean Dupont'],
      paragraphs,
      related: [{title: 'Grève des enseignants : les écoles fermées jeudi'}],
      removed: [
        ['navigation', 'Accueil > Société > Éducation'],
        ['title', 'Les cantines scolaires passent au bio à Lyon'],
        ['byline', 'Par Jean Dupont'],
        ['dateline', 'Publié le 4 mars 2024 à 08h15'],
        ['related', 'À lire aussi'],
        ['related', 'Grève des enseignants : les écoles fermées jeudi'],
        ['share', 'Partager'],
        ['advertisement', 'Publicité']
      ]
    })
    expect(article.language).toBe('fra')
  })
})

describe('cleanArticle: Russian page with "Автор: Иван Петров" and "Читайте также"', () => {
  const paragraphs = [
    'В среду в Казани открылась новая линия трамвая, которая соединила северные районы города с центром и вокзалом.',
    'По словам мэрии, поездка от конечной остановки до центра теперь занимает около двадцати минут вместо часа на автобусе.',
    'Мэр сказал, что в этом году на линии будут работать ещё десять вагонов и что их уже купили у завода в Твери.',
    'По его словам, через два года линию продлят до аэропорта, а рядом с ней построят ещё одно депо для новых вагонов.'
  ]
  const page = (third: string, fourth: string): string =>
    lines(
      'Главная\nНовости\nОбщество\nСпорт',
      'В Казани открыли новую линию трамвая',
      'Автор: Иван Петров',
      '12 апреля 2024',
      paragraphs[0] as string,
      paragraphs[1] as string,
      'Читайте также',
      'Цены на проезд в метро вырастут с мая',
      third,
      fourth,
      'Поделиться',
      'Все права защищены'
    )
  const text = page(paragraphs[2] as string, paragraphs[3] as string)

  it('finds the headline, date, author and all four paragraphs', () => {
    const article = cleanArticle(text)
    const {removed, ...rest} = summary(article)
    expect(rest).toEqual({
      title: 'В Казани открыли новую линию трамвая',
      date: '2024-04-12',
      authors: ['Иван Петров'],
      paragraphs,
      related: [{title: 'Цены на проезд в метро вырастут с мая'}]
    })
    expect(removed.map(([, t]) => t)).toEqual([
      'Главная',
      'Новости\nОбщество\nСпорт',
      'В Казани открыли новую линию трамвая',
      'Автор: Иван Петров',
      '12 апреля 2024',
      'Читайте также',
      'Цены на проезд в метро вырастут с мая',
      'Поделиться',
      'Все права защищены'
    ])
    expect(article.language).toBe('rus')
  })

  // Regression (fixed): the byline "Автор: Иван Петров" above the text is removed as kind
  // 'author-footer' (see detect-byline.test.ts). Expected kind 'byline'.
  it('reports "Автор: Иван Петров" as a byline', () => {
    const kinds = summary(cleanArticle(text)).removed.map(([kind]) => kind)
    expect(kinds).toEqual(['navigation', 'navigation', 'title', 'byline', 'dateline', 'related', 'related', 'share', 'copyright'])
  })

  // BUG: a Russian paragraph with few function words ("Строительство линии
  // обошлось городу…", stop-word density 0.07) is not "dense". The related
  // block after "Читайте также" now sees the article resume there (see
  // detect-related.test.ts), but the decider still weighs the paragraph
  // against the article ("a list of names run together"), so the main run
  // ends above the related block and both paragraphs are lost as 'main-run'.
  // Expected the two paragraphs kept; actual only the first two paragraphs kept.
  it.fails('keeps ordinary Russian paragraphs after the related block', () => {
    const third = 'Строительство линии обошлось городу в четыре миллиарда рублей, большую часть денег выделил федеральный бюджет.'
    const fourth = 'В ближайшие два года власти обещают продлить линию до аэропорта и построить ещё одно депо для новых вагонов.'
    const article = cleanArticle(page(third, fourth))
    expect(article.paragraphs).toEqual([paragraphs[0], paragraphs[1], third, fourth])
    expect(summary(article).related).toEqual([{title: 'Цены на проезд в метро вырастут с мая'}])
  })
})

describe('cleanArticle: Spanish page with "Te puede interesar"', () => {
  const paragraphs = [
    'El Ayuntamiento de Valencia anunció este lunes que las bibliotecas municipales abrirán también los sábados por la tarde a partir del mes de febrero.',
    'La medida responde a una petición de los estudiantes, que se quejaban de no tener un lugar tranquilo para estudiar durante los fines de semana.',
    'Según la concejala de Cultura, la ampliación costará unos doscientos mil euros al año y permitirá contratar a doce personas más.',
    'Los sindicatos han pedido que los nuevos puestos sean fijos y que se respeten los descansos del personal que ya trabaja en las bibliotecas.'
  ]
  const text = lines(
    'Inicio\nNacional\nInternacional\nDeportes',
    'El Ayuntamiento amplía el horario de las bibliotecas',
    'Por María García',
    '15 de enero de 2024',
    paragraphs[0] as string,
    paragraphs[1] as string,
    'Te puede interesar',
    'Los precios del alquiler suben un diez por ciento en un año',
    paragraphs[2] as string,
    paragraphs[3] as string,
    'Compartir',
    'Todos los derechos reservados'
  )

  it('finds the article and the promoted story', () => {
    const article = cleanArticle(text)
    expect(summary(article)).toEqual({
      title: 'El Ayuntamiento amplía el horario de las bibliotecas',
      date: '2024-01-15',
      authors: ['María García'],
      paragraphs,
      related: [{title: 'Los precios del alquiler suben un diez por ciento en un año'}],
      removed: [
        ['navigation', 'Inicio'],
        ['navigation', 'Nacional\nInternacional\nDeportes'],
        ['title', 'El Ayuntamiento amplía el horario de las bibliotecas'],
        ['byline', 'Por María García'],
        ['dateline', '15 de enero de 2024'],
        ['related', 'Te puede interesar'],
        ['related', 'Los precios del alquiler suben un diez por ciento en un año'],
        ['share', 'Compartir'],
        ['copyright', 'Todos los derechos reservados']
      ]
    })
    expect(article.language).toBe('spa')
  })
})

describe('cleanArticle: Italian page with "Leggi anche"', () => {
  const paragraphs = [
    'Il nuovo ponte pedonale sul fiume sarà aperto al pubblico a partire dal primo maggio, ha annunciato ieri il sindaco durante una conferenza stampa in comune.',
    'I lavori, iniziati due anni fa, sono costati circa otto milioni di euro e sono stati finanziati in gran parte con fondi europei per la mobilità sostenibile.',
    "Secondo il comune, il ponte permetterà a chi abita nei quartieri a sud di raggiungere il centro a piedi in meno di un quarto d'ora.",
    "Per l'inaugurazione è prevista una festa con musica e bancarelle lungo le due rive, aperta a tutti i cittadini e alle loro famiglie."
  ]
  const text = lines(
    'Home\nCronaca\nPolitica\nSport',
    'Il nuovo ponte sul fiume apre a maggio',
    'di Marco Rossi',
    '13 settembre 2023',
    paragraphs[0] as string,
    paragraphs[1] as string,
    'Leggi anche',
    'Treni regionali, nuovi orari dal lunedì',
    paragraphs[2] as string,
    paragraphs[3] as string,
    'Condividi',
    'Tutti i diritti riservati'
  )

  it('finds the article with its lower-case "di" byline', () => {
    const article = cleanArticle(text)
    expect(summary(article)).toEqual({
      title: 'Il nuovo ponte sul fiume apre a maggio',
      date: '2023-09-13',
      authors: ['Marco Rossi'],
      paragraphs,
      related: [{title: 'Treni regionali, nuovi orari dal lunedì'}],
      removed: [
        ['navigation', 'Home'],
        ['navigation', 'Cronaca\nPolitica\nSport'],
        ['title', 'Il nuovo ponte sul fiume apre a maggio'],
        ['byline', 'di Marco Rossi'],
        ['dateline', '13 settembre 2023'],
        ['related', 'Leggi anche'],
        ['related', 'Treni regionali, nuovi orari dal lunedì'],
        ['share', 'Condividi'],
        ['copyright', 'Tutti i diritti riservati']
      ]
    })
    expect(article.language).toBe('ita')
  })
})

describe('cleanArticle: English look-alikes stay in the article', () => {
  const paragraphs = [
    'By 2030, the city will have planted ten thousand trees along its busiest roads, the mayor said on Monday, in a plan meant to cool neighbourhoods that bake in summer.',
    'Read more books, the study says.',
    'That was the advice of a separate report published the same day, which found that children who read more books at home also spend more time outdoors.',
    'Comments made by the minister drew criticism from the opposition, who said the plan came too late and offered too little money.',
    'The ad campaign cost millions. Officials defended it, saying residents needed to know where the new trees would go and how to care for them.'
  ]
  const head = [
    'Skip to content\nHome\nWorld\nBusiness\nScience',
    'City unveils plan to plant 10,000 trees by 2030',
    'By Sarah Miller',
    'March 4, 2024',
    ...paragraphs,
    'Advertisement',
    'Share this article',
    'Related stories',
    'Council approves new bike lanes',
    'Bus fares to rise in April'
  ]

  it('keeps "By 2030, …", "Read more books, …", "Comments made by …" and "The ad campaign …"', () => {
    const article = cleanArticle(lines(...head))
    expect(summary(article)).toEqual({
      title: 'City unveils plan to plant 10,000 trees by 2030',
      date: '2024-03-04',
      authors: ['Sarah Miller'],
      paragraphs,
      related: [{title: 'Council approves new bike lanes'}, {title: 'Bus fares to rise in April'}],
      removed: [
        ['navigation', 'Skip to content\nHome'],
        ['navigation', 'World\nBusiness\nScience'],
        ['title', 'City unveils plan to plant 10,000 trees by 2030'],
        ['byline', 'By Sarah Miller'],
        ['dateline', 'March 4, 2024'],
        ['advertisement', 'Advertisement'],
        ['share', 'Share this article'],
        ['related', 'Related stories'],
        ['related', 'Council approves new bike lanes\n\nBus fares to rise in April']
      ]
    })
    expect(article.language).toBe('eng')
  })

  it('the precision preset keeps at least what balanced keeps', () => {
    const text = lines(...head)
    const balanced = cleanArticle(text).paragraphs
    const precise = cleanArticle(text, {preset: 'precision'}).paragraphs
    expect(precise).toEqual(expect.arrayContaining(balanced))
  })

  // Regression (fixed): the related block ran to the end of the page, so a
  // cookie notice after it became a teaser and "Accept all" an item.
  it('a cookie notice after the related block is not a related item', () => {
    const article = cleanArticle(
      lines(...head, 'We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.', 'Accept all')
    )
    expect(summary(article).related).toEqual([{title: 'Council approves new bike lanes'}, {title: 'Bus fares to rise in April'}])
  })

  // Regression (fixed): the signature of a comment ("Jane says: March 4, 2024 at 9:12 am")
  // is a 'dateline' finding, which detectRelated takes for the header of the
  // next article: the related block above it stops at once and reports no
  // items. Expected the two related items; actual [].
  it('a comment section after the related block does not empty its items', () => {
    const article = cleanArticle(
      lines(...head, '3 Comments', 'Jane says: March 4, 2024 at 9:12 am', 'Great news for our street, finally.')
    )
    expect(summary(article).related).toEqual([{title: 'Council approves new bike lanes'}, {title: 'Bus fares to rise in April'}])
  })
})

describe('cleanArticle: hard-wrapped html2text page', () => {
  const text = [
    '[Skip to main content](#main)',
    '',
    '  * Home',
    '  * Politics',
    '  * Economy',
    '  * Culture',
    '',
    '# Harbour ferry returns after two-year break',
    '',
    'By Tom Baker',
    '',
    'June 18, 2024',
    '',
    'The harbour ferry between the old town and the island resumed service on',
    'Tuesday morning, two years after storm damage forced the operator to take its',
    'only boat out of the water for repairs.',
    '',
    'The first crossing left the pier at seven o\'clock with about forty passengers',
    'on board, most of them commuters who had spent the last two years driving the',
    'long way round the bay.',
    '',
    'The operator said the repaired boat would run every half hour in summer and',
    'every hour in winter, and that a second vessel was being built at a yard in',
    'the north of the country.',
    '',
    'Share this article',
    '',
    '© 2024 Harbour Times. All rights reserved.',
    ''
  ].join('\n')

  it('re-flows the wrapped paragraphs and removes the chrome', () => {
    const article = cleanArticle(text)
    expect(article.shape).toBe('wrapped')
    expect(summary(article)).toEqual({
      title: 'Harbour ferry returns after two-year break',
      date: '2024-06-18',
      authors: ['Tom Baker'],
      paragraphs: [
        'The harbour ferry between the old town and the island resumed service on Tuesday morning, two years after storm damage forced the operator to take its only boat out of the water for repairs.',
        "The first crossing left the pier at seven o'clock with about forty passengers on board, most of them commuters who had spent the last two years driving the long way round the bay.",
        'The operator said the repaired boat would run every half hour in summer and every hour in winter, and that a second vessel was being built at a yard in the north of the country.'
      ],
      related: [],
      removed: [
        ['navigation', '[Skip to main content](#main)'],
        ['navigation', '* Home'],
        ['navigation', '* Politics\n  * Economy\n  * Culture'],
        ['title', '# Harbour ferry returns after two-year break'],
        ['byline', 'By Tom Baker'],
        ['dateline', 'June 18, 2024'],
        ['share', 'Share this article'],
        ['copyright', '© 2024 Harbour Times. All rights reserved.']
      ]
    })
  })

  it('maps kept spans back to the input', () => {
    const article = cleanArticle(text)
    expect(article.kept.map((span) => text.slice(span.start, span.end).replace(/\s+/g, ' '))).toEqual(article.paragraphs)
  })
})

describe('cleanArticle: a page on a single line', () => {
  const body = [
    'The harbour ferry between the old town and the island resumed service on Tuesday morning, two years after storm damage forced the operator to take its only boat out of the water for repairs.',
    "The first crossing left the pier at seven o'clock with about forty passengers on board, most of them commuters who had spent the last two years driving the long way round the bay.",
    'The operator said the repaired boat would run every half hour in summer and every hour in winter.',
    'A second vessel is being built at a yard in the north of the country and should join the route next spring.',
    'Local businesses on the island said they expected more visitors now that the crossing takes ten minutes again.',
    'The council has promised to repair the pier on the old town side before the end of the year.'
  ]
  const text =
    'Home News World Business Technology Science Health Sport Culture Travel Opinion Video Podcasts Weather Search Menu ' +
    'Harbour ferry returns after two-year break By Tom Baker June 18, 2024 ' +
    body.join(' ') +
    ' Share this article © 2024 Harbour Times. All rights reserved.'

  it('cuts the line into sentences and keeps the article\'s as one paragraph', () => {
    const article = cleanArticle(text)
    expect(article.shape).toBe('single-line')
    expect(article.paragraphs).toEqual([body.join(' ')])
    expect(article.date).toBe('2024-06-18')
    // The header glued before the first sentence is cut into its pieces, each removed for what it is.
    expect(article.removed.map((r) => [r.kind, r.text])).toEqual([
      ['boilerplate', 'Home News World Business Technology Science Health Sport Culture Travel Opinion Video Podcasts Weather Search Menu'],
      ['title', 'Harbour ferry returns after two-year break'],
      ['byline', 'By Tom Baker'],
      ['dateline', 'June 18, 2024'],
      ['copyright', 'Share this article © 2024 Harbour Times. All rights reserved.']
    ])
  })

  // Regression: the menu, headline, byline and date glued before the first
  // sentence stayed one block, and detectTitle took that whole block for the
  // headline ("Home News World … June 18, 2024"), with no author.
  it('finds the headline and the author glued to the menu', () => {
    const article = cleanArticle(text)
    expect(article.title).toBe('Harbour ferry returns after two-year break')
    expect(article.authors).toEqual(['Tom Baker'])
  })

  // Regression: on a German single-line page, splitGlued cut the menu from
  // the text at a capitalised noun inside the headline ("Nachtzüge"), so the
  // title was the menu plus half the headline and the first paragraph started
  // "Nachtzüge nach Wien vor Von Lena Hoffmann 21. Mai 2024 Die Bahn …".
  it('de: the menu and the header do not leak into the first paragraph', () => {
    const german =
      'Startseite Politik Wirtschaft Sport Kultur Wissen Reise Auto Digital Gesundheit Karriere Video Podcast Menü Suche ' +
      'Bahn stellt neue Nachtzüge nach Wien vor Von Lena Hoffmann 21. Mai 2024 ' +
      'Die Bahn hat am Dienstag in Berlin die neuen Nachtzüge vorgestellt, die ab Dezember zwischen Hamburg und Wien fahren sollen. ' +
      'Die Wagen haben Abteile mit eigener Dusche und Toilette, dazu kommen Liegewagen für Familien und Sitzplätze für Reisende mit kleinem Budget. ' +
      'Nach Angaben des Unternehmens sollen die Züge jede Nacht in beide Richtungen fahren und in Nürnberg sowie in Passau halten. ' +
      'Die Fahrkarten gehen im Oktober in den Verkauf, die Preise stehen aber noch nicht fest. ' +
      'Fahrgastverbände begrüßten die Pläne, forderten aber mehr Verbindungen in andere europäische Städte. ' +
      'Auch die österreichische Bahn will ihr Angebot im kommenden Jahr ausbauen und prüft dafür neue Strecken nach Italien und in die Schweiz. ' +
      'Ein Sprecher sagte, die Nachfrage nach Nachtzügen sei in den letzten Jahren stark gestiegen, vor allem bei jungen Leuten. ' +
      'Teilen Drucken © 2024 Beispielzeitung. Alle Rechte vorbehalten.'
    const article = cleanArticle(german)
    expect(article.shape).toBe('single-line')
    expect(article.paragraphs[0]?.startsWith('Die Bahn hat am Dienstag')).toBe(true)
    expect(article.title).toBe('Bahn stellt neue Nachtzüge nach Wien vor')
    expect(article.authors).toEqual(['Lena Hoffmann'])
    expect(article.date).toBe('2024-05-21')
  })
})
