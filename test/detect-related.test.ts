import {describe, expect, it} from 'vitest'
import {detectAdvertisement} from '../src/detect/advertisement.js'
import {detectRelated, isRelatedHeading} from '../src/detect/related.js'
import {detectShare} from '../src/detect/share.js'
import type {DetectContext} from '../src/detect/context.js'
import type {Block} from '../src/types.js'
import {contextOf, page, PROSE_EN, seen, type Seen} from './detect-helpers.js'

/**
 * Related findings of `text`, anchored on `headers` (start offsets of the
 * blocks whose text is listed) and, as in the pipeline, on the share and
 * advertisement lines their detectors find.
 */
function related(text: string, headerTexts: readonly string[] = []): Seen[] {
  const context = contextOf(text)
  const asides = new Set([...detectShare(context), ...detectAdvertisement(context)].map((f) => f.start))
  return seen(context, detectRelated(context, headersOf(context, headerTexts), new Set(), asides))
}

function headersOf(context: DetectContext, texts: readonly string[]): Set<number> {
  return new Set(context.doc.blocks.filter((b) => texts.includes(b.text)).map((b) => b.start))
}

/** The items of every heading finding, as `{title, teaser}`. */
function itemsOf(found: readonly Seen[]): {title: string; teaser?: string}[] {
  return found.flatMap((f) =>
    (f.data?.related ?? []).map((item) => (item.teaser === undefined ? {title: item.title} : {title: item.title, teaser: item.teaser}))
  )
}

/** The items of a "Related stories" list of `lines` after three paragraphs of prose. */
function itemsAfterProse(...lines: string[]): {title: string; teaser?: string}[] {
  return itemsOf(related(page(...PROSE_EN, 'Related stories', ...lines)))
}

function heading(text: string): boolean {
  const context = contextOf(text)
  return isRelatedHeading(context.doc.blocks[0] as Block, context.features[0] as DetectContext['features'][number])
}

const DE = {
  intro: 'Der Stadtrat hat am Dienstag beschlossen, die alte Schwimmhalle im Norden der Stadt bis zum Sommer zu sanieren und danach wieder zu öffnen.',
  costs: 'Die Kosten für die Sanierung schätzt die Verwaltung auf rund zwölf Millionen Euro, den größten Teil davon zahlt das Land.',
  mayor: 'Der Bürgermeister sagte, er rechne mit einer Eröffnung im August, wenn das Wetter mitspiele und die Firmen pünktlich lieferten.'
}

