import {francAll} from 'franc'
import {describe, expect, it} from 'vitest'
import {LANGUAGE_FAMILIES} from '../src/data/language-families.js'
import {detectLanguage, functionWordFamily, languageSample, MIN_LANGUAGE_SAMPLE, UNSURE_MARGIN} from '../src/language.js'

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
  french: [
    'Le musée a rouvert samedi son aile est après une rénovation qui a duré près de trois ans et qui a coûté plus que le bâtiment lui-même en 1902.',
    'Les visiteurs faisaient la queue le long de la rivière dès le matin, et à midi le personnel avait compté plus de quatre mille personnes dans les galeries.'
  ],
  spanish: [
    'El museo reabrió el sábado su ala este después de una renovación que duró casi tres años y que costó más que el propio edificio en 1902.',
    'Los visitantes hicieron cola a lo largo del río desde primera hora, y al mediodía el personal había contado más de cuatro mil personas en las galerías.'
  ],
  italian: [
    'Il museo ha riaperto sabato la sua ala est dopo una ristrutturazione che è durata quasi tre anni e che è costata più dell’edificio stesso nel 1902.',
    'I visitatori erano in fila lungo il fiume fin dal mattino, e a mezzogiorno il personale aveva contato più di quattromila persone nelle nuove gallerie.'
  ],
  portuguese: [
    'O museu reabriu no sábado a sua ala leste depois de uma renovação que durou quase três anos e que custou mais do que o próprio edifício em 1902.',
    'Os visitantes fizeram fila ao longo do rio desde cedo, e ao meio-dia os funcionários tinham contado mais de quatro mil pessoas nas novas galerias.'
  ],
  dutch: [
    'Het museum heeft zaterdag de oostvleugel heropend na een renovatie die bijna drie jaar heeft geduurd en meer kostte dan het gebouw zelf in 1902.',
    'Bezoekers stonden al vroeg in de ochtend in de rij langs de rivier, en tegen de middag had het personeel meer dan vierduizend mensen geteld.'
  ],
  polish: [
    'Muzeum w sobotę ponownie otworzyło wschodnie skrzydło po remoncie, który trwał prawie trzy lata i kosztował więcej niż sam budynek w 1902 roku.',
    'Zwiedzający stali w kolejce wzdłuż rzeki od wczesnego rana, a do południa pracownicy naliczyli ponad cztery tysiące osób w nowych galeriach.'
  ],
  ukrainian: [
    'Музей у суботу знову відкрив східне крило після реконструкції, яка тривала майже три роки і коштувала більше, ніж сама будівля у 1902 році.',
    'Відвідувачі стояли в черзі вздовж річки з раннього ранку, а до полудня працівники нарахували понад чотири тисячі людей у нових галереях.'
  ],
  turkish: [
    'Müze, neredeyse üç yıl süren ve binanın kendisinden daha pahalıya mal olan bir yenilemenin ardından cumartesi günü doğu kanadını yeniden açtı.',
    'Ziyaretçiler sabahın erken saatlerinden itibaren nehir boyunca kuyruk oluşturdu ve öğlene kadar personel yeni galerilerde dört binden fazla kişi saydı.'
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

describe('functionWordFamily', () => {
  const family = (lang: string) => LANGUAGE_FAMILIES.find((f) => f.members.some((m) => m === lang))?.franc
  it.each([
    ['english', 'en', 'eng'],
    ['german', 'de', 'deu'],
    ['french', 'fr', 'fra'],
    ['spanish', 'es', 'spa'],
    ['italian', 'it', 'ita'],
    ['portuguese', 'pt', 'por'],
    ['polish', 'pl', 'pol'],
    ['ukrainian', 'uk', 'ukr']
  ] as const)('narrows a page in %s to its family, which holds franc\'s answer', (name, lang, code) => {
    expect(functionWordFamily(languageSample(PAGES[name] as string[]))).toBe(family(lang))
    expect(family(lang)).toContain(code)
    expect(detectLanguage(PAGES[name] as string[])).toBe(code)
  })

  it('leaves franc the whole choice when no family leads clearly', () => {
    // Dutch "de" and "en" are French and Spanish words too; two short Turkish sentences hold few function words.
    expect(functionWordFamily(languageSample(PAGES.dutch as string[]))).toBeNull()
    expect(functionWordFamily(languageSample(PAGES.turkish as string[]))).toBeNull()
    // Two families half and half, a script without function word data, and too few words.
    const mixed = languageSample([(PAGES.english as string[])[0] as string, (PAGES.french as string[])[0] as string])
    expect(functionWordFamily(mixed)).toBeNull()
    expect(functionWordFamily(languageSample(PAGES.greek as string[]))).toBeNull()
    expect(functionWordFamily('The museum and the river.')).toBeNull()
  })

  it('leaves a language without function word lists to franc, though it shares short words with one', () => {
    // Indonesian "dan" is a Dutch function word too, but makes up far less of the text than function words do.
    const indonesian = [
      'Museum kota dibuka kembali pada hari Sabtu setelah renovasi panjang yang menelan biaya besar, dengan galeri baru dan taman, kafe dan toko buku.',
      'Pengunjung datang sejak pagi dan antre lama sepanjang sungai, anak muda dan orang tua, pedagang dan wisatawan dari luar kota.',
      'Direktur museum mengatakan pameran berikutnya akan menampilkan lukisan dan patung karya seniman setempat, foto dan peta lama milik keluarga terkemuka dan sekolah.'
    ]
    expect(functionWordFamily(languageSample(indonesian))).toBeNull()
    expect(detectLanguage(indonesian)).toBe(rankedOnAll(indonesian))
  })

  it('counts languages of one family together: English then German is Germanic', () => {
    expect(functionWordFamily(languageSample(PAGES['english, then german'] as string[]))).toBe(family('de'))
  })
})
