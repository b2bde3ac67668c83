/**
 * Hostile and odd input: every string gives a sensible article — never a
 * throw, never a hang — with valid offsets, and no visible character of the
 * input lost (each is in a kept block or a removed span).
 *
 * The two huge inputs (50 MB, one 10 MB line) run in a worker thread on the
 * built package (dist/, built by `npm test`), so a hang is cut off at a
 * deadline instead of stalling the suite. The deadline is a hang guard, not a
 * benchmark: several times what linear time at the measured ~1 MB/s needs.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {describe, expect, it} from 'vitest'
import {cleanArticle, type Article} from '../src/index.js'

const PAGE_PATH = fileURLToPath(new URL('fixtures/kazakhstan-exiles.txt', import.meta.url))
const PAGE = readFileSync(PAGE_PATH, 'utf8')
const DIST = new URL('../dist/index.js', import.meta.url)

// Sentences of the fixture's article body (and, negatively, of its chrome).
const FIRST = 'When journalist Yevgeniya Baltatarova arrived in Kazakhstan in March 2022'
const MIDDLE = 'Kazakhstan became a popular destination for Russian emigrants after the invasion of Ukraine'
const LATER = 'Obtaining refugee status or a humanitarian visa from another country is the most viable option'

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
// White space, control and format characters (NUL, BOM, zero-width) carry no text.
const IGNORABLE = /[\s\p{Cc}\p{Cf}]/u

/** What is wrong with `article` as the result of cleaning `input` (empty when nothing). */
function problems(input: string, article: Article): string[] {
  const found: string[] = []
  if (typeof article.body !== 'string') found.push('body is not a string')
  if (article.body !== article.paragraphs.join('\n\n')) found.push('body is not the paragraphs joined')
  if (!/^[a-z]{3}$/.test(article.language)) found.push(`bad language ${article.language}`)
  for (const span of [...article.kept, ...article.removed, ...article.spun, ...article.related]) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= input.length)) found.push(`bad span ${span.start}-${span.end}`)
  }
  for (const span of [...article.removed, ...article.spun]) {
    if (input.slice(span.start, span.end) !== span.text) found.push(`span text differs at ${span.start}`)
  }
  const covered = new Uint8Array(input.length)
  for (const span of [...article.kept, ...article.removed]) covered.fill(1, span.start, span.end)
  for (let i = 0; i < input.length; i++) {
    if (!covered[i] && !IGNORABLE.test(input[i] as string)) {
      found.push(`character ${i} (${JSON.stringify(input[i])}) is neither kept nor removed`)
      break
    }
  }
  return found
}

/** Clean `input`, assert the article is well formed, and return it. */
function clean(input: string): Article {
  const article = cleanArticle(input)
  expect(problems(input, article)).toEqual([])
  return article
}

const reference = cleanArticle(PAGE)

describe('empty and blank input', () => {
  it('gives an empty article for the empty string', () => {
    expect(clean('')).toEqual({
      title: null,
      date: null,
      pageDate: null,
      author: null,
      authors: [],
      language: 'und',
      paragraphs: [],
      body: '',
      related: [],
      kept: [],
      removed: [],
      spun: [],
      shape: 'lines'
    })
  })

  it('gives an empty body for white space of every kind', () => {
    const article = clean('  \n\n\t \r\n\u00a0\u3000\u2028\u200b\ufeff \r ')
    expect(article.body).toBe('')
    expect(article.title).toBeNull()
    expect(article.removed).toEqual([])
  })
})

