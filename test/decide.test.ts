import {describe, expect, it} from 'vitest'
import {blockWeight, mainRun, PRESETS} from '../src/decide.js'
import type {BlockFeatures} from '../src/features.js'
import type {Finding} from '../src/types.js'

const prose: BlockFeatures = {chars: 400, words: 70, stopDensity: 0.45, dense: true, terminal: true, sentences: 4, unspaced: false, prose: true, short: false, runOn: false, key: 'x', data: false}
const label: BlockFeatures = {chars: 12, words: 2, stopDensity: 0, dense: false, terminal: false, sentences: 0, unspaced: false, prose: false, short: true, runOn: false, key: 'y', data: false}
const finding = (confidence: number): Finding => ({start: 0, end: 1, kind: 'share', confidence, reason: 'r', rule: 'share'})

describe('mainRun', () => {
  it('finds the maximum-sum run', () => {
    expect(mainRun([-5, -1, 10, -3, 8, -20, 4])).toEqual({start: 2, end: 5})
  })
  it('is empty when nothing is positive', () => {
    expect(mainRun([-1, -2])).toEqual({start: 0, end: 0})
    expect(mainRun([])).toEqual({start: 0, end: 0})
  })
  it('keeps a short subheading between two paragraphs', () => {
    const settings = PRESETS.balanced
    const weights = [label, prose, label, prose, label, label].map((f) => blockWeight(f, undefined, settings))
    expect(mainRun(weights)).toEqual({start: 1, end: 4})
  })
})

describe('blockWeight', () => {
  it('counts prose for the article and a confident finding against it', () => {
    const settings = PRESETS.balanced
    expect(blockWeight(prose, undefined, settings)).toBe(400)
    expect(blockWeight(prose, finding(0.9), settings)).toBeLessThan(0)
    expect(blockWeight(prose, finding(0.55), settings)).toBe(400)
  })
  it('lets presets move the threshold, not the detectors', () => {
    expect(blockWeight(prose, finding(0.7), PRESETS.precision)).toBe(400)
    expect(blockWeight(prose, finding(0.7), PRESETS.recall)).toBeLessThan(0)
  })
})

describe('the lead paragraph above bylines and share buttons', () => {
  it('joins the article; the lines between stay removed', async () => {
    const {cleanArticle} = await import('../src/index.js')
    const body = [
      'The city council voted on Tuesday to keep the old tram depot and turn it into a market hall with space for forty traders.',
      'The depot, built in 1911, has stood empty since the last trams left in 1968, and plans to demolish it had drawn protests.',
      'Work on the roof is to start in the spring, and the first traders could move in by the end of next year, the council said.'
    ]
    const lead = 'A vote in the council saves the old tram depot from demolition.'
    const input = ['Old tram depot to become a market hall', lead, 'By Jane Doe', 'Share', 'tweet', 'Email', ...body].join('\n')
    const article = cleanArticle(input)
    expect(article.paragraphs).toEqual([lead, ...body])
    expect(article.removed.map((r) => r.text)).toEqual(
      expect.arrayContaining(['By Jane Doe', 'Old tram depot to become a market hall'])
    )
    expect(cleanArticle(article.body).body).toBe(article.body)
  })
})

