import {describe, expect, it} from 'vitest'
import {blockWeight, mainRun, PRESETS} from '../src/decide.js'
import type {BlockFeatures} from '../src/features.js'
import type {Finding} from '../src/types.js'

const prose: BlockFeatures = {chars: 400, words: 70, stopDensity: 0.45, dense: true, terminal: true, sentences: 4, unspaced: false, prose: true, short: false, runOn: false, key: 'x'}
const label: BlockFeatures = {chars: 12, words: 2, stopDensity: 0, dense: false, terminal: false, sentences: 0, unspaced: false, prose: false, short: true, runOn: false, key: 'y'}
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