describe('line ends, BOM and control characters', () => {
  // Same article whatever the line ends: only the offsets differ.
  it.each([
    ['CRLF', PAGE.replace(/\n/g, '\r\n')],
    ['CR', PAGE.replace(/\n/g, '\r')],
    ['a BOM', '\ufeff' + PAGE],
    ['a BOM and CRLF', '\ufeff' + PAGE.replace(/\n/g, '\r\n')],
    ['NUL for every space', PAGE.replace(/ /g, '\u0000')],
    ['a run of NUL before the page', '\u0000'.repeat(200) + '\n' + PAGE]
  ])('gives the same article for %s', (_name, input) => {
    const article = clean(input)
    expect(article.body).toBe(reference.body)
    expect(article.title).toBe(reference.title)
    expect(article.date).toBe(reference.date)
    expect(article.removed.map((r) => r.kind)).toEqual(reference.removed.map((r) => r.kind))
  })

  it('maps CRLF offsets back to the input', () => {
    const input = PAGE.replace(/\n/g, '\r\n')
    const title = clean(input).removed.find((r) => r.kind === 'title')
    expect(title?.text).toBe(reference.title)
    expect(input.slice(title?.start, title?.end)).toBe(reference.title)
  })

  it('survives every byte value (binary data read as Latin-1)', () => {
    const bytes = Array.from({length: 4096}, (_, i) => String.fromCharCode((i * 151 + (i >> 8)) % 256)).join('')
    const article = clean(bytes)
    expect(article.body).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/)
  })

  it('keeps the article when binary junk surrounds it', () => {
    const junk = Array.from({length: 600}, (_, i) => String.fromCharCode((i * 7) % 32)).join('')
    const article = clean(junk + '\n' + PAGE + '\n' + junk)
    expect(article.body).toContain(FIRST)
    expect(article.body).toContain(LATER)
    expect(article.body).not.toContain('\u0000')
  })
})

describe('lone surrogates', () => {
  it('cleans a page with lone surrogates at its edges, between blocks and inside words', () => {
    const input = '\udc00' + PAGE.replace('\n\n', '\n\ud800\n').replace('Kazakhstan became', 'Kazakh\udbffstan became') + '\ud83d'
    const article = clean(input)
    expect(LONE_SURROGATE.test(article.body)).toBe(false)
    expect(article.body).toContain(FIRST)
    expect(article.body).toContain('Kazakh\ufffdstan became a popular destination')
    expect(article.paragraphs.length).toBe(reference.paragraphs.length)
  })

  it('gives a well-formed body for text made only of surrogate halves', () => {
    const article = clean('\ud800\udc00\ud800'.repeat(500) + '\n' + '\udfff'.repeat(300))
    expect(LONE_SURROGATE.test(article.body)).toBe(false)
  })
})