describe('detectRelated: a heading and its items', () => {
  it('de: "Lesen Sie auch", two headlines, then the article resumes', () => {
    const text = page(DE.intro, 'Lesen Sie auch', 'Neue Radwege für die Innenstadt', 'Busfahrer streiken am Freitag', DE.costs, DE.mayor)
    const found = related(text)
    expect(found.map(({kind, text: t, removed}) => ({kind, text: t, removed}))).toEqual([
      {kind: 'related', text: 'Lesen Sie auch', removed: true},
      {kind: 'related', text: 'Neue Radwege für die Innenstadt', removed: true},
      {kind: 'related', text: 'Busfahrer streiken am Freitag', removed: true}
    ])
    expect(itemsOf(found)).toEqual([{title: 'Neue Radwege für die Innenstadt'}, {title: 'Busfahrer streiken am Freitag'}])
  })

  it('de: headlines printed twice, each followed by a teaser cut mid-sentence', () => {
    const text = page(
      DE.intro,
      'Lesen Sie auch',
      'Neue Radwege für die Innenstadt',
      'Neue Radwege für die Innenstadt',
      'Der Umbau soll im Frühjahr beginnen und vor allem Familien mit Kindern …',
      'Busfahrer streiken am Freitag',
      'Busfahrer streiken am Freitag',
      'Welche Linien betroffen sind und wann der Verkehr wieder rollt.',
      DE.costs,
      DE.mayor
    )
    const found = related(text)
    expect(itemsOf(found)).toEqual([
      {title: 'Neue Radwege für die Innenstadt', teaser: 'Der Umbau soll im Frühjahr beginnen und vor allem Familien mit Kindern …'},
      {title: 'Busfahrer streiken am Freitag', teaser: 'Welche Linien betroffen sind und wann der Verkehr wieder rollt.'}
    ])
    expect(found.filter((f) => f.kind === 'related' && f.removed)).toHaveLength(7)
    expect(found.map((f) => f.text)).not.toContain(DE.costs)
  })

  // Regression (fixed): a statement with few function words (Russian has no
  // articles: "Строительство линии обошлось…", 7%) was no paragraph, so the
  // list ran on over the article's next two paragraphs.
  it('ru: the article resumes with a paragraph of few function words', () => {
    const text = page(
      'В среду в Казани открылась новая линия трамвая, которая соединила северные районы города с центром и вокзалом.',
      'По словам мэрии, поездка от конечной остановки до центра теперь занимает около двадцати минут вместо часа на автобусе.',
      'Читайте также',
      'Цены на проезд в метро вырастут с мая',
      'Строительство линии обошлось городу в четыре миллиарда рублей, большую часть денег выделил федеральный бюджет.',
      'В ближайшие два года власти обещают продлить линию до аэропорта и построить ещё одно депо для новых вагонов.'
    )
    const found = related(text)
    expect(found.map((f) => f.text)).toEqual(['Читайте также', 'Цены на проезд в метро вырастут с мая'])
    expect(itemsOf(found)).toEqual([{title: 'Цены на проезд в метро вырастут с мая'}])
  })

  it('en: a long headline cut short, above a question, is no paragraph', () => {
    const items = [
      "Mayor Slams Council Over Bike Lane Plan: 'Residents Deserve Better Streets, Safer Crossings...'",
      'Why did the city council wait five years before it raised the bus fares in the old town?',
      'Harbour ferry returns'
    ]
    expect(itemsAfterProse(...items, ...PROSE_EN)).toEqual(items.map((title) => ({title})))
  })

  it('fr: "À lire aussi" with headlines and their two-sentence teasers', () => {
    const text = page(
      "La ville de Lyon a annoncé lundi que toutes les cantines de ses écoles primaires serviraient des repas entièrement bio d'ici la rentrée.",
      'À lire aussi',
      'La réforme des retraites adoptée au Sénat',
      'Les sénateurs ont voté le texte dans la nuit. Le gouvernement salue une victoire.',
      'Grève dans les transports jeudi',
      'Deux TGV sur trois. Les usagers sont prévenus.',
      "Selon l'adjointe chargée de l'éducation, le surcoût sera en partie compensé par une baisse du gaspillage dans les cantines.",
      "Les parents d'élèves ont été reçus à la mairie pour présenter leurs attentes, notamment sur la place des produits locaux."
    )
    const found = related(text)
    expect(itemsOf(found)).toEqual([
      {
        title: 'La réforme des retraites adoptée au Sénat',
        teaser: 'Les sénateurs ont voté le texte dans la nuit. Le gouvernement salue une victoire.'
      },
      {title: 'Grève dans les transports jeudi', teaser: 'Deux TGV sur trois. Les usagers sont prévenus.'}
    ])
    expect(found.map((f) => f.text)).not.toContain(
      "Selon l'adjointe chargée de l'éducation, le surcoût sera en partie compensé par une baisse du gaspillage dans les cantines."
    )
  })

  const beforeHeader = page(
    'Most read',
    'Council approves new bike lanes',
    'Bus fares to rise in April',
    'Harbour ferry returns after two-year break',
    'By Tom Baker',
    'The harbour ferry between the old town and the island resumed service on Tuesday, two years after storm damage.'
  )

  it('never swallows the next article\'s headline and byline', () => {
    const texts = related(beforeHeader, ['By Tom Baker']).map((f) => f.text)
    expect(texts).toContain('Most read')
    expect(texts).not.toContain('Harbour ferry returns after two-year break')
    expect(texts).not.toContain('By Tom Baker')
  })

  // BUG: itemsEnd() stops as soon as a header (byline/date) stands within 3
  // blocks below, so the teaser headlines 1–3 blocks above the real headline
  // are lost. Expected items "Council approves new bike lanes" and "Bus fares
  // to rise in April"; actual: only the heading, with no items.
  it.fails('keeps the teaser headlines right above the next article\'s headline', () => {
    const found = related(beforeHeader, ['By Tom Baker'])
    expect(found.map((f) => f.text)).toEqual(['Most read', 'Council approves new bike lanes', 'Bus fares to rise in April'])
    expect(itemsOf(found)).toEqual([{title: 'Council approves new bike lanes'}, {title: 'Bus fares to rise in April'}])
  })
})