describe('islands between the headline and the main run', () => {
  const intro = [
    'Over the years these actors have left their mark on film and television, and many of them spoke openly about who they are long before it was easy to do so.',
    'In this article we look at the careers of ten of them and at what their coming out meant for their work and for the people who watched them.'
  ]
  const toc = ['Contents', ...Array.from({length: 12}, (_, i) => `${i + 1}. Actor Number ${i + 1}`)]
  const body = [
    'The first began acting at school and was cast in a long-running series at the age of twenty, which made his name known to a wide audience.',
    'The second trained as a singer before the stage drew her in; she has since won two awards for her work in musicals and in films.',
    'The third is best known for a comedy that ran for eleven seasons, and he has written about the years when he kept his private life out of the papers.',
    'The fourth started on radio, moved to television in the nineties and now directs as often as she acts, mostly for the theatre in her home town.'
  ]

  it('joins the introduction that a table of contents cut off, when a headline bounds it', async () => {
    const {cleanArticle} = await import('../src/index.js')
    const input = ['Home', 'News', 'Film', 'The ten most successful actors of all time', 'By Jane Doe', ...intro, ...toc, ...body].join('\n')
    const article = cleanArticle(input)
    expect(article.title).toBe('The ten most successful actors of all time')
    expect(article.paragraphs).toEqual([...intro, ...body])
  })

  it('joins a heavier body below an introduction across the table of contents', async () => {
    const {cleanArticle} = await import('../src/index.js')
    expect(cleanArticle([...intro, ...toc, ...body].join('\n')).paragraphs).toEqual([...intro, ...body])
  })

  it('leaves a lone blurb above a menu alone when no headline bounds it', async () => {
    const {cleanArticle} = await import('../src/index.js')
    const blurb = 'Our magazine has covered film, television and the stage since 1998, with reviews, interviews and features every week, and our writers meet the people behind the work in every city.'
    const menu = ['Film', 'Television', 'Theatre', 'Music', 'Books', 'Art', 'Dance', 'Opera', 'Radio', 'Games'].flatMap((section) => [section, `${section} news`, `${section} reviews`])
    const short = body.slice(0, 2)
    expect(cleanArticle([blurb, ...menu, ...short].join('\n')).paragraphs).toEqual(short)
  })
})

describe('the earliest run that weighs half as much as the heaviest', () => {
  const article = [
    'The council approved the new cycle lanes on Tuesday after a debate that lasted well into the evening and drew a large crowd.',
    'Work is to begin in March, and the first stretch along the river should open to riders before the summer holidays start.',
    'Shop owners on the high street had asked for more parking, and the council promised to review the plans after a year.'
  ]
  const next = [
    'Meanwhile the city’s football club has signed a new coach, who arrives from the north with a reputation for young teams.',
    'He spent six seasons with his last club and took it from the fourth division to the second, the best run in its history.',
    'The club said the contract runs for three years and that the coach would meet supporters at the stadium on Saturday.',
    'Tickets for the first home game under the new coach went on sale this morning and sold out within two hours, the club said.',
    'Supporters had waited for a change since the spring, when the team lost eight games in a row and dropped to mid-table.'
  ]

  it('is the article, not the longer story that follows it on an endless page', async () => {
    const {cleanArticle} = await import('../src/index.js')
    const teasers = ['Bridge closed for repairs', 'Market hall opens', 'New bus timetable', 'Library extends hours', 'Park gets new trees', 'School wins prize', 'Tram depot saved', 'Road works on Main Street', 'Museum wing reopens', 'Festival dates announced']
    const input = ['Cycle lanes approved', 'By Jane Doe', ...article, 'Read more', ...teasers, 'New coach for the city’s club', 'By John Roe', ...next].join('\n\n')
    expect(cleanArticle(input).paragraphs).toEqual(article)
  })

  it('is not a site’s welcome text when only the heavier run has a byline and a date above it', async () => {
    const {cleanArticle} = await import('../src/index.js')
    const welcome = [
      'Dear fans of the club, we are very glad that you are visiting our website and that you are interested in what we do.',
      'If you have questions, you can write to us at any time, and we will answer you as soon as we can. Thank you.',
      'On these pages you will find news about all our teams, the dates of every match and the tickets for the new season.'
    ]
    const menu = ['Teams', 'Fixtures', 'Tickets', 'Shop', 'Club', 'Youth', 'Women', 'History', 'Contact', 'Press', 'Jobs', 'Partners']
    const input = [...welcome, ...menu, 'New coach for the city’s club', 'By John Roe', 'March 4, 2024', ...next].join('\n\n')
    expect(cleanArticle(input).paragraphs).toEqual(next)
  })
})