describe('scripts and symbols', () => {
  const AR = [
    'الرئيسية',
    'أخبار',
    'اقتصاد',
    'أعلنت الحكومة يوم الثلاثاء أنها ستنشر الميزانية الجديدة قبل نهاية الشهر الجاري، وقال المسؤولون إن الخطة تتضمن زيادة كبيرة في الإنفاق على التعليم والصحة والنقل العام في المدن الكبرى.',
    'وأضاف وزير المالية في مؤتمر صحفي أن الإصلاحات ستبدأ في العام المقبل، مشيرا إلى أن الحكومة تعمل مع البرلمان على إعداد القوانين اللازمة لذلك خلال الأسابيع القليلة القادمة.',
    'ويرى خبراء الاقتصاد أن الخطة قد تساعد على خفض معدلات البطالة بين الشباب، لكنهم حذروا من أن ارتفاع الأسعار قد يقلل من أثر هذه الزيادة على حياة الأسر ذات الدخل المحدود.',
    'ومن المتوقع أن يناقش البرلمان مشروع الميزانية في جلسة خاصة الأسبوع المقبل، قبل التصويت عليه في نهاية الشهر وفقا للجدول الزمني الذي أعلنته الحكومة.',
    'وفي المقابل انتقدت أحزاب المعارضة الخطة، وقالت إنها لا تتضمن ما يكفي من الدعم للمزارعين وأصحاب المشاريع الصغيرة الذين تضرروا من موجة الجفاف الأخيرة.',
    'وردت الحكومة بأنها ستعلن عن برنامج منفصل لدعم القطاع الزراعي خلال الربيع، بعد الانتهاء من دراسة الأضرار في جميع المحافظات بالتعاون مع السلطات المحلية.',
    'شارك هذا المقال',
    'جميع الحقوق محفوظة © 2024'
  ]
  const HE = [
    'ראשי',
    'חדשות',
    'כלכלה',
    'הממשלה הודיעה ביום שלישי כי התקציב החדש יפורסם לפני סוף החודש, ובכירים במשרד האוצר אמרו כי התוכנית כוללת הגדלה משמעותית של ההוצאות על חינוך, בריאות ותחבורה ציבורית בערים הגדולות.',
    'שר האוצר הוסיף במסיבת עיתונאים כי הרפורמות יתחילו בשנה הבאה, וציין כי הממשלה עובדת עם הכנסת על הכנת החוקים הדרושים לכך במהלך השבועות הקרובים.',
    'כלכלנים מעריכים כי התוכנית עשויה לסייע בהורדת שיעור האבטלה בקרב צעירים, אך הזהירו כי עליית המחירים עלולה לצמצם את השפעת התוספת על משפחות בעלות הכנסה נמוכה.',
    'הכנסת צפויה לדון בהצעת התקציב בישיבה מיוחדת בשבוע הבא, לפני ההצבעה עליה בסוף החודש בהתאם ללוח הזמנים שפרסמה הממשלה.',
    'מפלגות האופוזיציה מתחו ביקורת על התוכנית, ואמרו כי אין בה די תמיכה בחקלאים ובבעלי עסקים קטנים שנפגעו מגל הבצורת האחרון.',
    'הממשלה השיבה כי תפרסם באביב תוכנית נפרדת לסיוע לחקלאות, לאחר שתסתיים הערכת הנזקים בכל המחוזות בשיתוף עם הרשויות המקומיות.',
    'שתפו את הכתבה',
    'כל הזכויות שמורות © 2024'
  ]

  it.each([
    ['Arabic', AR, 'arb'],
    ['Hebrew', HE, 'heb']
  ])('keeps the prose of a right-to-left %s article and drops its chrome', (_name, lines, language) => {
    const article = clean(lines.join('\n'))
    expect(article.paragraphs).toEqual(lines.slice(3, 9))
    expect(article.language).toBe(language)
    expect(article.removed.map((r) => r.kind)).toContain('copyright')
  })

  // Regression (fixed): features.ts isForeign needs five blocks of 8+ tokens before it reads a
  // page as written in a language the stop-word lists do not cover; with four
  // paragraphs of Arabic none counts as prose and the whole article is removed.
  it('keeps the prose of a short (four-paragraph) Arabic article', () => {
    const lines = [...AR.slice(0, 7), ...AR.slice(9)]
    expect(clean(lines.join('\n')).paragraphs).toEqual(lines.slice(3, 7))
  })

  it('is not thrown by right-to-left marks and embeddings', () => {
    const lines = AR.map((line) => `\u200f${line}\u202c`)
    const article = clean(lines.join('\n'))
    expect(article.paragraphs.length).toBe(6)
    expect(article.body).toContain('أعلنت الحكومة يوم الثلاثاء')
  })

  const ZH = [
    '首页',
    '新闻',
    '政府周二宣布，新的预算将在本月底之前公布。官员们表示，该计划包括增加教育和医疗方面的支出，并将在明年开始实施一系列改革措施。',
    '部长补充说，政府正在与议会合作，准备必要的法律，以确保改革能够顺利进行，并且各地方政府也将参与其中。',
    '经济学家认为，这项计划有助于降低年轻人的失业率，但他们也提醒说，物价上涨可能会削弱支出增加对低收入家庭的帮助。',
    '版权所有 © 2024'
  ]
  const JA = [
    'ホーム',
    'ニュース',
    '政府は火曜日、新しい予算を今月末までに公表すると発表した。当局者によると、この計画には教育と医療への支出の増加が含まれており、来年から一連の改革が始まる予定だという。',
    '大臣は、政府が改革を円滑に進めるために必要な法律の準備について国会と協力していると付け加えた。',
    '経済学者は、この計画が若者の失業率の低下につながる可能性があると見ているが、物価の上昇が低所得世帯への効果を弱めるおそれがあると指摘した。',
    '無断転載を禁じます'
  ]

  it.each([
    ['Chinese', ZH, 'cmn'],
    ['Japanese', JA, 'jpn']
  ])('keeps the prose of a %s article written without spaces', (_name, lines, language) => {
    const article = clean(lines.join('\n'))
    expect(article.paragraphs).toEqual(lines.slice(2, 5))
    expect(article.language).toBe(language)
  })

  it('keeps emoji, skin tones and flags inside the prose', () => {
    const input = PAGE.replace('arrived in Kazakhstan in March 2022,', 'arrived in Kazakhstan 🇰🇿 in March 2022 👍🏽,').replace(
      'Kazakhstan became a popular destination',
      'Kazakhstan became a popular 🎉 destination'
    )
    const article = clean(input)
    expect(article.body).toContain('arrived in Kazakhstan 🇰🇿 in March 2022 👍🏽,')
    expect(article.body).toContain('a popular 🎉 destination')
    expect(article.paragraphs.length).toBe(reference.paragraphs.length)
  })

  // Regression (fixed): normalize drops U+200D (zero-width joiner), which splits an emoji ZWJ
  // sequence ("👩‍👩‍👧", one family) into three separate people in the body.
  it('keeps emoji ZWJ sequences whole', () => {
    const input = PAGE.replace('Kazakhstan became a popular destination', 'Kazakhstan 👩‍👩‍👧 became a popular destination')
    expect(clean(input).body).toContain('Kazakhstan 👩‍👩‍👧 became')
  })

  it('keeps a page made only of emoji without throwing', () => {
    const article = clean('😀😃😄😁\n'.repeat(50) + '🏳️‍🌈'.repeat(300))
    expect(LONE_SURROGATE.test(article.body)).toBe(false)
  })
})