describe('detectRelated: headings in every language', () => {
  it.each([
    ['en', "Don't Miss:"],
    ['en', 'Related stories'],
    ['en', 'More from Business'],
    ['de', 'Lesen Sie auch:'],
    ['de', 'Mehr aus Berlin'],
    ['fr', 'À lire aussi'],
    ['es', 'Te puede interesar'],
    ['it', 'Leggi anche'],
    ['pt', 'Leia também'],
    ['nl', 'Lees ook'],
    ['pl', 'Czytaj także'],
    ['ru', 'Читайте также'],
    ['uk', 'Читайте також'],
    ['tr', 'İlgili haberler'],
    ['en', 'Explore further'],
    ['de', 'Das Thema könnte dich auch interessieren:'],
    ['fr', 'Pour approfondir'],
    ['es', 'Le puede interesar:']
  ])('%s: "%s" opens a related block', (_lang, line) => {
    expect(heading(line)).toBe(true)
  })

  it.each([
    ['en', 'Read more books, the study says.'],
    ['en', 'More from the interview follows below.'],
    ['de', 'Lesen Sie auch den Bericht unserer Kollegen aus Hamburg über die Pläne der Stadt.'],
    ['es', 'Más de cien personas acudieron.']
  ])('%s: "%s" is no heading', (_lang, line) => {
    expect(heading(line)).toBe(false)
  })
})

describe('detectRelated: headings made of a "more" word and an "articles" word', () => {
  const items = ['Council votes to keep the old tram depot', 'New market hall to open next spring']
  const after = (heading: string) => related(page(...PROSE_EN, heading, ...items))

  it.each([
    ['en', 'Recommended reads'],
    ['de', 'Weitere Beiträge aus der Kolumne:'],
    ['de', 'Die meistgelesenen Artikel'],
    ['es', 'Otras Noticias'],
    ['es', 'NOTAS RELACIONADAS'],
    ['fr', 'Autres articles'],
    ['pl', 'Inne artykuły'],
    ['ru', 'Последние статьи']
  ])('%s: "%s" after the article opens a related block', (_lang, line) => {
    expect(after(line)).toEqual([line, ...items].map((text) => ({kind: 'related', text, removed: true, ...(text === line ? {data: expect.anything()} : {})})))
  })

  it.each([
    ['a page\'s title bar', 'Blog - Latest News'],
    ['words of two languages', 'Aktuelle Infos zum Workshop'],
    ['a sentence', 'More stories will follow next week.']
  ])('%s is no heading: "%s"', (_what, line) => {
    expect(after(line)).toEqual([])
  })

  it('at the top of the page, before the article, it is a menu toggle', () => {
    expect(related(page('Andere Nachrichten', ...items, ...PROSE_EN))).toEqual([])
  })
})

describe('detectRelated: one-line links', () => {
  it.each([
    ['en', 'Read more: How the city plans to cut traffic by half', 'How the city plans to cut traffic by half'],
    ['de', 'Lesen Sie auch: Neue Radwege für die Innenstadt', 'Neue Radwege für die Innenstadt'],
    ['it', 'Leggi anche | Il nuovo ponte apre a maggio', 'Il nuovo ponte apre a maggio'],
    ['ru', 'Читайте также: Цены на проезд в метро вырастут с мая', 'Цены на проезд в метро вырастут с мая']
  ])('%s: %s', (_lang, line, title) => {
    const found = related(line)
    expect(found.map(({kind, text, removed}) => ({kind, text, removed}))).toEqual([{kind: 'related', text: line, removed: true}])
    expect(itemsOf(found)).toEqual([{title}])
  })

  it('leaves other labelled lines alone', () => {
    expect(related('Note: the museum is closed on Mondays')).toEqual([])
  })
})