describe('markup or data passed as text', () => {
  const paragraphs = PAGE.split('\n').filter((line) => line.length > 200)
  const HTML =
    '<!DOCTYPE html><html><head><title>Budget news</title><script>var tracker = {id: 1};</script></head><body>' +
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Hostages</h1>\n' +
    paragraphs.map((p) => `<p>${p}</p>`).join('\n') +
    '\n</article><footer>© 2024 Example</footer></body></html>'

  it('keeps the prose of an HTML document and drops its head and scripts', () => {
    const article = clean(HTML)
    expect(article.body).toContain(MIDDLE)
    expect(article.body).toContain(LATER)
    expect(article.body).not.toContain('tracker')
    expect(article.body).not.toContain('<!DOCTYPE')
  })

  // Regression: tags inside kept lines stayed in the body ("<p>Kazakhstan became …</p>").
  it('gives a body without tags for an HTML document', () => {
    expect(clean(HTML).body).not.toMatch(/<\/?p>/)
  })

  const JSON_PRETTY = JSON.stringify({title: 'Hostages', body: PAGE, tags: ['russia', 'kazakhstan']}, null, 2)
  const JSON_FLAT = JSON.stringify({title: 'Hostages', body: PAGE})

  it.each([
    ['pretty JSON', JSON_PRETTY],
    ['JSON on one line', JSON_FLAT]
  ])('keeps the prose of %s', (_name, input) => {
    const article = clean(input)
    expect(article.body).toContain(MIDDLE)
    expect(article.body).toContain(LATER)
    expect(article.body).not.toContain('"tags"')
  })

  // Regression: the article's first paragraph, glued to the escaped header in
  // the JSON string, was lost, and "\n" escapes stayed in the body.
  it('keeps the first paragraph and no "\\n" escapes for JSON', () => {
    const article = clean(JSON_FLAT)
    expect(article.body).toContain(FIRST)
    expect(article.body).not.toContain('\\n')
  })
})

describe('one long line', () => {
  it('cuts a 1 MB line into sentences and keeps the article', () => {
    const line = PAGE.replace(/\s+/g, ' ')
    const input = Array.from({length: Math.ceil(1_000_000 / line.length)}, () => line).join(' ')
    const article = clean(input)
    expect(article.shape).toBe('single-line')
    expect(article.body).toContain(MIDDLE)
  })

  it('survives a long line without any sentence punctuation or spaces', () => {
    const article = clean('x'.repeat(300_000) + '\n' + 'ab '.repeat(100_000))
    expect(article.body.length).toBeLessThanOrEqual(600_000)
  })
})

// ---------------------------------------------------------------------------
// Huge inputs, in a worker with a deadline.

interface HugeResult {
  ms: number
  length: number
  shape: string
  paragraphs: number
  hasProse: boolean
  /** The body holds a \`<p>\` or \`</p>\` tag. */
  hasTags?: boolean
  problems: string[]
}

// CommonJS, as eval'd worker code is; it builds the input itself so the
// test process never holds it.
const WORKER = `
const {parentPort, workerData} = require('node:worker_threads')
const {readFileSync} = require('node:fs')
const IGNORABLE = /[\\s\\p{Cc}\\p{Cf}]/u
import(workerData.entry).then(({cleanArticle}) => {
  const page = readFileSync(workerData.page, 'utf8')
  const units = {
    repeat: [page, '\\n\\n'],
    line: [page.replace(/\\s+/g, ' '), ' '],
    brackets: [')', ''],
    breadcrumbs: ['- '.repeat(13) + ('/ ' + '- '.repeat(13)).repeat(10) + '//', '\\n'],
    tiny: ['ab', '\\n'],
    html: [page.split('\\n').filter((line) => line.trim() !== '').map((line) => '<p>' + line.replace(/&/g, '&amp;') + '</p>').join('\\n'), '\\n']
  }
  const [unit, joiner] = units[workerData.kind]
  const input = Array.from({length: Math.ceil(workerData.size / (unit.length + joiner.length))}, () => unit).join(joiner) + workerData.tail
  const problems = []
  try {
    const started = performance.now()
    const article = cleanArticle(input)
    const ms = performance.now() - started
    if (article.body !== article.paragraphs.join('\\n\\n')) problems.push('body is not the paragraphs joined')
    const covered = new Uint8Array(input.length)
    for (const span of [...article.kept, ...article.removed]) {
      if (!(span.start >= 0 && span.start <= span.end && span.end <= input.length)) problems.push('bad span')
      covered.fill(1, span.start, span.end)
    }
    for (const span of [...article.removed, ...article.spun]) {
      if (input.slice(span.start, span.end) !== span.text) problems.push('span text differs at ' + span.start)
    }
    for (let i = 0; i < input.length; i++) {
      if (!covered[i] && !IGNORABLE.test(input[i])) { problems.push('character ' + i + ' is neither kept nor removed'); break }
    }
    parentPort.postMessage({ms, length: input.length, shape: article.shape, paragraphs: article.paragraphs.length,
      hasProse: article.body.includes(workerData.sentence), hasTags: /<\\/?p>/.test(article.body), problems: problems.slice(0, 5)})
  } catch (error) {
    parentPort.postMessage({ms: 0, length: input.length, shape: '', paragraphs: 0, hasProse: false, problems: ['threw: ' + error.stack.split('\\n').slice(0, 3).join(' / ')]})
  }
})
`

/** Clean a huge input in a worker; a result with `problems: ['timed out …']` when the deadline passes. */
async function cleanHuge(
  kind: 'repeat' | 'line' | 'brackets' | 'breadcrumbs' | 'tiny' | 'html',
  size: number,
  deadlineMs: number,
  tail = '',
  heapMb = 8192
): Promise<HugeResult> {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {entry: DIST.href, page: PAGE_PATH, kind, size, tail, sentence: MIDDLE},
    // The main thread's stack (about 1 MB), not a worker's default 4 MB, so
    // stack-hungry code fails here as it would for a user.
    resourceLimits: {maxOldGenerationSizeMb: heapMb, stackSizeMb: 1}
  })
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<HugeResult>((resolve) => {
    timer = setTimeout(() => resolve({ms: deadlineMs, length: size, shape: '', paragraphs: 0, hasProse: false, problems: [`timed out after ${deadlineMs} ms`]}), deadlineMs)
  })
  const done = new Promise<HugeResult>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  try {
    return await Promise.race([done, deadline])
  } finally {
    clearTimeout(timer)
    await worker.terminate()
  }
}