describe('detectRelated: look-alikes in prose stay', () => {
  it('en: "Read more books, the study says." and a paragraph about reading more books', () => {
    const text = page(
      'Read more books, the study says.',
      'Children who read more books at home do better at school, the study found, and the effect lasts for years.',
      'The researchers followed two thousand pupils for a decade and asked their parents about reading at home.'
    )
    expect(related(text)).toEqual([])
  })

  // Regression (fixed): the French relatedPrefixes entry "plus de" makes a subheading such as
  // "Plus de 200 cantines concernées" a related heading (confidence 0.95), so
  // it is removed from the article. Expected no finding; actual a 'related'
  // finding on the subheading.
  it('fr: a subheading "Plus de 200 cantines concernées" between paragraphs', () => {
    const text = page(
      "La ville de Lyon a annoncé lundi que toutes les cantines de ses écoles primaires serviraient des repas entièrement bio d'ici la rentrée.",
      'Plus de 200 cantines concernées',
      "Selon l'adjointe chargée de l'éducation, le surcoût sera en partie compensé par une baisse du gaspillage dans les cantines.",
      "Les parents d'élèves ont été reçus à la mairie pour présenter leurs attentes, notamment sur la place des produits locaux."
    )
    expect(related(text)).toEqual([])
  })

  // Regression (fixed): same with the Spanish prefix "más de": the subheading is removed as a related heading.
  it('es: a subheading "Más de 300 familias afectadas" between paragraphs', () => {
    const text = page(
      'Las lluvias de la última semana han inundado varios barrios del sur de la ciudad y han obligado a cortar dos carreteras.',
      'Más de 300 familias afectadas',
      'Según el Ayuntamiento, los servicios de emergencia han atendido más de mil llamadas desde el lunes por la noche.',
      'Los vecinos se quejan de que las obras para mejorar el alcantarillado llevan años paradas por falta de dinero.'
    )
    expect(related(text)).toEqual([])
  })
})

describe('detectRelated: item extraction', () => {
  // Regression (fixed): a one-sentence teaser under an unpunctuated headline is reported as an
  // item of its own (title = the teaser sentence) instead of as the headline's
  // teaser, because titleLike() accepts one-sentence blocks. Expected 2 items
  // with teasers; actual 4 items without teasers.
  it('de: a headline followed by a one-sentence teaser is one item', () => {
    const text = page(
      DE.intro,
      'Lesen Sie auch',
      'Neue Radwege für die Innenstadt',
      'Der Umbau soll im Frühjahr beginnen und vor allem Familien mit Kindern entlasten, sagt die Verwaltung.',
      'Busfahrer streiken am Freitag',
      'Welche Linien betroffen sind und wann der Verkehr wieder rollt.',
      DE.costs,
      DE.mayor
    )
    expect(itemsOf(related(text))).toEqual([
      {title: 'Neue Radwege für die Innenstadt', teaser: 'Der Umbau soll im Frühjahr beginnen und vor allem Familien mit Kindern entlasten, sagt die Verwaltung.'},
      {title: 'Busfahrer streiken am Freitag', teaser: 'Welche Linien betroffen sind und wann der Verkehr wieder rollt.'}
    ])
  })

  // Regression (fixed): a related block at the end of the page runs to the end of the page,
  // so share and advertisement lines after it become related items
  // ("Partager", "Publicité"). Expected one item; actual three.
  it('fr: share and advertisement lines after the items are no items', () => {
    const text = page(
      "La ville de Lyon a annoncé lundi que toutes les cantines de ses écoles primaires serviraient des repas entièrement bio d'ici la rentrée.",
      "Selon l'adjointe chargée de l'éducation, le surcoût sera en partie compensé par une baisse du gaspillage dans les cantines.",
      'À lire aussi',
      'Grève des enseignants : les écoles fermées jeudi',
      'Partager',
      'Publicité'
    )
    expect(itemsOf(related(text))).toEqual([{title: 'Grève des enseignants : les écoles fermées jeudi'}])
  })

  it('en: short sentences and questions under unpunctuated headlines are items of their own', () => {
    const items = itemsAfterProse('Council approves new bike lanes', 'Is the harbour ferry worth saving?', 'Bus fares to rise in April', 'Washington, D.C.')
    expect(items).toEqual([
      {title: 'Council approves new bike lanes'},
      {title: 'Is the harbour ferry worth saving?'},
      {title: 'Bus fares to rise in April'},
      {title: 'Washington, D.C.'}
    ])
  })

  // Regression (fixed): a headline repeated under its teaser (a "read more"
  // link) counted as a page that prints each headline twice, so every later
  // headline became the teaser of the one above it.
  it('en: a headline repeated under its teaser does not pair the next headlines', () => {
    const items = itemsAfterProse(
      'Council approves new bike lanes',
      'The new lanes will link the station with the university and the old town by next summer.',
      'Council approves new bike lanes',
      'Bus fares to rise in April',
      'Harbour ferry returns after two-year break'
    )
    expect(items).toEqual([
      {
        title: 'Council approves new bike lanes',
        teaser: 'The new lanes will link the station with the university and the old town by next summer.'
      },
      {title: 'Bus fares to rise in April'},
      {title: 'Harbour ferry returns after two-year break'}
    ])
  })
})