describe.skipIf(!existsSync(fileURLToPath(DIST)))('huge input (dist/, run `npm run build` first)', () => {
  // Regression (fixed): segment.ts detectShape spreads every line into Math.max(...); past
  // ~120,000 lines that throws "RangeError: Maximum call stack size exceeded".
  it('cleans 50 MB of repeated pages, conserving the input', async () => {
    const result = await cleanHuge('repeat', 50_000_000, 90_000)
    expect(result.problems).toEqual([])
    expect(result.hasProse).toBe(true)
  }, 120_000)

  // Regression (fixed): 100 MB in a process with the default heap (about
  // 4 GB here) ran out of it, and V8 aborted the whole process. Now an input
  // that cannot fit throws a RangeError the caller can catch, before any work.
  it('throws an InputTooLargeError for an input too large for the heap, instead of aborting', async () => {
    const result = await cleanHuge('repeat', 100_000_000, 30_000, '', 1024)
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatch(/^threw: InputTooLargeError: cleanArticle: an input of 100\.0 million characters needs about \d+ MB of heap, and this process has \d+ MB left/)
  }, 60_000)

  // The heap the check asks for follows what cleaning needs: 20 million
  // characters of pages fit in a 1 GB heap (they need about 620 MB), where
  // asking 64 bytes a character, as before prepared lines were packed,
  // refused them.
  it('cleans 20 MB in a 1 GB heap', async () => {
    const result = await cleanHuge('repeat', 20_000_000, 60_000, '', 1024)
    expect(result.problems).toEqual([])
    expect(result.hasProse).toBe(true)
  }, 90_000)

  // Regression (fixed): a block costs about 1 KB of heap, so 5 million
  // characters of two-letter lines (1.7 million blocks) needed 1.8 GB; the
  // check, counting characters only, let them into a 1.5 GB heap and V8
  // aborted the worker. Lines and blocks are counted now.
  it('throws an InputTooLargeError for many tiny lines too large for the heap, instead of aborting', async () => {
    const result = await cleanHuge('tiny', 5_000_000, 60_000, '', 1536)
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatch(/^threw: InputTooLargeError: cleanArticle: an input of 5\.0 million characters needs about \d+ MB of heap/)
  }, 90_000)

  it('cleans 5 MB of repeated pages, conserving the input', async () => {
    const result = await cleanHuge('repeat', 5_000_000, 30_000)
    expect(result.problems).toEqual([])
    expect(result.shape).toBe('paragraphs')
    expect(result.hasProse).toBe(true)
  }, 60_000)

  // Regression (fixed): parse-latin (src/sentences.ts) is quadratic in a paragraph's length
  // (mergeInnerWordSymbol splices an array per merge), so one 10 MB line takes
  // ~130 s (1 MB takes 2 s). Parse long lines in bounded chunks to make it linear.
  it('cleans one 10 MB line, conserving the input', async () => {
    const result = await cleanHuge('line', 10_000_000, 60_000)
    expect(result.problems).toEqual([])
    expect(result.shape).toBe('single-line')
    expect(result.hasProse).toBe(true)
  }, 120_000)

  // HTML passed as text is parsed up to 8 million characters (about 290 MB
  // of parse tree there); past that, its tags are read as spaces.
  it.each([
    ['parsed', 6_000_000],
    ['too long to parse', 9_000_000]
  ])('cleans HTML passed as text, %s, conserving the input', async (_name, size) => {
    const result = await cleanHuge('html', size, 60_000, '', 2048)
    expect(result.problems).toEqual([])
    expect(result.hasProse).toBe(true)
    expect(result.hasTags).toBe(false)
  }, 120_000)

  // Regression (fixed): detect/comments.ts BRACKETS (`^[[(\s]+|[\])\s]+$`, global) rescans a
  // run of ")" from every start: 150 KB of ")" takes ~11 s, 1 MB would take
  // minutes. Linear time needs well under a second; 5 s is the hang guard.
  it('cleans a 150 KB run of closing brackets quickly', async () => {
    const result = await cleanHuge('brackets', 150_000, 5_000, 'x')
    expect(result.problems).toEqual([])
  }, 30_000)

  // Regression (fixed): detect/navigation.ts BREADCRUMB lets ` *` and `[^>/»›|]` share
  // spaces: 1,000 lines of "- - … / - - … //" (300 KB) take ~18 s.
  it('cleans 300 KB of breadcrumb-like lines quickly', async () => {
    const result = await cleanHuge('breadcrumbs', 300_000, 5_000)
    expect(result.problems).toEqual([])
  }, 30_000)
})
